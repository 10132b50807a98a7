/**
 * The change log of the built site: lib/changes/changes.ts over the loaded content of a language (section
 * titles from the section pages), plus the feed links each page advertises.
 */
import { getArticle, getArticles } from '../content'
import { getSections } from '../sections/sections'
import { articleChangeEntries, atomFeed, feedPaths, siteChangeEntries, type ChangeEntry } from './changes'
import { dictionary, type Locale } from '../i18n'
import { siteUrl } from '../pages/site'

function titlesOf(slug: string, locale: Locale): Map<string, string> {
  return new Map(
    getSections(locale)
      .filter((s) => s.slug === slug)
      .map((s) => [s.id, s.title]),
  )
}

export function getArticleChanges(slug: string, locale: Locale): ChangeEntry[] {
  const article = getArticle(slug, locale)
  return article ? articleChangeEntries(article, titlesOf(slug, locale), locale) : []
}

export function getSiteChanges(locale: Locale): ChangeEntry[] {
  return siteChangeEntries(
    getArticles(locale).map((article) => ({ article, titles: titlesOf(article.slug, locale) })),
    locale,
  )
}

/** The Atom feed of the site (no slug) or of one article. */
export function feedXml(locale: Locale, slug?: string): string {
  if (!slug) return atomFeed({ entries: getSiteChanges(locale), locale, base: siteUrl() })
  return atomFeed({ entries: getArticleChanges(slug, locale), locale, base: siteUrl(), slug, articleTitle: getArticle(slug, locale)?.title })
}

/** `<link rel="alternate" type="application/atom+xml">` for a page: its article's feed (if any) and the site's. */
export function feedAlternates(locale: Locale, slug?: string): { 'application/atom+xml': { url: string; title: string }[] } {
  const u = dictionary(locale).updates
  const site = { url: feedPaths(locale).feed, title: u.feedTitle(dictionary(locale).site.name) }
  const title = slug ? getArticle(slug, locale)?.title : undefined
  return { 'application/atom+xml': [...(slug && title ? [{ url: feedPaths(locale, slug).feed, title: u.articleFeedTitle(title) }] : []), site] }
}
