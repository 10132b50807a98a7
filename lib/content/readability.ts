/**
 * Reading level of an article's body text, measured rather than guessed.
 *
 * "Body text" follows the style guide: paragraphs and list items, including those inside
 * callouts; headings, tables and code are left out (the reference list is generated, so it is
 * never in the source). The score is the language's formula (lib/content/readability-formulas.ts):
 * the Flesch-Kincaid grade level over syllables counted by `syllable` (both by wooorm) for English,
 * Fernández-Huerta reading ease over syllables counted by `syllables-es.ts` for Spanish.
 */
import { toString } from 'mdast-util-to-string'
import { SKIP, visit } from 'unist-util-visit'
import type { Root } from 'mdast'
import type { ReadabilityFormula } from '../i18n/locales'
import { splitSentences } from '../text'
import { parseArticleSource } from './article-source'
import { FORMULAS } from './readability-formulas'

export interface Readability {
  words: number
  sentences: number
  syllables: number
  /** Flesch-Kincaid grade level over these counts, rounded to one decimal (the English limits and the glossary's). */
  grade: number
  /** The formula's score, rounded to one decimal (the grade again for Flesch-Kincaid). */
  score: number
  /** Mean words per sentence, rounded to one decimal. */
  wordsPerSentence: number
  /** Sentences longer than 25 words (the style guide asks for few of these). */
  longSentences: string[]
}

const LEFT_OUT = new Set(['heading', 'table', 'code', 'yaml', 'mdxjsEsm', 'mdxFlowExpression', 'html'])
const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu

/** The plain body-text paragraphs of an MDX source (or of its parsed tree), in document order. */
export function bodyParagraphs(mdxSource: string | Root): string[] {
  const tree = typeof mdxSource === 'string' ? parseArticleSource(mdxSource) : mdxSource
  const out: string[] = []
  visit(tree, (node) => {
    if (LEFT_OUT.has(node.type)) return SKIP
    if (node.type !== 'paragraph') return undefined
    const text = toString(node).replace(/\s+/g, ' ').trim()
    if (text) out.push(text)
    return SKIP
  })
  return out
}

export function words(text: string): string[] {
  return text.match(WORD) ?? []
}

/** The sentences of a paragraph (lib/text.ts splits them, as for link previews), each with at least one word. */
export function sentences(paragraph: string): string[] {
  return splitSentences(paragraph).filter((s) => words(s).length > 0)
}

/** Measures an MDX source, or its syntax tree when the caller has parsed it already (the content check), with a language's formula. */
export function measure(mdxSource: string | Root, formulaName: ReadabilityFormula = 'flesch-kincaid'): Readability {
  const formula = FORMULAS[formulaName]
  const count = formula.syllables
  let wordCount = 0
  let sentenceCount = 0
  let syllableCount = 0
  const longSentences: string[] = []
  for (const paragraph of bodyParagraphs(mdxSource)) {
    for (const sentence of sentences(paragraph)) {
      const w = words(sentence)
      sentenceCount += 1
      wordCount += w.length
      // Numbers ("2019", "0.5") are read as short words; count each as one syllable per digit group.
      syllableCount += w.reduce((sum, word) => sum + (/\p{L}/u.test(word) ? Math.max(1, count(word)) : 1), 0)
      if (w.length > 25) longSentences.push(sentence)
    }
  }
  const counts = { words: wordCount, sentences: sentenceCount, syllables: syllableCount }
  const round = (n: number) => Math.round(n * 10) / 10
  return {
    words: wordCount,
    sentences: sentenceCount,
    syllables: syllableCount,
    grade: round(FORMULAS['flesch-kincaid'].score(counts)),
    score: round(formula.score(counts)),
    wordsPerSentence: sentenceCount === 0 ? 0 : Math.round((wordCount / sentenceCount) * 10) / 10,
    longSentences,
  }
}
