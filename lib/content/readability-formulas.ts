/**
 * The reading-level formulas a language can use (LOCALE_INFO[locale].readability.formula in
 * lib/i18n/locales.ts): each counts syllables its own language's way and turns the counts into one
 * score. The limits are editorial settings (content/settings.yaml), not code.
 */
import { fleschKincaid } from 'flesch-kincaid'
import { syllable } from 'syllable'
import type { ReadabilityFormula } from '../i18n/locales'
import { fernandezHuerta, syllablesEs } from './syllables-es'

export interface Counts {
  words: number
  sentences: number
  syllables: number
}

export interface Formula {
  /** As messages and reports name it. */
  name: string
  /** Reading ease (higher is easier, limited by `min`) or a school grade (lower is easier, limited by `max`). */
  higherIsEasier: boolean
  /** Syllables in one word of the language. */
  syllables: (word: string) => number
  score: (counts: Counts) => number
}

export const FORMULAS: Record<ReadabilityFormula, Formula> = {
  'flesch-kincaid': {
    name: 'Flesch-Kincaid grade',
    higherIsEasier: false,
    syllables: syllable,
    score: (c) => (c.sentences === 0 ? 0 : fleschKincaid({ sentence: c.sentences, word: c.words, syllable: c.syllables })),
  },
  'fernandez-huerta': {
    name: 'Fernández-Huerta reading ease',
    higherIsEasier: true,
    syllables: syllablesEs,
    score: fernandezHuerta,
  },
}
