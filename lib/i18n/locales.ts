/**
 * The site's languages and how their URLs relate. English lives at the root and Spanish mirrors
 * every URL under /es with the same slugs and section ids, so a clinician's link maps one to one:
 * /articles/safety#blood-pressure <-> /es/articles/safety#blood-pressure. Plain functions with no
 * imports, so the islands can bundle them too.
 */
export const LOCALES = ['en', 'es'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'en'

/**
 * How a language's reading level is measured (lib/content/readability.ts): the Flesch-Kincaid grade
 * (English; lower is easier) or Fernández-Huerta reading ease (Spanish; higher is easier). The
 * limits are editorial settings in content/settings.yaml, not code.
 */
export type ReadabilityFormula = 'flesch-kincaid' | 'fernandez-huerta'

/** BCP 47 tags for <html lang>, hreflang, Intl and Open Graph. */
export const LOCALE_INFO: Record<Locale, { lang: string; intl: string; og: string; name: string; readability: { formula: ReadabilityFormula } }> = {
  en: { lang: 'en', intl: 'en-US', og: 'en_US', name: 'English', readability: { formula: 'flesch-kincaid' } },
  es: { lang: 'es', intl: 'es-US', og: 'es_US', name: 'Español', readability: { formula: 'fernandez-huerta' } },
}

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
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

/** The path of an English page in a language: ('es', '/articles/safety') -> '/es/articles/safety'. */
export function localePath(locale: Locale, path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`
  if (locale === DEFAULT_LOCALE) return clean
  if (clean === '/') return `/${locale}`
  // Keep a query or fragment on the home page: '/?x' -> '/es?x', '/#a' -> '/es#a'.
  if (/^\/[?#]/.test(clean)) return `/${locale}${clean.slice(1)}`
  return `/${locale}${clean}`
}

/** Splits a site path into its language and the English path: '/es/glossary' -> es, '/glossary'. */
export function splitLocale(path: string): { locale: Locale; path: string } {
  const match = /^\/([a-z]{2})(?=$|[/?#])(.*)$/.exec(path)
  if (match && isLocale(match[1]) && match[1] !== DEFAULT_LOCALE)
    return { locale: match[1], path: match[2] && match[2] !== '' ? (match[2].startsWith('/') ? match[2] : `/${match[2]}`) : '/' }
  return { locale: DEFAULT_LOCALE, path }
}

/** "November 21, 2026" / "21 de noviembre de 2026" for a YYYY-MM-DD date, the same on every server. */
export function formatDate(iso: string, locale: Locale = DEFAULT_LOCALE): string {
  return new Date(`${iso}T12:00:00Z`).toLocaleDateString(LOCALE_INFO[locale].intl, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' })
}
