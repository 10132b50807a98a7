/**
 * The language of the page being rendered, for components deep in the tree (the MDX components a
 * writer uses cannot take a `locale` prop). A page calls setPageLocale() first thing; React's
 * cache() scopes the value to that one render, so pages built in parallel never share it.
 * (The pattern next-intl uses for static rendering: setRequestLocale.)
 */
import { cache } from 'react'
import { dictionary, DEFAULT_LOCALE, type Dictionary, type Locale } from './index'

const current = cache((): { locale: Locale } => ({ locale: DEFAULT_LOCALE }))

export function setPageLocale(locale: Locale): void {
  current().locale = locale
}

export function getPageLocale(): Locale {
  return current().locale
}

/** The strings of the page being rendered. */
export function t(): Dictionary {
  return dictionary(getPageLocale())
}
