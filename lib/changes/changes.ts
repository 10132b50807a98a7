/**
 * The change log (#27): every article's `changes:` as entries a page, a section page, /updates
 * and the Atom feeds show. Pure functions over loaded articles and their section titles, so the
 * feeds can be built from any content folder (tests/unit/changes.test.ts builds them from a
 * scratch copy). Dates are the content's dates, never the build's: a rebuild with no content
 * change writes every feed byte for byte the same.
 */
import { Feed } from 'feed'
import type { ArticleMeta } from '../content'
import { dictionary, localePath, type Locale } from '../i18n'

export type ChangeKind = ArticleMeta['changes'][number]['kind']

/** One change, ready to show or syndicate. Paths are site paths in the page's language. */
export interface ChangeEntry {
  /** Stable within the site: `<slug>-<date>-<n>`, n counting that article's changes of that day from the oldest. The anchor on /updates and the feed entry's id. */
  anchor: string
  slug: string
  articleTitle: string
  articlePath: string
  date: string
  kind: ChangeKind
  summary: string
  /** The sections it touched, in the order written; empty for a change to the whole page. */
  sections: { id: string; title: string; path: string }[]
  /** Where a reader goes to see it: the first section it touched, else the article. */
  link: string
}

type ArticleChanges = Pick<ArticleMeta, 'slug' | 'title' | 'order' | 'changes'>

/** One article's changes, newest first (as written; ties keep their written order). `titles`: its "##" section titles by id. */
export function articleChangeEntries(article: ArticleChanges, titles: ReadonlyMap<string, string>, locale: Locale): ChangeEntry[] {
  const articlePath = localePath(locale, `/articles/${article.slug}`)
  const seen = new Map<string, number>()
  // Numbered from the oldest, so a new entry at the top never renumbers the ones below it.
  const numbered = [...article.changes].reverse().map((change) => {
    const n = (seen.get(change.date) ?? 0) + 1
    seen.set(change.date, n)
    const sections = change.sections.map((id) => ({ id, title: titles.get(id) ?? id, path: localePath(locale, `/articles/${article.slug}/${id}`) }))
    return {
      anchor: `${article.slug}-${change.date}-${n}`,
      slug: article.slug,
      articleTitle: article.title,
      articlePath,
      date: change.date,
      kind: change.kind,
      summary: change.summary,
      sections,
      link: sections[0]?.path ?? articlePath,
    }
  })
  return numbered.reverse().sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
}

/** Every change of every article, newest first; a day's changes in reading order. */
export function siteChangeEntries(articles: { article: ArticleChanges; titles: ReadonlyMap<string, string> }[], locale: Locale): ChangeEntry[] {
  const byOrder = [...articles].sort((a, b) => a.article.order - b.article.order)
  const all = byOrder.flatMap(({ article, titles }, rank) => articleChangeEntries(article, titles, locale).map((entry, i) => ({ entry, rank, i })))
  all.sort((a, b) => (a.entry.date < b.entry.date ? 1 : a.entry.date > b.entry.date ? -1 : a.rank - b.rank || a.i - b.i))
  return all.map((x) => x.entry)
}

/** The changes a section page shows: those that name it, and those to the whole page. */
export function sectionChangeEntries(entries: ChangeEntry[], id: string): ChangeEntry[] {
  return entries.filter((e) => e.sections.length === 0 || e.sections.some((s) => s.id === id))
}

/** The feed and page addresses: site-wide, or one article's. */
export function feedPaths(locale: Locale, slug?: string): { page: string; feed: string } {
  return slug
    ? { page: localePath(locale, `/articles/${slug}`), feed: localePath(locale, `/articles/${slug}/updates.xml`) }
    : { page: localePath(locale, '/updates'), feed: localePath(locale, '/updates.xml') }
}

const atomDate = (iso: string) => new Date(`${iso}T00:00:00Z`)

/**
 * An Atom feed of these entries (the `feed` package writes the XML). `base`: the site's origin
 * (SITE_URL). Each entry's id is its place on /updates (`<base>/updates#<anchor>`), its `updated`
 * the change's date, its link the section page; the feed's `updated` is the newest change's date.
 */
export function atomFeed({
  entries,
  locale,
  base,
  slug,
  articleTitle,
}: {
  entries: ChangeEntry[]
  locale: Locale
  base: string
  slug?: string
  articleTitle?: string
}): string {
  const s = dictionary(locale)
  const u = s.updates
  const { page, feed: self } = feedPaths(locale, slug)
  const updatesPage = `${base}${localePath(locale, '/updates')}`
  const newest = entries[0]?.date
  const feed = new Feed({
    id: `${base}${page}`,
    title: slug && articleTitle ? u.articleFeedTitle(articleTitle) : u.feedTitle(s.site.name),
    description: u.feedDescription,
    link: `${base}${page}`,
    language: locale,
    // An empty feed has no change to date it by; the Unix epoch keeps it stable too.
    updated: atomDate(newest ?? '1970-01-01'),
    generator: false,
    feedLinks: { atom: `${base}${self}` },
    author: { name: s.site.name, link: `${base}${localePath(locale, '/about')}` },
  })
  for (const e of entries) {
    const where = e.sections.length ? e.sections.map((x) => x.title).join('; ') : u.wholePage
    feed.addItem({
      id: `${updatesPage}#${e.anchor}`,
      title: `${u.kind[e.kind]}: ${e.articleTitle}`,
      link: `${base}${e.link}`,
      date: atomDate(e.date),
      description: `${e.summary} (${u.sectionsLabel} ${where})`,
    })
  }
  return feed.atom1()
}
