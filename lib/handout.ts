/**
 * The handout's pure logic, shared by the handout island (browser) and its unit tests: reading a
 * selection from the URL, numbering citations across the chosen sections, and the QR code path.
 * Nothing here touches the DOM or reads files.
 *
 * The selection lives only in the URL: `/handout?s=safety/blood-pressure,safety/driving`.
 * Whatever the URL says is treated as untrusted text: it is matched against the known section
 * keys and never inserted as HTML.
 */

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

/** One section's citations as its own page numbered them: local number -> reference id. */
export interface SectionCitations {
  citations: { id: string; n: number }[]
}

/**
 * Numbers every reference across the handout in order of first use, section by section (each
 * section's own order is its order of first use). Returns id -> handout number.
 */
export function handoutNumbers(sections: readonly SectionCitations[]): Map<string, number> {
  const numbers = new Map<string, number>()
  for (const section of sections) {
    for (const { id } of [...section.citations].sort((a, b) => a.n - b.n)) {
      if (!numbers.has(id)) numbers.set(id, numbers.size + 1)
    }
  }
  return numbers
}

/**
 * The local numbers a citation link shows: "3" -> [3], "2–4" -> [2, 3, 4] (the site's markers
 * merge runs of three or more into a range). Anything else gives [].
 */
export function linkNumbers(text: string): number[] {
  const match = /^\s*(\d+)\s*(?:[–-]\s*(\d+))?\s*$/.exec(text)
  if (!match) return []
  const first = Number(match[1])
  const last = match[2] ? Number(match[2]) : first
  if (last < first || last - first > 200) return []
  return Array.from({ length: last - first + 1 }, (_, i) => first + i)
}

/** Sorted, unique numbers grouped as the site shows them: runs of three or more become a range. */
export function numberGroups(numbers: readonly number[]): { first: number; last: number }[] {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b)
  const runs: { first: number; last: number }[] = []
  for (const n of sorted) {
    const run = runs.at(-1)
    if (run && n === run.last + 1) run.last = n
    else runs.push({ first: n, last: n })
  }
  return runs.flatMap((r) =>
    r.last - r.first === 1
      ? [
          { first: r.first, last: r.first },
          { first: r.last, last: r.last },
        ]
      : [r],
  )
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
