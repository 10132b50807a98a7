/**
 * One name per idea. Each language keeps a term list (content/en/terms.yaml for English,
 * content/<locale>/terms.yaml for a translation): for each idea, the name the site uses
 * (`prefer`), the other names it avoids (`avoid`), why, and longer phrases that contain an avoided
 * form and are right as they are (`allow`). The content check reports every avoided form wherever
 * a reader of that language sees it: article text and frontmatter, the glossary (term, definition,
 * note), the figures, and the interface strings (content/<locale>/strings.ts).
 *
 * Matching: whole words or phrases (Unicode letters and digits mark a word's edge), any case,
 * any run of spaces or line breaks between words, but accents as written ("tecnica" is not
 * "técnica"). Not read: ids, sources, related terms, glossary aliases and misspellings (other
 * names a reader may search for are what those fields are for), code and link addresses.
 */
import { displayPath } from './files.mjs'
import { readDataFile } from './data-file'
import type { ProblemLog } from './problem-log'
import { issueProblems } from './zod-issues'
import { termListSchema, type TermList, type TermListEntry } from './schemas/term-list'
import type { Range } from './text-ranges'

/** A compiled entry: one pattern for its avoided forms, one for its allowed phrases. */
interface Rule {
  entry: TermListEntry
  avoid: RegExp
  allow: RegExp | null
}


export interface TermHit {
  /** Offset in the file's text. */
  start: number
  end: number
  /** The avoided form as written (line breaks and repeated spaces collapsed). */
  found: string
  entry: TermListEntry
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** A word or phrase as a pattern: whole words, any run of white space between them. */
const phrase = (form: string) => form.trim().split(/\s+/).map(escape).join('\\s+')

const EDGE_BEFORE = '(?<![\\p{L}\\p{N}])'
const EDGE_AFTER = '(?![\\p{L}\\p{N}])'

/** One case-insensitive, Unicode-aware pattern for several forms, longest first. */
export function pattern(forms: string[]): RegExp {
  const sorted = [...forms].sort((a, b) => b.length - a.length)
  return new RegExp(`${EDGE_BEFORE}(?:${sorted.map(phrase).join('|')})${EDGE_AFTER}`, 'giu')
}

export function compileTermList(entries: TermListEntry[]): Rule[] {
  return entries.map((entry) => ({ entry, avoid: pattern(entry.avoid), allow: entry.allow.length ? pattern(entry.allow) : null }))
}

/** Every avoided form in `text` within `ranges` (all of it when none are given), outside allowed phrases; overlapping hits count once. */
export function findAvoidedTerms(text: string, rules: Rule[], ranges: Range[] = [[0, text.length]]): TermHit[] {
  const hits: TermHit[] = []
  for (const [from, to] of ranges) {
    const slice = text.slice(from, to)
    for (const rule of rules) {
      const allowed = rule.allow ? [...slice.matchAll(rule.allow)].map((m) => [m.index!, m.index! + m[0].length] as const) : []
      for (const m of slice.matchAll(rule.avoid)) {
        const start = m.index!
        const end = start + m[0].length
        if (allowed.some(([a, b]) => a <= start && end <= b)) continue
        hits.push({ start: from + start, end: from + end, found: m[0].replace(/\s+/g, ' '), entry: rule.entry })
      }
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end)
  // One mistake, one message: "debe irse solo cuando" matches two avoided forms at once.
  return hits.filter((hit, i) => !hits.slice(0, i).some((h) => h.start < hit.end && hit.start < h.end))
}

/** Reads and validates a term list; null (with its problems logged) when it cannot be used. */
export function readTermList(file: string, log: ProblemLog): TermList | null {
  const shown = displayPath(file)
  const read = readDataFile(file, log)
  if (!read) return null
  const data = read.data
  if (data === null || data === undefined) {
    log.add(shown, 'The file is empty.', {
      line: 1,
      expected: '"terms:" and a list of entries, each with prefer, avoid and why',
      fix: 'add the entries (see content/README.md, "Term list"), or remove the file.',
      ruleId: 'terms',
    })
    return null
  }
  const parsed = termListSchema.safeParse(data)
  if (!parsed.success) {
    for (const p of issueProblems(parsed.error.issues, Object.keys(termListSchema.shape)))
      log.add(shown, p.reason, { ...(read.at(p.path) ?? { line: 1 }), expected: p.expected, fix: p.fix, ruleId: 'terms' })
    return null
  }
  const entries = parsed.data.terms
  let ok = true
  const seen = new Map<string, number>()
  entries.forEach((entry, index) => {
    entry.avoid.forEach((form, i) => {
      const key = form.toLowerCase().replace(/\s+/g, ' ')
      const other = seen.get(key)
      if (other !== undefined) {
        ok = false
        log.add(shown, `terms[${index}]: "${form}" is also avoided by the entry for «${entries[other]!.prefer}».`, {
          ...read.at(['terms', index, 'avoid', i]),
          expected: 'each avoided form in one entry only',
          fix: `remove it from one of the two entries.`,
          ruleId: 'terms',
        })
      } else seen.set(key, index)
    })
    const avoided = pattern(entry.avoid)
    entry.allow.forEach((allowed, i) => {
      if ([...allowed.matchAll(avoided)].length === 0) {
        ok = false
        log.add(shown, `terms[${index}]: the allowed phrase "${allowed}" contains none of the avoided forms (${entry.avoid.join(', ')}).`, {
          ...read.at(['terms', index, 'allow', i]),
          expected: 'a longer phrase that contains an avoided form and is right as it is',
          fix: 'correct the phrase, or remove it: it allows nothing.',
          ruleId: 'terms',
        })
      }
    })
  })
  // The preferred words must pass the list themselves, or following a fix would make a new problem.
  const rules = compileTermList(entries)
  entries.forEach((entry, index) => {
    const hit = findAvoidedTerms(entry.prefer, rules)[0]
    if (hit) {
      ok = false
      log.add(shown, `terms[${index}]: the preferred «${entry.prefer}» contains «${hit.found}», which the entry for «${hit.entry.prefer}» avoids.`, {
        ...read.at(['terms', index, 'prefer']),
        expected: 'preferred words that no entry avoids',
        fix: 'change one of the two entries, or add the preferred phrase to the other entry\'s "allow".',
        ruleId: 'terms',
      })
    }
  })
  return ok ? parsed.data : null
}
