/**
 * The handout's pure logic, shared by the handout island (browser), the build that writes its data
 * and their tests: reading a selection from the URL, the data contract, the order of a handout's
 * parts, numbering citations across them, and the QR code path. Nothing here touches the DOM or
 * reads files.
 *
 * The selection lives only in the URL: `/handout?s=safety/blood-pressure,safety/driving`.
 * Whatever the URL says is treated as untrusted text: it is matched against the known section
 * keys and never inserted as HTML.
 */
import type { Locale } from './i18n/locales'

/** Most sections one handout holds (a longer handout is an article: print the article). */
export const MAX_SECTIONS = 12
/** Longest `s=` value read; the rest is ignored (every real key is under 60 characters). */
export const MAX_PARAM_LENGTH = 2000
/** Unknown ids named in the notice; more are counted, not listed. */
const MAX_NAMED_UNKNOWN = 5

const KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/

export interface Selection {
  /** Known section keys, in the order given, without duplicates, at most MAX_SECTIONS. */
  keys: string[]
  /** What was asked for but is not a section (shortened for display; shown as text only). */
  unknown: string[]
  /** How many unknown entries there were in all (may exceed `unknown.length`). */
  unknownCount: number
  /** Retired keys that were followed to their successor: [old, new]. */
  redirected: [string, string][]
  /** Entries dropped because they repeated a section already chosen. */
  duplicates: number
  /** Sections left out because the list was longer than MAX_SECTIONS. */
  dropped: number
}

/**
 * Reads the `s=` value: comma-separated "<slug>/<section-id>" keys. Retired keys follow their
 * redirect, duplicates are dropped, unknown keys are reported, and the list is capped.
 */
export function parseSelection(raw: string | null | undefined, known: ReadonlySet<string>, redirects: ReadonlyMap<string, string> = new Map()): Selection {
  const result: Selection = { keys: [], unknown: [], unknownCount: 0, redirected: [], duplicates: 0, dropped: 0 }
  if (!raw) return result
  const parts = raw
    .slice(0, MAX_PARAM_LENGTH)
    .split(/[,\s]+/)
    .map((p) =>
      p
        .trim()
        .replace(/^\/+|\/+$/g, '')
        .toLowerCase(),
    )
    .filter(Boolean)
  const seen = new Set<string>()
  for (const part of parts) {
    let key = part
    const successor = redirects.get(key)
    if (!known.has(key) && successor && known.has(successor)) {
      result.redirected.push([key, successor])
      key = successor
    }
    if (!known.has(key)) {
      result.unknownCount += 1
      if (result.unknown.length < MAX_NAMED_UNKNOWN) result.unknown.push(shorten(part))
      continue
    }
    if (seen.has(key)) {
      result.duplicates += 1
      continue
    }
    seen.add(key)
    if (result.keys.length >= MAX_SECTIONS) result.dropped += 1
    else result.keys.push(key)
  }
  return result
}

/** Is this a well-formed section key? (Known or not: used before building a data URL.) */
export const isSectionKey = (key: string) => KEY.test(key)

/** The `s=` value for a list of keys (commas and slashes stay readable in the address bar). */
export const selectionParam = (keys: readonly string[]) => keys.join(',')

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text
}

/**
 * The handout's data contract: one JSON file per section of each article in each language, written
 * by the build (lib/build/handout-writer.ts, in the post-build step) and read by the handout island
 * (components/handout/). The island renders from it; it never reads the site's pages.
 *
 * Where: `handoutDataPath(key)` under the language's prefix (`localePath`), so
 * `/handout/sections/safety/blood-pressure.json` and `/es/handout/sections/safety/blood-pressure.json`.
 *
 * HTML in it (`message`, `body`, `articleMessage.html`, `references[].html`) is our own build's,
 * from the section and article pages, made ready for a handout where several sections share one
 * page: no reference list, term definitions or heading tools; subheadings one level under the
 * section's title and without ids; every other id (and what points to it) prefixed per section so
 * ids stay unique; boxes that follow one another grouped (`.handout-callouts`, two columns on
 * paper); each citation marker an empty `<sup class="cite" data-cites="id id">` that the island
 * numbers for the whole handout. Site links stay site-relative (`/glossary#x`): the island makes
 * them absolute with the public address it prints.
 */
