import type { ReactNode } from 'react'
import { Island } from '@/components/islands/Island'
import type { ArticleMeta } from '@/lib/content'
import type { TocItem } from '@/lib/sections/toc'
import { dictionary, formatDate, localePath, type Locale } from '@/lib/i18n'
import { PrintLine } from '@/components/sections/PrintLine'
import { JsonLd } from './JsonLd'
import { TableOfContents } from './TableOfContents'
import { ReviewInfo } from '@/components/sections/ReviewInfo'
import { reviewerName } from '@/lib/content/schemas/article'

/** The frame of an article: title, review facts, table of contents, body, enhancements. */
export function ArticleShell({
  locale,
  article,
  toc,
  jsonLd,
  children,
}: {
  locale: Locale
  article: ArticleMeta
  toc: TocItem[]
  jsonLd: object
  children: ReactNode
}) {
  const s = dictionary(locale)
  return (
    <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_15rem] lg:gap-12">
      <article id="article" className="min-w-0">
        <PrintLine locale={locale} path={localePath(locale, `/articles/${article.slug}`)} reviewed={article.lastReviewed} />
        <header>
          <p className="text-sm font-semibold [letter-spacing:0.025em] text-muted uppercase">{s.article.position(article.position, article.of)}</p>
          <h1 className="mt-1 text-3xl leading-tight font-bold text-ink sm:text-4xl">{article.title}</h1>
          {/* The description stays in the page's metadata (search results); on the page the main message, first in the body, is the lead. */}
          <p className="mt-3 text-sm text-muted">
            {s.article.lastReviewed} <time dateTime={article.lastReviewed}>{formatDate(article.lastReviewed, locale)}</time> {s.article.by}{' '}
            {reviewerName(article.reviewedBy)}.
          </p>
        </header>
        <TableOfContents locale={locale} items={toc} variant="mobile" />
        <div className="prose mt-6 max-w-measure">{children}</div>
        <ReviewInfo locale={locale} article={article} partOf={false} />
        <Popovers locale={locale} />
        <Island name="article" locale={locale} />
        <JsonLd data={jsonLd} />
      </article>
      <aside className="no-print">
        <TableOfContents locale={locale} items={toc} variant="desktop" />
      </aside>
    </div>
  )
}

/** The two popover shells the article island fills: a term definition and a citation preview. */
export function Popovers({ locale }: { locale: Locale }) {
  const s = dictionary(locale)
  return (
    <>
      <div id="term-popover" popover="auto" role="dialog" aria-labelledby="term-popover-title" tabIndex={-1} className="popover-card">
        <div className="flex items-start justify-between gap-3">
          <p id="term-popover-title" data-popover-title="" className="font-semibold text-ink" />
          <button type="button" data-popover-close="" className="-mt-1 -me-2 rounded px-2 text-muted hover:text-ink" aria-label={s.article.closeDefinition}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
        <p data-popover-body="" className="mt-1" />
        <a data-popover-more="" href={localePath(locale, '/glossary')} className="mt-2 inline-block">
          {s.article.readFullEntry}
        </a>
      </div>
      <div id="cite-preview" popover="manual" role="tooltip" className="popover-card pointer-events-none" />
    </>
  )
}
