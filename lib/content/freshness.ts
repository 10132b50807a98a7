/**
 * Translation freshness. Each translated article records, per section, a short hash of the English
 * section it was written from (frontmatter `translation.sections`, written by `npm run
 * translations:stamp`). When an English section changes, its hash no longer matches: the content
 * check lists the section and the translated page shows a note linking to the English text.
 *
 * A section is the text from its "##" heading to the next one (headings included, so a renamed
 * question counts as a change) and its section message (frontmatter `sectionMessages`), which
 * opens its page; `_intro` is everything before the first "##" (key points and the opening) and
 * the main message. Whitespace is collapsed first, so re-wrapping a paragraph is not a change.
 */
import { createHash } from 'node:crypto'
import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { Document, isMap, parseDocument } from 'yaml'
import { DEFAULT_LOCALE, localePath, type Locale } from '../i18n/locales'
import { analyzeArticle } from './analysis'
import { frontmatterOf, mainMessageOf, parseArticleSource, readArticleSource } from './article-source'
import { getArticle, type ArticleMeta } from './articles'
import type { Root } from 'mdast'

export const INTRO = '_intro'

const hash = (text: string) => createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex').slice(0, 12)

/** The section messages of the frontmatter, by section id ('' for none), as the pages show them. */
function sectionMessages(tree: Root): Record<string, string> {
  const frontmatter = frontmatterOf(tree)
  const raw = frontmatter?.ok ? (frontmatter.value.data as { sectionMessages?: unknown } | null)?.sectionMessages : undefined
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {}
  return Object.fromEntries(
    Object.entries(raw).flatMap(([id, entry]) => {
      const message = entry && typeof entry === 'object' ? (entry as { message?: unknown }).message : undefined
      return typeof message === 'string' && message.trim() ? [[id, message.trim()]] : []
    }),
  )
}

/** The hash of every section of an MDX source, keyed by section id (`_intro` first). */
export function sectionHashes(source: string, headingIds: string[], parsed?: Root): Record<string, string> {
  const tree = parsed ?? parseArticleSource(source)
  const body = tree.children.filter((n) => n.type !== 'yaml')
  const h2 = body.flatMap((n, i) => (n.type === 'heading' && n.depth === 2 ? [i] : []))
  if (h2.length !== headingIds.length) throw new Error(`expected ${headingIds.length} "##" sections, found ${h2.length}`)
  const slice = (from: number, to: number) => {
    const start = body[from]?.position?.start.offset
    const end = body[to - 1]?.position?.end.offset
    return start === undefined || end === undefined || to <= from ? '' : source.slice(start, end)
  }
  // The main message (frontmatter) opens the page, so it belongs to the intro's hash.
  const out: Record<string, string> = { [INTRO]: hash(`${mainMessageOf(tree)}\n${slice(0, h2[0] ?? body.length)}`) }
  // A section's message opens its page, so it belongs to its hash. Without one, the hash is the
  // section's text alone, as it was before section messages existed (no stamp goes stale for nothing).
  const messages = sectionMessages(tree)
  h2.forEach((start, k) => {
    const id = headingIds[k]!
    out[id] = hash(`${messages[id] ?? ''}\n${slice(start, h2[k + 1] ?? body.length)}`)
  })
  return out
}

const hashCache = new Map<string, { mtime: number; hashes: Record<string, string> }>()

/**
 * The current hashes of an English article's sections. Cached per file and modification time (as
 * analyzeArticle is): a Spanish page asks once per section heading, and the build renders many.
 * `headings`: the article's headings when the caller has them already (the content check's English
 * pass). Without them the English is analysed here, which throws on a content problem: right for
 * the build, wrong for the check, which must report that problem once, in its own report.
 */
