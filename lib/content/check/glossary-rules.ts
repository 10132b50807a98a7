/**
 * Glossary rules beyond the schema, run by the content check. Aliases are shown to readers
 * ("Also called"); misspellings only help search. A misspelling left among the aliases would be
 * shown to readers as a real name ("Also called: Spravado"), so the check refuses an alias that
 * is one slip of the keyboard away from the term or another of its names.
 */
import { editDistance } from '../problems.mjs'
import type { GlossaryEntry } from '../schemas/glossary'
import { compact } from '../../text'

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

// English number words, so "two weeks" in English covers "2 semanas" in a translation.
const NUMBER_WORDS: Record<string, string> = {
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
  eleven: '11',
  twelve: '12',
  thirteen: '13',
  fourteen: '14',
  fifteen: '15',
  sixteen: '16',
  seventeen: '17',
  eighteen: '18',
  nineteen: '19',
  twenty: '20',
  thirty: '30',
  forty: '40',
  fifty: '50',
  sixty: '60',
  seventy: '70',
  eighty: '80',
  ninety: '90',
  hundred: '100',
  thousand: '1000',
}

/** A digit run ("2", "1,000", "2.5", the parts of "1-800-273-8255"). */
const NUMBER = /\d+(?:[.,]\d+)*/g
/** A number with its separators dropped, so 1,000 and 1.000 are one number. */
const plainNumber = (digits: string) => digits.replace(/[.,]/g, '')

/**
 * A keyword to send by text, as a phone line's instructions give it: a word in capitals after
 * "palabra", "envíe", "escriba" or "text" ("envíe la palabra AYUDA", "text HOME").
 */
const KEYWORD = /(?:palabra|envíe|escriba|text)\s+(?:la\s+palabra\s+)?[«"“']?(\p{Lu}{3,})(?![\p{L}\p{N}])/gu

export interface TranslationOnlyFacts {
  field: 'definition' | 'note'
  /** What the translation states that the English entry does not: numbers and text keywords, as written. */
  found: string[]
}

/**
 * What a translated glossary entry states that its English entry does not: a number (the "2" of
 * "llame al 988 y marque 2") or a keyword to text ("AYUDA"). The English entry's sources back the
 * English facts only, so such a fact needs the translation's own `sources`, as an uncited number
 * in an article needs a <Cite> (lib/citation-coverage.ts).
 */
export function translationOnlyFacts(
  english: Pick<GlossaryEntry, 'term' | 'aliases' | 'definition' | 'note'>,
  translated: { definition: string; note?: string },
): TranslationOnlyFacts[] {
  const englishText = [english.term, ...english.aliases, english.definition, english.note ?? ''].join('\n')
  const words = englishText
    .toLowerCase()
    .split(/[^a-z]+/)
    .flatMap((w) => (NUMBER_WORDS[w] ? [NUMBER_WORDS[w]] : []))
  const known = new Set([...[...englishText.matchAll(NUMBER)].map((m) => plainNumber(m[0])), ...words])
  const englishWords = new Set(englishText.split(/[^\p{L}]+/u))
  const out: TranslationOnlyFacts[] = []
  for (const field of ['definition', 'note'] as const) {
    const text = translated[field] ?? ''
    const found: string[] = []
    for (const m of text.matchAll(NUMBER)) {
      // Part of a word or an address ("988lifeline.org", "CYP3A4") is not a number a reader acts on.
      const before = text[(m.index ?? 0) - 1] ?? ''
      const after = text[(m.index ?? 0) + m[0].length] ?? ''
      if (/[\p{L}]/u.test(before) || /[\p{L}]/u.test(after)) continue
      if (!known.has(plainNumber(m[0])) && !found.includes(m[0])) found.push(m[0])
    }
    for (const m of text.matchAll(KEYWORD)) if (!englishWords.has(m[1]!) && !found.includes(m[1]!)) found.push(m[1]!)
    if (found.length) out.push({ field, found })
  }
  return out
}
