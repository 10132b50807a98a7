/** The interface strings of each language (content/<locale>/strings.ts), and the locale helpers. */
import { LOCALE_INFO, type Locale } from './locales'
import type { Dictionary } from '../../content/en/strings'

export * from './locales'
export type { Dictionary }

export function dictionary(locale: Locale): Dictionary {
  return LOCALE_INFO[locale].strings
}
