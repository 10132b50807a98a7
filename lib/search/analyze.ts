/**
 * Text as search reads it, in one language: folded words, stems, stop words, glossary phrases
 * and the intent of a query. Built from the language's analyzer description (AnalyzerSpec): the
 * build from the locale's entry, the browser from the index's meta.json.
 */
import { fold } from '../text'
import type { AnalyzerSpec } from './analyzers'
import { STEMMERS, type Stemmer } from './stemmers'

/** Longest query we read; the rest is ignored (a pasted essay must not cost anything). */
export const MAX_QUERY_LENGTH = 200
const MAX_QUERY_WORDS = 12
export const MAX_WORD_LENGTH = 40
/** Longest glossary phrase, in words. */
const MAX_PHRASE_WORDS = 6

export interface QueryWord {
  /** The folded word as typed. */
  word: string
  stem: string
  stop: boolean
}

export interface Analyzer {
  readonly spec: AnalyzerSpec
  /** The text folded as this language folds it (lib/text.ts `fold`). */
  fold(text: string): string
  /** Folded words. */
  words(text: string): string[]
  stem(word: string): string
  isStop(word: string): boolean
  /** Normalized form of a phrase: stemmed words joined by spaces (stop words kept). */
  phraseKey(text: string): string
  /** Cuts, folds and splits a query; never throws, whatever the input. */
  parseQuery(raw: string): QueryWord[]
  /** Is this query a question, and does it ask what a word means? */
  intent(raw: string): { question: boolean; definition: boolean }
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Question marks of the scripts we may meet: "?", "¿", Arabic "؟", full-width "？". */
const QUESTION_MARK = /[?¿؟？]/

const cache = new WeakMap<AnalyzerSpec, Analyzer>()

export function createAnalyzer(spec: AnalyzerSpec): Analyzer {
  const cached = cache.get(spec)
  if (cached) return cached
  // An index from a newer build may name a stemmer this code does not know: no stemming, then.
  const stemmer: Stemmer = Object.prototype.hasOwnProperty.call(STEMMERS, spec.stemmer) ? STEMMERS[spec.stemmer] : STEMMERS.none
  const keepMarks = spec.marks === 'keep'
  const stop = new Set(spec.stopWords)
  const questionWords = new Set(spec.questionWords)
  const definition = spec.definitionQuestions.length
    ? new RegExp(`^(?:${spec.definitionQuestions.map((p) => p.split('*').map(escape).join('.*')).join('|')})(?= |$)`)
    : null

  const foldText = (text: string) => fold(text, { keepMarks })
  const words = (text: string): string[] => {
    let folded = foldText(text)
    if (stemmer.normalize) folded = stemmer.normalize(folded)
    return folded ? folded.split(' ') : []
  }
  const stem = (word: string) => stemmer.stem(word)
  const analyzer: Analyzer = {
    spec,
    fold: foldText,
    words,
    stem,
    isStop: (word) => stop.has(word),
    phraseKey: (text) => words(text).map(stem).join(' '),
    parseQuery(raw) {
      const text = String(raw ?? '').slice(0, MAX_QUERY_LENGTH)
      return words(text)
        .slice(0, MAX_QUERY_WORDS)
        .map((w) => w.slice(0, MAX_WORD_LENGTH))
        .map((word) => ({ word, stem: stem(word), stop: stop.has(word) }))
    },
    intent(raw) {
      const text = String(raw ?? '')
        .slice(0, MAX_QUERY_LENGTH)
        .trim()
      const folded = words(text).join(' ')
      const asksMeaning = definition?.test(folded) ?? false
      const question = asksMeaning || QUESTION_MARK.test(text) || questionWords.has(folded.split(' ')[0] ?? '')
      return { question, definition: asksMeaning }
    },
  }
  cache.set(spec, analyzer)
  return analyzer
}

/** Finds glossary phrases in a word sequence: longest match first at each position. */
export function findPhrases(stems: string[], has: (key: string) => boolean): { start: number; end: number; key: string }[] {
  const found: { start: number; end: number; key: string }[] = []
  for (let i = 0; i < stems.length; i++) {
    for (let n = Math.min(MAX_PHRASE_WORDS, stems.length - i); n >= 1; n--) {
      const key = stems.slice(i, i + n).join(' ')
      if (has(key)) {
        found.push({ start: i, end: i + n, key })
        break
      }
    }
  }
  return found
}
