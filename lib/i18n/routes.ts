/**
 * The translated languages share one route tree, app/[locale]/, built from the locale list
 * (English, the default, stays at the root in app/(default)/). Its pages read their language from the
 * address with translatedLocale(); only the languages in lib/i18n/locales.ts are ever built.
 */
import { notFound } from 'next/navigation'
import { DEFAULT_LOCALE, isLocale, TRANSLATED_LOCALES, type Locale } from './locales'

export type LocaleParams = Promise<{ locale: string }>

/** The static params of the translated tree: one per language other than the default. */
export const translatedLocaleParams = () => TRANSLATED_LOCALES.map((locale) => ({ locale }))

/** The language of a page in app/[locale]/; any other segment is not a page. */
export async function translatedLocale(params: LocaleParams): Promise<Locale> {
  const { locale } = await params
  if (!isLocale(locale) || locale === DEFAULT_LOCALE) notFound()
  return locale
}
