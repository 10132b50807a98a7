/** The interface strings of each language, and the locale helpers. */
import { en, type Dictionary } from './en'
import { es } from './es'
import type { Locale } from './locales'

export * from './locales'
export type { Dictionary }

const DICTIONARIES: Record<Locale, Dictionary> = { en, es }

export function dictionary(locale: Locale): Dictionary {
  return DICTIONARIES[locale]
}