export interface HandoutSection {
  /** HANDOUT_DATA_VERSION: a file of another version is not read (a page and data of two builds). */
  version: typeof HANDOUT_DATA_VERSION
  /** `<slug>/<section-id>`, as in `?s=`. */
  key: string
  /** The language of the words. */
  locale: Locale
  /** The section's question (its page's h1). */
  title: string
  /** The section page's site path, in its language: `/es/articles/safety/blood-pressure`. */
  path: string
  article: {
    slug: string
    title: string
    /** The article's review date as its pages show it, in the section's language: "December 3, 2026". */
    reviewed: string
  }
  /** The article's main message (the handout shows it once, above the first of that article's sections), or null. */
  articleMessage: HandoutMessage | null
  /** The section's own main message (its page opens with it): a `.main-message` block, or null. */
  message: string | null
  /** The rest of the section. */
  body: string
  /** The sources `message` and `body` cite, in the section page's numbering (order of first use). */
  references: HandoutReference[]
}

/** A main message: its block (`.main-message`) and the sources it cites, in order of first use. */
export interface HandoutMessage {
  html: string
  references: HandoutReference[]
}

/** One source: its id (`ref-<id>` in a reference list, `data-cites` in a marker) and its formatted entry. */
export interface HandoutReference {
  id: string
  html: string
}

/** Bumped when the shape of HandoutSection changes. */
export const HANDOUT_DATA_VERSION = 1

/** A section's data file, as a site path in the default language (localePath gives the others). */
export const handoutDataPath = (key: string) => `/handout/sections/${key}.json`

/** What a handout shows, in reading order: each article's main message once, above the first of its sections. */
export type HandoutPart =
  { kind: 'article'; slug: string; title: string; message: HandoutMessage } | { kind: 'section'; index: number; section: HandoutSection }

export function handoutParts(sections: readonly HandoutSection[]): HandoutPart[] {
  const seen = new Set<string>()
  return sections.flatMap((section, index): HandoutPart[] => {
    const { slug, title } = section.article
    const first = !seen.has(slug)
    seen.add(slug)
    const lead: HandoutPart[] = first && section.articleMessage ? [{ kind: 'article', slug, title, message: section.articleMessage }] : []
    return [...lead, { kind: 'section', index, section }]
  })
}

/** The sources a part cites, in its own order of first use. */
export const partReferences = (part: HandoutPart) => (part.kind === 'article' ? part.message : part.section).references

/**
 * Numbers every source across the handout in order of first use, part after part (each part's own
 * order is its order of first use), so a source shared by two sections keeps one number. Returns
 * id -> handout number.
 */
export function handoutNumbers(parts: readonly HandoutPart[]): Map<string, number> {
  const numbers = new Map<string, number>()
  for (const part of parts) for (const { id } of partReferences(part)) if (!numbers.has(id)) numbers.set(id, numbers.size + 1)
  return numbers
}

/** An SVG path drawing the dark modules of a QR matrix, one unit per module. */
export function qrPath(modules: readonly (readonly boolean[])[]): string {
  const parts: string[] = []
  modules.forEach((row, y) => {
    let x = 0
    while (x < row.length) {
      if (!row[x]) {
        x += 1
        continue
      }
      // Runs of dark modules in a row become one rectangle: a much shorter path.
      let end = x
      while (end < row.length && row[end]) end += 1
      parts.push(`M${x} ${y}h${end - x}v1h-${end - x}z`)
      x = end
    }
  })
  return parts.join('')
}
