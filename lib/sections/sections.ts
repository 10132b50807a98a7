/**
 * One page per "##" section (`/articles/<slug>/<section-id>`): what a clinician sends a patient.
 * The sections, their order, titles and link-preview descriptions come from each article's MDX
 * and the section-id lock (content/section-ids.lock.json), whose `redirects` keep retired ids
 * working. A section page renders its part of the article's compiled module (lib/mdx/section-pages.mjs).
 */
import { readFileSync } from 'node:fs'
import type { Root, RootContent } from 'mdast'
import { EXIT, SKIP, visit } from 'unist-util-visit'
import { analyzeArticle, getArticles, getSectionLock, parseArticleSource, type ArticleMeta } from '../content'
import { sectionRanges } from '../mdx/remark-section.mjs'
import { fallbackMessage, plainText } from '../mdx/section-message.mjs'
import { splitSentences } from '../text'
import { DEFAULT_LOCALE, localePath, type Locale } from '../i18n/locales'

/** Enough to link to a section. `key` is how the handout names it: "safety/blood-pressure". */
export interface SectionLink {
  key: string
  slug: string
  id: string
  /** The heading: a question, in the writer's words. */
  title: string
  /** The section page, `/articles/<slug>/<id>`. */
  path: string
}

export interface Section extends SectionLink {
  article: ArticleMeta
  /** 1-based position in the article, and the number of sections it has. */
  position: number
  count: number
  /**
   * The section page's main message, shown first on the page and used as its link-preview
   * description: the frontmatter's `sectionMessages.<id>.message`, or the words of the section's
   * opening paragraph (lib/mdx/section-message.mjs), as plain text.
   */
  mainMessage: string
  /** The first sentences of the main message, for search results (at most about 200 characters). */
  description: string
  /** Ids of the "###" headings inside, so a retired id that pointed at one still lands there. */
  subheadings: string[]
  previous?: SectionLink
  next?: SectionLink
}

/** A retired section id and where it leads now (the successor's page, maybe with a #subheading). */
export interface RetiredSection {
  key: string
  slug: string
  id: string
  /** The live section it leads to. */
  to: Section
  /** Path of the successor, with `#<h3 id>` when the old id now names a subheading. */
  target: string
}

const sectionKey = (slug: string, id: string) => `${slug}/${id}`
export const sectionPath = (slug: string, id: string) => `/articles/${slug}/${id}`

/**
 * The first sentences of `text`, as many as fit: at least `min` characters when the text has
 * them, never more than `max`. A single long sentence is cut at a word, with an ellipsis.
 */
export function firstSentences(text: string, { min = 110, max = 200 } = {}): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  let out = ''
  for (const sentence of splitSentences(clean)) {
    const next = out ? `${out} ${sentence}` : sentence
    if (next.length > max) break
    out = next
    if (out.length >= min) break
  }
  if (out) return out
  const cut = clean.slice(0, max - 1)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1)).replace(/[\s,;:]+$/, '')}…`
}

/** The first paragraph in these nodes, searched in order and inside callouts and lists. */
function firstParagraph(nodes: RootContent[]): string | null {
  let found: string | null = null
  visit({ type: 'root', children: nodes } satisfies Root, (node) => {
    if (node.type === 'heading') return SKIP
    if (node.type !== 'paragraph') return undefined
    found = plainText(node).trim() || null
    return found ? EXIT : undefined
  })
  return found
}

/**
 * The "##" sections of one article's source, in order: id (from the build's own heading pass),
 * heading text, "###" ids, main message and description. `messages`: the article's
 * `sectionMessages` (validated frontmatter). Throws when a "##" is nested inside a component,
 * since such a heading cannot start a section page.
 */
export function splitArticle(
  source: string,
  headings: { depth: number; id: string; text: string }[],
  fallbackDescription: string,
  messages: ArticleMeta['sectionMessages'] = {},
): { id: string; title: string; mainMessage: string; description: string; subheadings: string[] }[] {
  const tree = parseArticleSource(source)
  const h2s = headings.filter((h) => h.depth === 2)
  const ranges = sectionRanges(tree.children)
  if (ranges.length !== h2s.length) {
    throw new Error(
      `Found ${h2s.length} "##" headings but ${ranges.length} at the top level: a "##" heading inside a component cannot have its own section page. Move it out.`,
    )
  }
  const sections = ranges.map((range, i) => {
    const h2 = h2s[i]!
    const body = tree.children.slice(range.start, range.end)
    // A section with neither a message nor an opening paragraph fails the content check and the
    // build (remark-section-messages); the first paragraph anywhere is only a stopgap for the dev server.
    const message = messages[h2.id]?.message ?? fallbackMessage(body)?.text ?? firstParagraph(body) ?? fallbackDescription
    const mainMessage = message.replace(/\s+/g, ' ').trim()
    return { id: h2.id, title: h2.text, mainMessage, description: firstSentences(mainMessage), subheadings: [] as string[] }
  })
  // "###" headings belong to the "##" before them, in document order.
  let current = -1
  for (const h of headings) {
    if (h.depth === 2) current += 1
    else if (current >= 0) sections[current]!.subheadings.push(h.id)
  }
  return sections
}

const cache = new Map<Locale, Section[]>()

/** Every section of every article of a language, in reading order; paths are in that language. */
export function getSections(locale: Locale = DEFAULT_LOCALE): Section[] {
  const cached = cache.get(locale)
  if (cached) return cached
  const all: Section[] = []
  for (const article of getArticles(locale)) {
    const parts = splitArticle(readFileSync(article.file, 'utf8'), analyzeArticle(article).headings, article.description, article.sectionMessages)
    const links: SectionLink[] = parts.map((p) => ({
      key: sectionKey(article.slug, p.id),
      slug: article.slug,
      id: p.id,
      title: p.title,
      path: localePath(locale, sectionPath(article.slug, p.id)),
    }))
    parts.forEach((p, i) =>
      all.push({
        ...links[i]!,
        article,
        position: i + 1,
        count: parts.length,
        mainMessage: p.mainMessage,
        description: p.description,
        subheadings: p.subheadings,
        previous: links[i - 1],
        next: links[i + 1],
      }),
    )
  }
  cache.set(locale, all)
  return all
}

export function getSection(slug: string, id: string, locale: Locale = DEFAULT_LOCALE): Section | undefined {
  return getSections(locale).find((s) => s.slug === slug && s.id === id)
}

/**
 * Retired ids from the lock's `redirects`, each resolved to a live section (following chains of
 * renames). An id that now names a "###" heading leads to its section's page at that heading.
 * A redirect to nowhere is the content check's to report; it is left out here.
 */
export function getRetiredSections(locale: Locale = DEFAULT_LOCALE): RetiredSection[] {
  const { redirects } = getSectionLock()
  const retired: RetiredSection[] = []
  for (const [slug, map] of Object.entries(redirects)) {
    for (const id of Object.keys(map)) {
      if (getSection(slug, id, locale)) continue // A live id is never retired.
      let target = map[id]
      const seen = new Set([id])
      while (target && map[target] && !seen.has(target) && !getSection(slug, target, locale)) {
        seen.add(target)
        target = map[target]
      }
      if (!target) continue
      const section = getSection(slug, target, locale) ?? getSections(locale).find((s) => s.slug === slug && s.subheadings.includes(target!))
      if (!section) continue
      retired.push({ key: sectionKey(slug, id), slug, id, to: section, target: section.id === target ? section.path : `${section.path}#${target}` })
    }
  }
  return retired
}
