/**
 * Link-preview metadata (title, description, canonical, hreflang, Open Graph, Twitter) for a page,
 * so every page previews with its own words and card when a link is pasted into a message.
 */
import type { Metadata, Viewport } from 'next'
import { DEFAULT_LOCALE, dictionary, LOCALE_INFO, LOCALES, localePath, type Locale } from '../i18n'
import { pageOgImage } from './og'

/**
 * Canonical and hreflang alternates of a page given by its English path: each language points to
 * every language (itself included) and x-default to English, as search engines ask.
 */
export function alternates(locale: Locale, path: string): NonNullable<Metadata['alternates']> {
  return {
    canonical: localePath(locale, path),
    languages: { ...Object.fromEntries(LOCALES.map((l) => [LOCALE_INFO[l].lang, localePath(l, path)])), 'x-default': path },
  }
}

/** Every page's viewport and theme colours (both root layouts export it). */
export const siteViewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbfaf7' },
    { media: '(prefers-color-scheme: dark)', color: '#10171c' },
  ],
}

/** The site-wide defaults of one language (the root layouts): title template, description. */
export function siteMetadata(locale: Locale, base: string): Metadata {
  const s = dictionary(locale).site
  return {
    metadataBase: new URL(base),
    title: { default: s.name, template: `%s | ${s.name}` },
    description: s.description,
    applicationName: s.name,
    formatDetection: { telephone: false },
  }
}

export function pageMetadata({
  locale = DEFAULT_LOCALE,
  title,
  description,
  path,
  card,
  absolute = false,
}: {
  locale?: Locale
  title: string
  description: string
  /** The English path; the Spanish page's is derived from it. */
  path: string
  card: string
  absolute?: boolean
}): Metadata {
  const images = pageOgImage(card, locale)
  const siteName = dictionary(locale).site.name
  return {
    // `absolute` skips the "| Ketamine Therapy Guide" suffix (the home page's title is the name).
    title: absolute ? { absolute: title } : title,
    description,
    alternates: alternates(locale, path),
    openGraph: { type: 'website', title, description, url: localePath(locale, path), siteName, locale: LOCALE_INFO[locale].og, images },
    twitter: { card: 'summary_large_image', title, description, images },
  }
}
