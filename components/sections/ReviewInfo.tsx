import type { ArticleMeta } from '@/lib/content'
import { DEFAULT_LOCALE, dictionary, formatDate, localePath, type Locale } from '@/lib/i18n'
import { getArticleChanges } from '@/lib/changes/change-log'
import { reviewerName } from '@/lib/content/schemas/article'
import { feedPaths, sectionChangeEntries } from '@/lib/changes/changes'
import { ChangeLine, ChangeList } from './ChangeList'
import { Rich } from '@/components/i18n/Rich'
import { HeadingTools } from '@/components/mdx/Heading'
import { titleSlug } from '@/lib/mdx/headings.mjs'
import { ReportProblem } from './ReportProblem'

/**
 * "About this page": an article's review facts, on the article itself and on each of its section
 * pages (which also name the article they come from). Its heading's id comes from its English
 * title on every edition, as section ids do (#about-this-page; lib/mdx/headings.mjs PAGE_IDS keeps
 * callouts off it), with the self-link and copy button of every heading.
 */
export function ReviewInfo({
  locale,
  article,
  partOf = true,
  page,
  sectionId,
}: {
  locale: Locale
  article: ArticleMeta
  partOf?: boolean
  page?: { title: string; path: string }
  /** On a section page: its History lists the changes that touched this section. */
  sectionId?: string
}) {
  const s = dictionary(locale).article
  const u = dictionary(locale).updates
  const entries = getArticleChanges(article.slug, locale)
  const latest = entries[0]
  const shown = sectionId ? sectionChangeEntries(entries, sectionId) : entries
  const headingId = titleSlug(dictionary(DEFAULT_LOCALE).article.about)
  return (
    <section aria-labelledby={headingId} className="review-info mt-10 rounded-xl border border-line bg-surface p-5 text-sm">
      <div className="heading-wrap">
        <h2 id={headingId} className="text-base font-semibold text-ink">
          {s.about}
        </h2>
        <HeadingTools id={headingId} name={s.about} locale={locale} />
      </div>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        {partOf ? (
          <>
            <dt className="text-muted">{s.partOf}</dt>
            <dd>
              <a href={localePath(locale, `/articles/${article.slug}`)}>{article.title}</a>
            </dd>
          </>
        ) : null}
        <dt className="text-muted">{s.lastReviewed.replace(/:$/, '')}</dt>
        <dd>
          <time dateTime={article.lastReviewed}>{formatDate(article.lastReviewed, locale)}</time>
        </dd>
        <dt className="text-muted">{s.nextReview}</dt>
        <dd>
          <time dateTime={article.nextReview}>{formatDate(article.nextReview, locale)}</time>
        </dd>
        <dt className="text-muted">{s.reviewedBy}</dt>
        <dd>
          {reviewerName(article.reviewedBy)} ({article.reviewedBy.role}),{' '}
          <time dateTime={article.reviewedBy.date}>{formatDate(article.reviewedBy.date, locale)}</time>
        </dd>
        <dt className="text-muted">{s.conflicts}</dt>
        <dd>{article.reviewedBy.conflicts}</dd>
        {latest ? (
          <>
            <dt className="text-muted">{u.latest}</dt>
            <dd>
              <ChangeLine locale={locale} entry={latest} />
            </dd>
          </>
        ) : null}
      </dl>
      {shown.length ? (
        <details className="mt-3">
          <summary className="cursor-pointer font-semibold text-ink">{sectionId ? u.sectionHistory : u.history}</summary>
          <ChangeList locale={locale} entries={shown} />
          <p className="mt-2">
            <a href={feedPaths(locale, article.slug).feed} type="application/atom+xml">
              {u.articleFeedLink}
            </a>{' '}
            · <a href={localePath(locale, '/updates')}>{u.allChanges}</a>
          </p>
        </details>
      ) : null}
      <p className="mt-3 text-muted">
        <Rich text={s.policy} locale={locale} />
      </p>
      <ReportProblem
        locale={locale}
        title={page?.title ?? article.title}
        path={page?.path ?? localePath(locale, `/articles/${article.slug}`)}
        reviewed={article.lastReviewed}
      />
    </section>
  )
}
