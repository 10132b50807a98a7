/**
 * The documents site search indexes, read from content at build time (Node only; the pure
 * engine is lib/site-search.ts). Every article is picked up automatically: its opening (key
 * points and introduction) and each `##` section, with the h3s and text inside it. Every glossary
 * term is a document too, and its term, aliases and misspellings are the synonyms search uses.
 */
import { readFileSync } from 'node:fs'
import type { RootContent } from 'mdast'
import { ProblemLog } from './content/problem-log'
import { analyzeArticle, getArticles, parseArticleSource, type ArticleMeta } from './content'
import { localeContent } from './content/files.mjs'
import { readTermList } from './content/term-lists'
import { getGlossary } from './glossary'
import type { GlossaryEntry } from './content/schemas/glossary'
import type { SearchWords } from './content/schemas/term-list'
import { buildSearchIndex, glossaryHref, sectionHref, type GlossaryGroup, type SearchDoc, type Suggestion } from './site-search'
import { DEFAULT_LOCALE, localePath, type Locale } from './i18n/locales'

/** JSX elements whose content is not reading text (citation markers, figures drawn from data). */
const SKIP_ELEMENTS = new Set(['Cite', 'Figure', 'Evidence'])

type Node = RootContent | { type: string; value?: string; name?: string | null; children?: Node[] }

/** Plain text of an MDX node: words of paragraphs, lists, tables and the writers' components. */
function textOf(node: Node): string {
  if (node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression' || node.type === 'mdxjsEsm' || node.type === 'yaml' || node.type === 'code')
    return ''
  if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && SKIP_ELEMENTS.has(String((node as { name?: string }).name))) return ''
  if ('value' in node && typeof node.value === 'string' && (node.type === 'text' || node.type === 'inlineCode')) return node.value
  const children = 'children' in node && Array.isArray(node.children) ? (node.children as Node[]) : []
  // A callout's title ("Call 911 now if") is reading text, written as a prop.
  const attributes = 'attributes' in node && Array.isArray(node.attributes) ? (node.attributes as { name?: string; value?: unknown }[]) : []
  const title = attributes.find((a) => a.name === 'title' && typeof a.value === 'string')?.value as string | undefined
  if (title) return `${title}\n${children.map(textOf).join('\n')}`
  const inline = ['paragraph', 'heading', 'emphasis', 'strong', 'link', 'delete', 'mdxJsxTextElement', 'tableCell'].includes(node.type)
  // A table row reads as "Alcohol: More sleepiness", one row to a line.
  if (node.type === 'tableRow') return children.map(textOf).join(': ')
  return children.map(textOf).join(inline ? '' : '\n')
}

