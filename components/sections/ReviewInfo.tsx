import type { ArticleMeta } from '@/lib/content'
import { formatDate } from '@/lib/site'
import { CrisisText } from '@/components/mdx/CrisisNumber'

/**
 * "About this page": an article's review facts, on the article itself and on each of its section
 * pages (which also name the article they come from).
 */
export function ReviewInfo({ article, headingId = 'review-info', partOf = true }: { article: ArticleMeta; headingId?: string; partOf?: boolean }) {
  return (
    <section aria-labelledby={headingId} className="review-info mt-10 rounded-xl border border-line bg-surface p-5 text-sm">
      <h2 id={headingId} className="text-base font-semibold text-ink">
        About this page
      </h2>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        {partOf ? (
          <>
            <dt className="text-muted">Part of</dt>
            <dd>
              <a href={`/articles/${article.slug}`}>{article.title}</a>
            </dd>
          </>
        ) : null}
        <dt className="text-muted">Last reviewed</dt>
        <dd>
          <time dateTime={article.lastReviewed}>{formatDate(article.lastReviewed)}</time>
        </dd>
        <dt className="text-muted">Next review due</dt>
        <dd>
          <time dateTime={article.nextReview}>{formatDate(article.nextReview)}</time>
        </dd>
        <dt className="text-muted">Reviewed by</dt>
        <dd>{article.reviewedBy}</dd>
        {article.whatChanged ? (
          <>
            <dt className="text-muted">What changed</dt>
            <dd>
              <CrisisText text={article.whatChanged} />
            </dd>
          </>
        ) : null}
      </dl>
      <p className="mt-3 text-muted">
        How we write and check pages: <a href="/about#editorial-policy">editorial policy</a>.
      </p>
    </section>
  )
}
