import type { MetadataRoute } from 'next'
import { getArticles } from '@/lib/content'
import { LOCALE_INFO, LOCALES, localePath } from '@/lib/i18n'
import { getSections, sectionPath } from '@/lib/sections/sections'
import { absoluteUrl } from '@/lib/pages/site'

// Written to a file at build time (static export).
export const dynamic = 'force-static'

/** Every page in every language, with the last review date of its content and its hreflang alternates. */
export default function sitemap(): MetadataRoute.Sitemap {
  const articles = getArticles()
  const latest = articles
    .map((a) => a.lastReviewed)
    .sort()
    .at(-1)
  const pages: { path: string; lastModified?: string }[] = [
    { path: '/', lastModified: latest },
    ...articles.map((a) => ({ path: `/articles/${a.slug}`, lastModified: a.lastReviewed })),
    ...getSections().map((s) => ({ path: sectionPath(s.slug, s.id), lastModified: s.article.lastReviewed })),
    ...['/glossary', '/search', '/sources', '/about', '/handout', '/help'].map((path) => ({ path, lastModified: latest })),
    // The change log changes when a change is added: its newest change's date.
    {
      path: '/updates',
      lastModified: articles
        .flatMap((a) => a.changes.map((c) => c.date))
        .sort()
        .at(-1),
    },
  ]
  return LOCALES.flatMap((locale) =>
    pages.map(({ path, lastModified }) => ({
      url: absoluteUrl(localePath(locale, path)),
      lastModified,
      alternates: { languages: Object.fromEntries(LOCALES.map((l) => [LOCALE_INFO[l].lang, absoluteUrl(localePath(l, path))])) },
    })),
  )
}
