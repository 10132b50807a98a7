/**
 * How search reads each language: which words carry no topic (stop words), which stemmer merges
 * the forms of a word, how text folds, and which words make a query a question. Data: a locale
 * names its analyzer in LOCALE_INFO (lib/i18n/locales.ts, `search`), the build writes it into that
 * language's index (meta.json, `a`), and the browser's engine reads it from there. A language that
 * reuses a stemmer ('english', 'spanish', or 'none' for no stemming) needs no change to the search
 * code: add its word lists here, or name `basic` until it has them.
 *
 * Every word here is folded (lower case, no accents: lib/text.ts `fold`), as search compares them.
 */
import { DEFAULT_LOCALE, LOCALE_INFO, type Locale } from '../i18n/locales'
import type { StemmerName } from './stemmers'

export interface AnalyzerSpec {
  /** How the forms of a word are merged (lib/search/stemmers.ts). */
  stemmer: StemmerName
  /**
   * Folding. 'strip' (the default): accents and other combining marks go, so "Åsberg" = "asberg"
   * and "presión" = "presion". 'keep': for scripts whose marks are part of the letters (the vowel
   * signs of Devanagari or Thai).
   */
  marks?: 'strip' | 'keep'
  /**
   * Words that carry no topic: question words ("can I", "is it", "how much"), pronouns and glue.
   * They are not indexed and not searched for, but glossary phrases may contain them ("who should
   * not take", "into a vein"), so phrase matching still sees them.
   */
  stopWords: string[]
  /** Words that open a question ("is it…", "¿puedo…"): a question is answered by a section, not by the definition of one of its words. */
  questionWords: string[]
  /** Openings that ask what a word means ("what is a k-hole?"): a definition answers them. `*` stands for any words. */
  definitionQuestions: string[]
}

const list = (text: string) => text.split(/\s+/).filter(Boolean)

export const ANALYZERS = {
  english: {
    stemmer: 'english',
    stopWords: list(`
      a an the i im me my mine myself you your yours we our us he she him her his they them their it its
      is am are was were be been being do does did doing done can could will would shall should may might must
      have has had having how much many what whats which who whom whose when where why there here this that these those
      to of in on at by for from with about after before into onto over under than then so as if or and but not no nor
      any some all also just very really too still ever please tell know ok okay s t d ll re ve m up get gets got`),
    questionWords: list(`
      is are am was were can could will would do does did should shall may might must how when why where which who whose what whats`),
    definitionQuestions: ['what is', 'what are', 'what s', 'whats', 'what does * mean', 'define', 'definition', 'meaning'],
  },
  spanish: {
    stemmer: 'spanish',
    // "¿cuánto cuesta?", "¿es adictiva la ketamina?", "puedo manejar a casa".
    stopWords: list(`
      a el la los las lo un una unos unas de del al y e o u que es son era fue ser estar esta este esto estos estas
      se me te le les nos mi mis su sus tu tus yo usted ustedes con sin por para en como cuando cuanto cuanta cuantos cuantas
      donde cual cuales quien quienes porque pero si no ya muy mas hay puedo puede pueden debo debe tengo tiene hace`),
    questionWords: list(`
      es son esta estan puedo puede pueden podria debo debe deberia como cuando cuanto cuanta cuantos cuantas donde cual cuales quien hay tengo necesito sirve funciona`),
    definitionQuestions: ['que es', 'que son', 'que significa', 'definicion', 'significado'],
  },
  /** A language with no word lists yet: every word counts and none is stemmed; typos, prefixes and glossary names still work. */
  basic: { stemmer: 'none', stopWords: [], questionWords: [], definitionQuestions: [] },
} satisfies Record<string, AnalyzerSpec>

/** The name a locale gives in LOCALE_INFO's `search`. */
export type AnalyzerName = keyof typeof ANALYZERS

/** How search reads a language: the analyzer its LOCALE_INFO entry names. */
export function analyzerFor(locale: Locale = DEFAULT_LOCALE): AnalyzerSpec {
  return ANALYZERS[LOCALE_INFO[locale].search]
}