export function englishHashes(english: Pick<ArticleMeta, 'file'>, headings?: readonly { depth: number; id: string }[]): Record<string, string> {
  const mtime = statSync(english.file).mtimeMs
  const cached = hashCache.get(english.file)
  if (cached && cached.mtime === mtime) return cached.hashes
  const ids = (headings ?? analyzeArticle(english).headings).filter((h) => h.depth === 2).map((h) => h.id)
  const read = readArticleSource(english.file)
  const hashes = sectionHashes(read.source, ids, read.tree ?? undefined)
  hashCache.set(english.file, { mtime, hashes })
  return hashes
}

export interface StaleSection {
  /** The section id, or `_intro`. */
  id: string
  /** The English page at that section. */
  english: string
  /** When the English was last reviewed (the date the note gives). */
  updated: string
  /** Why: the English changed, or the translation has no hash for it yet. */
  reason: 'changed' | 'not-stamped'
}

/**
 * The sections of a translated article whose English has changed since it was written.
 * `englishHeadings`: the English article's headings, if the caller has analysed it already.
 */
export function staleSections(
  translated: ArticleMeta,
  locale: Locale,
  englishArticle?: ArticleMeta,
  englishHeadings?: readonly { depth: number; id: string }[],
): StaleSection[] {
  if (locale === DEFAULT_LOCALE) return []
  const english = englishArticle ?? getArticle(translated.slug, DEFAULT_LOCALE)
  if (!english) return []
  const recorded = translated.translation?.sections ?? {}
  const current = englishHashes(english, englishHeadings)
  return Object.entries(current).flatMap(([id, h]) => {
    if (recorded[id] === h) return []
    return [
      {
        id,
        english: localePath(DEFAULT_LOCALE, id === INTRO ? `/articles/${english.slug}` : `/articles/${english.slug}#${id}`),
        updated: english.lastReviewed,
        reason: recorded[id] ? ('changed' as const) : ('not-stamped' as const),
      },
    ]
  })
}

/**
 * Writes the English article's current hashes into a translation's frontmatter: run after a
 * translator has brought the translation in line with the English (`npm run translations:stamp`).
 * `englishHeadings`: as for staleSections (another content folder than the site's, whose ids the
 * site's references and glossary do not know).
 */
export function stampTranslation(
  translatedFile: string,
  english: ArticleMeta,
  englishHeadings?: readonly { depth: number; id: string }[],
): Record<string, string> {
  const hashes = englishHashes(english, englishHeadings)
  const source = readFileSync(translatedFile, 'utf8')
  const tree = parseArticleSource(source)
  const node = tree.children.find((n) => n.type === 'yaml')
  const start = node?.position?.start.offset
  const end = node?.position?.end.offset
  if (!node || !('value' in node) || start === undefined || end === undefined) throw new Error(`${translatedFile}: no frontmatter block to stamp`)
  // The frontmatter as a YAML document: only the `translation:` entry is replaced (or added at the
  // end), by its range in the text, so every other line stays exactly as the translator wrote it.
  const yaml = String(node.value)
  const doc = parseDocument(yaml)
  if (doc.errors.length || !isMap(doc.contents)) throw new Error(`${translatedFile}: the frontmatter is not valid YAML; run npm run check:content`)
  const block = new Document({ translation: { sections: hashes } }).toString().trimEnd()
  const pair = doc.contents.items.find((p) => (p.key as { value?: unknown } | null)?.value === 'translation')
  const from = (pair?.key as { range?: [number, number, number] } | null)?.range?.[0]
  const to = (pair?.value as { range?: [number, number, number] } | null)?.range?.[2]
  const updated = from !== undefined && to !== undefined ? `${yaml.slice(0, from)}${block}${yaml.slice(to).replace(/^\n?/, '\n')}`.replace(/\n+$/, '') : `${yaml.replace(/\n+$/, '')}\n${block}`
  // The yaml node's text lies between the opening "---\n" and the closing "\n---".
  const opening = source.indexOf('\n', start) + 1
  const closing = source.lastIndexOf('\n', end - 1)
  writeFileSync(translatedFile, `${source.slice(0, opening)}${updated}${source.slice(closing)}`)
  return hashes
}