/** One line of text: list items, table rows and headings end with a full stop, so snippets read as sentences. */
const tidy = (text: string) =>
  text
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map((l) => (/[.!?:;…"”)]$/.test(l) ? l : `${l}.`))
    .join(' ')

/** The article's opening and its h2 sections, as search documents. */
export function articleDocs(article: ArticleMeta): SearchDoc[] {
  const analysis = analyzeArticle(article)
  const h2 = analysis.headings.filter((h) => h.depth === 2)
  const tree = parseArticleSource(readFileSync(article.file, 'utf8'))
  const termsBySection = new Map<string | null, Set<string>>()
  for (const use of analysis.terms) termsBySection.set(use.section, (termsBySection.get(use.section) ?? new Set()).add(use.id))

  const parts: { id: string | null; title: string; text: string[] }[] = [{ id: null, title: article.title, text: [article.description] }]
  let index = 0
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth === 2) {
      const heading = h2[index++]
      if (!heading) throw new Error(`${article.file}: a ## heading the analysis did not see; search cannot name its section`)
      parts.push({ id: heading.id, title: heading.text, text: [] })
      continue
    }
    parts[parts.length - 1]!.text.push(textOf(node as Node))
  }
  return parts.map((part) => ({
    kind: part.id ? 'section' : 'intro',
    title: part.title,
    article: article.navTitle,
    href: sectionHref(article.slug, part.id),
    text: tidy(part.text.join('\n')),
    keywords: part.id ? [part.id.replace(/-/g, ' ')] : [article.navTitle],
    terms: [...(termsBySection.get(part.id) ?? [])].sort(),
  }))
}

/** A term's names for search: what readers see (term, aliases) and what they mistype. */
export function termLabels(entry: GlossaryEntry): string[] {
  return [entry.term, ...entry.aliases, ...entry.misspellings]
}

export function glossaryDocs(glossary: GlossaryEntry[] = getGlossary()): SearchDoc[] {
  return glossary.map((entry) => ({
    kind: 'term',
    title: entry.term,
    article: 'Glossary',
    href: glossaryHref(entry.id),
    text: entry.definition.replace(/\s+/g, ' ').trim(),
    keywords: termLabels(entry).slice(1),
    terms: [entry.id],
  }))
}

export function glossaryGroups(glossary: GlossaryEntry[] = getGlossary()): GlossaryGroup[] {
  return glossary.map((entry) => ({ id: entry.id, labels: termLabels(entry) }))
}

/** Every document: articles in reading order (opening, then sections), then the glossary. */
export function siteSearchDocs(locale: Locale = DEFAULT_LOCALE): SearchDoc[] {
  // Links point into the language searched: /es/articles/... on the Spanish site.
  return [...getArticles(locale).flatMap(articleDocs), ...glossaryDocs(getGlossary(locale))].map((d) => ({ ...d, href: localePath(locale, d.href) }))
}

/**
 * Offered when nothing matches: the questions patients ask most (side effects, the day itself,
 * cost, when to get help). A section that no longer exists is left out, never a dead link.
 */
const SUGGESTED = ['safety#common-effects', 'what-to-expect#the-session', 'finding-care#cost', 'safety#when-to-get-help']

export function searchSuggestions(docs: SearchDoc[] = siteSearchDocs(), locale: Locale = DEFAULT_LOCALE): Suggestion[] {
  return SUGGESTED.flatMap((key) => {
    const [slug, id] = key.split('#') as [string, string]
    const doc = docs.find((d) => d.kind === 'section' && d.href === localePath(locale, sectionHref(slug, id)))
    return doc ? [{ title: doc.title, article: doc.article, href: doc.href }] : []
  })
}

const cache = new Map<Locale, Map<string, string>>()

/** The language's search words (its term list's `search` entries); the content check reports a broken list. */
export function searchWords(locale: Locale = DEFAULT_LOCALE): SearchWords[] {
  const log = new ProblemLog()
  const list = readTermList(localeContent(locale, 'terms.yaml'), log)
  log.throwIfAny()
  return list?.search ?? []
}

/** The index files of a language, built once per build process. */
export function siteSearchFiles(locale: Locale = DEFAULT_LOCALE): Map<string, string> {
  let files = cache.get(locale)
  if (!files) {
    const docs = siteSearchDocs(locale)
    files = buildSearchIndex(docs, glossaryGroups(getGlossary(locale)), { suggestions: searchSuggestions(docs, locale), synonyms: searchWords(locale) })
    cache.set(locale, files)
  }
  return files
}

/** The version stamp pages put on index requests. */
export function siteSearchVersion(locale: Locale = DEFAULT_LOCALE): string {
  return (JSON.parse(siteSearchFiles(locale).get('meta.json')!) as { v: string }).v
}

/** The plain index on /search: every article and its section questions, in reading order. */
export function articleIndex(locale: Locale = DEFAULT_LOCALE): { title: string; href: string; sections: { title: string; href: string }[] }[] {
  return getArticles(locale).map((article) => ({
    title: article.title,
    href: localePath(locale, sectionHref(article.slug, null)),
    sections: analyzeArticle(article)
      .headings.filter((h) => h.depth === 2)
      .map((h) => ({ title: h.text, href: localePath(locale, sectionHref(article.slug, h.id)) })),
  }))
}
