/**
 * Reading level of an article's body text, measured rather than guessed.
 *
 * "Body text" follows the style guide: paragraphs and list items, including those inside
 * callouts; headings, tables and code are left out (the reference list is generated, so it is
 * never in the source). The grade is the Flesch-Kincaid grade level, computed by the maintained
 * `flesch-kincaid` formula over syllables counted by `syllable` (both by wooorm). Spanish text
 * is scored with Fernández-Huerta over syllables counted by `syllables-es.ts`.
 */
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkMdx from 'remark-mdx'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import { toString } from 'mdast-util-to-string'
import { fleschKincaid } from 'flesch-kincaid'
import { syllable } from 'syllable'
import { SKIP, visit } from 'unist-util-visit'
import type { Root } from 'mdast'
import { fernandezHuerta, syllablesEs } from './syllables-es'
import { splitSentences } from './text'

export interface Readability {
  words: number
  sentences: number
  syllables: number
  /** Flesch-Kincaid grade level, rounded to one decimal. */
  grade: number
  /** Mean words per sentence, rounded to one decimal. */
  wordsPerSentence: number
  /** Sentences longer than 25 words (the style guide asks for few of these). */
  longSentences: string[]
  /** Spanish only: Fernández-Huerta reading ease (higher is easier; the site asks for 70 or more). */
  fernandezHuerta?: number
}

export type ReadabilityLang = 'en' | 'es'

const LEFT_OUT = new Set(['heading', 'table', 'code', 'yaml', 'mdxjsEsm', 'mdxFlowExpression', 'html'])
const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu

/** The plain body-text paragraphs of an MDX source (or of its parsed tree), in document order. */
export function bodyParagraphs(mdxSource: string | Root): string[] {
  const tree =
    typeof mdxSource === 'string' ? (unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter).use(remarkGfm).parse(mdxSource) as Root) : mdxSource
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

/** Measures an MDX source, or its syntax tree when the caller has parsed it already (the content check). */
export function measure(mdxSource: string | Root, lang: ReadabilityLang = 'en'): Readability {
  const count = lang === 'es' ? syllablesEs : syllable
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
  const grade = sentenceCount === 0 ? 0 : fleschKincaid({ sentence: sentenceCount, word: wordCount, syllable: syllableCount })
  return {
    words: wordCount,
    sentences: sentenceCount,
    syllables: syllableCount,
    grade: Math.round(grade * 10) / 10,
    wordsPerSentence: sentenceCount === 0 ? 0 : Math.round((wordCount / sentenceCount) * 10) / 10,
    longSentences,
    ...(lang === 'es'
      ? { fernandezHuerta: Math.round(fernandezHuerta({ words: wordCount, sentences: sentenceCount, syllables: syllableCount }) * 10) / 10 }
      : {}),
  }
}
