/**
 * The site's languages: one entry each. A language is configuration, not code: its entry here and
 * its folder content/<locale>/ (articles, glossary, term list, figures, and strings.ts with every
 * word of the interface, the islands and the link-preview cards). README: "Add a language".
 *
 * English lives at the root and every other language mirrors each URL under /<locale> with the
 * same slugs and section ids, so a clinician's link maps one to one:
 * /articles/safety#blood-pressure <-> /es/articles/safety#blood-pressure.
 */
import * as en from '../../content/en/strings'
import * as es from '../../content/es/strings'
import type { Dictionary, IslandStrings } from '../../content/en/strings'
import { prefixPath } from './paths'

export interface LocaleEntry {
  /** Its name in its own language ("Español"), for the language switch. */
  name: string
  /** BCP 47 tag for <html lang> and hreflang. The writing direction comes from it (textDirection). */
  lang: string
  /** The Intl locale of dates, numbers and sorting: "en-US" writes "November 21, 2026". */
  intl: string
  /** Open Graph's locale (og:locale). */
  og: string
  /**
   * A TrueType or OpenType font (a path from the project root) the link-preview cards are drawn
   * in, for a script the renderer's built-in Latin font cannot draw (Arabic, Hebrew, Devanagari…).
   */
  ogFont?: string
  /** Every word of the interface: pages, writers' component labels, Open Graph cards. */
  strings: Dictionary
  /** The words the browser scripts write at run time (bundled into this language's islands only). */
  islands: IslandStrings
  /** How its reading level is measured (lib/content/readability-formulas.ts); the limit is in content/settings.yaml (`readability`). */
  readability: { formula: ReadabilityFormula }
}

/**
 * Reading-level formulas: the Flesch-Kincaid grade (English; lower is easier) or Fernández-Huerta
 * reading ease (Spanish; higher is easier).
 */
export type ReadabilityFormula = 'flesch-kincaid' | 'fernandez-huerta'

export const LOCALE_INFO = {
  en: { name: 'English', lang: 'en', intl: 'en-US', og: 'en_US', readability: { formula: 'flesch-kincaid' }, ...en },
  es: { name: 'Español', lang: 'es', intl: 'es-US', og: 'es_US', readability: { formula: 'fernandez-huerta' }, ...es },
} satisfies Record<string, LocaleEntry>

export type Locale = keyof typeof LOCALE_INFO
/** Every language, the default first. */
export const LOCALES = Object.keys(LOCALE_INFO) as Locale[]
/** The language at the root of the site, and the one the others are translated from. */
export const DEFAULT_LOCALE: Locale = 'en'

/**
 * The writing direction of a language, from the platform's own locale data (Intl.Locale's text
 * info: `getTextInfo()` in newer engines, the `textInfo` getter in Node 20), never from a list of
 * our own: 'ar' and 'he' give 'rtl', 'en' and 'es' 'ltr'.
 */
export function textDirection(lang: string): 'ltr' | 'rtl' {
  const locale = new Intl.Locale(lang) as Intl.Locale & { getTextInfo?: () => { direction?: string }; textInfo?: { direction?: string } }
  const info = typeof locale.getTextInfo === 'function' ? locale.getTextInfo() : locale.textInfo
  return info?.direction === 'rtl' ? 'rtl' : 'ltr'
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && Object.hasOwn(LOCALE_INFO, value)
}

/** The languages other than the default: each one's pages live under /<locale>. */
export const TRANSLATED_LOCALES = LOCALES.filter((l) => l !== DEFAULT_LOCALE)

/** The path of a page in a language: ('es', '/articles/safety') -> '/es/articles/safety'. */
export function localePath(locale: Locale, path: string): string {
  return prefixPath(locale === DEFAULT_LOCALE ? '' : `/${locale}`, path)
}

/** Splits a site path into its language and the default language's path: '/es/glossary' -> es, '/glossary'. */
export function splitLocale(path: string): { locale: Locale; path: string } {
  const match = /^\/([^/?#]+)(?=$|[/?#])(.*)$/.exec(path)
  if (match && isLocale(match[1]) && match[1] !== DEFAULT_LOCALE)
    return { locale: match[1], path: match[2] && match[2] !== '' ? (match[2].startsWith('/') ? match[2] : `/${match[2]}`) : '/' }
  return { locale: DEFAULT_LOCALE, path }
}

/** "November 21, 2026" / "21 de noviembre de 2026" for a YYYY-MM-DD date, the same on every server. */
export function formatDate(iso: string, locale: Locale = DEFAULT_LOCALE): string {
  return new Date(`${iso}T12:00:00Z`).toLocaleDateString(LOCALE_INFO[locale].intl, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' })
}
