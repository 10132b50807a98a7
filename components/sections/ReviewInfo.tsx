import type { ArticleMeta } from '@/lib/content'
import { dictionary, formatDate, localePath } from '@/lib/i18n'
import { CrisisText } from '@/components/mdx/CrisisNumber'
import { getPageLocale, t } from '@/lib/i18n/page-locale'
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
export function ReviewInfo({ article, partOf = true, page }: { article: ArticleMeta; partOf?: boolean; page?: { title: string; path: string } }) {
  const locale = getPageLocale()
  const s = t().article
  const headingId = titleSlug(dictionary('en').article.about)
  return (
    <section aria-labelledby={headingId} className="review-info mt-10 rounded-xl border border-line bg-surface p-5 text-sm">
      <div className="heading-wrap">
        <h2 id={headingId} className="text-base font-semibold text-ink">
          {s.about}
        </h2>
        <HeadingTools id={headingId} name={s.about} />
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
        <dd>{article.reviewedBy}</dd>
        {article.whatChanged ? (
          <>
            <dt className="text-muted">{s.whatChanged}</dt>
            <dd>
              <CrisisText text={article.whatChanged} />
            </dd>
          </>
        ) : null}
      </dl>
      <p className="mt-3 text-muted">
        <Rich text={s.policy} />
      </p>
      <ReportProblem
        title={page?.title ?? article.title}
        path={page?.path ?? localePath(locale, `/articles/${article.slug}`)}
        reviewed={article.lastReviewed}
      />
    </section>
  )
}
