/**
 * Glossary rules beyond the schema, run by the content check. Aliases are shown to readers
 * ("Also called"); misspellings only help search. A misspelling left among the aliases would be
 * shown to readers as a real name ("Also called: Spravado"), so the check refuses an alias that
 * is one slip of the keyboard away from the term or another of its names.
 */
import { editDistance } from './problems.mjs'
import type { GlossaryEntry } from './schemas'
import { compact } from './text'

/** British and American spellings are both real: anaesthesia/anesthesia, depersonalisation/-ization. */
const spelling = (text: string) => text.replace(/ae/g, 'e').replace(/oe/g, 'e').replace(/z/g, 's').replace(/our/g, 'or')

const INFLECTIONS = ['s', 'es', 'd', 'ed']
// Endings that make another real form of the same word: remitted/remitter, hallucinating/-ion.
const SUFFIX = /(?:ation|ing|ion|ive|ed|er|es|s|d)$/
const NUMERAL = /^(?:\d+|[ivx]+)$/

/** Names this short are abbreviations, where one letter apart is normal (SC and SQ, HDRS and HRSD). */
const MIN_LENGTH = 6

/**
 * Whether `alias` looks like a misspelling of `name`: one edit apart (a letter added, dropped,
 * changed, or two neighbours swapped) after the first letter, and not a British/American
 * spelling, a plural or other ending, or another number ("phase 1" and "phase 2"). Names that
 * differ in their first letter are real pairs (brands Ketalar and Vetalar; R-ketamine and
 * arketamine), since slips keep the first letter.
 */
export function looksMisspelt(alias: string, name: string): boolean {
  const a = spelling(compact(alias))
  const b = spelling(compact(name))
  if (a === b || a.length < MIN_LENGTH || b.length < MIN_LENGTH) return false
  if (a[0] !== b[0]) return false
  if (INFLECTIONS.some((end) => a === b + end || b === a + end)) return false
  if (SUFFIX.test(a) && SUFFIX.test(b) && a.replace(SUFFIX, '') === b.replace(SUFFIX, '')) return false
  const wordsA = alias
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
  const wordsB = name
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
  const lastA = wordsA.at(-1) ?? ''
  const lastB = wordsB.at(-1) ?? ''
  if (wordsA.length === wordsB.length && wordsA.slice(0, -1).join(' ') === wordsB.slice(0, -1).join(' ') && NUMERAL.test(lastA) && NUMERAL.test(lastB))
    return false
  return editDistance(a, b) === 1
}

/**
 * Each alias of the entry that looks like a misspelling of its term or of an alias listed before
 * it. A pair is reported once, on the later alias (one mistake, one message).
 */
export function misspeltAliases(entry: Pick<GlossaryEntry, 'term' | 'aliases'>): { alias: string; index: number; of: string }[] {
  const out: { alias: string; index: number; of: string }[] = []
  entry.aliases.forEach((alias, index) => {
    const of = [entry.term, ...entry.aliases.slice(0, index)].find((name) => looksMisspelt(alias, name))
    if (of) out.push({ alias, index, of })
  })
  return out
}
