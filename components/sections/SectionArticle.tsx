import { Figure, type FigureProps } from '@/components/figures'
import { mdxComponents } from '@/components/mdx'
import { articleModule, articlePage } from '@/components/mdx/article-module'
import { Island } from '@/components/islands/Island'
import { Popovers } from '@/components/layout/ArticleShell'
import { JsonLd } from '@/components/layout/JsonLd'
import { sectionJsonLd } from '@/lib/sections/section-jsonld'
import type { Section, SectionLink } from '@/lib/sections/sections'
import { DEFAULT_LOCALE, dictionary, formatDate, localePath, type Locale } from '@/lib/i18n'
import { PrintLine } from './PrintLine'
import { PrintableLink } from './PrintableLink'
import { ReviewInfo } from './ReviewInfo'
import { reviewerName } from '@/lib/content/schemas/article'
import { staleSections } from '@/lib/content/freshness'
import { StaleNote } from '@/components/sections/StaleNotes'

const BUTTON =
  'inline-flex items-center rounded-lg border-2 border-line px-3 py-1.5 text-[0.95rem] font-semibold text-ink no-underline hover:border-accent hover:text-accent'

/**
 * One section on its own page: the question as the h1, its text, figures and callouts, its own
 * numbered references, the article's review facts, and links onward. The crisis help is in the
 * site footer of every page. Term definitions, citation previews and copy-link use the article
 * island, as on the full article. The build reads this same page (the data-* attributes and
 * [data-section-body]) to write the section's handout data (lib/build/handout-writer.ts).
 */
export async function SectionArticle({ locale, section }: { locale: Locale; section: Section }) {
  const { article } = section
  const s = dictionary(locale).section
  // The article's own compiled module: this section's page is one part of it.
  const { default: Content, sections } = await articleModule(locale, article.slug)
  const citations = sections?.[section.id]?.citations ?? []
  const articlePath = localePath(locale, `/articles/${article.slug}`)
  const whole = `${articlePath}#${section.id}`
  const stale = locale === DEFAULT_LOCALE ? undefined : staleSections(article, locale).find((x) => x.id === section.id)
  // Links inside a figure to other sections (#origins) point into the article from here.
  const components = {
    ...mdxComponents(articlePage(article, locale, section.id)),
    a: PrintableLink,
    Figure: (props: Omit<FigureProps, 'locale'>) => <Figure {...props} locale={locale} page={articlePath} />,
  }
  return (
    <article
      id="article"
      className="section-page min-w-0"
      aria-labelledby="section-title"
      data-section-key={section.key}
      data-article-title={article.title}
      data-reviewed={formatDate(article.lastReviewed, locale)}
    >
      <PrintLine locale={locale} path={section.path} reviewed={article.lastReviewed} />
      <header>
        <p className="text-sm font-semibold text-muted">
          {s.from} <a href={articlePath}>{article.title}</a>
          <span className="whitespace-nowrap"> · {s.position(section.position, section.count)}</span>
        </p>
        <h1 id="section-title" className="mt-2 text-3xl leading-tight font-bold text-ink sm:text-4xl">
          {section.title}
        </h1>
        <p className="mt-3 text-sm text-muted">
          {dictionary(locale).article.lastReviewed} <time dateTime={article.lastReviewed}>{formatDate(article.lastReviewed, locale)}</time>{' '}
          {dictionary(locale).article.by} {reviewerName(article.reviewedBy)}.
        </p>
        <div className="no-print mt-4 flex flex-wrap gap-2">
          <a href={whole} className={BUTTON}>
            {s.readWhole}
          </a>
          <button type="button" className={`js-only ${BUTTON}`} data-copy-link={section.id} data-section-page={section.path} data-heading={section.title}>
            {s.copyLink}
            <span className="sr-only">{s.toThisSection}</span>
          </button>
          <a href={localePath(locale, `/handout?s=${section.key}`)} className={`js-only ${BUTTON}`} data-add-to-handout={section.key}>
            {dictionary(locale).headings.addToHandout}
          </a>
        </div>
      </header>
      {stale ? <StaleNote id={section.id} english={stale.english} date={stale.updated} locale={locale} /> : null}
      <div className="prose mt-6 max-w-measure" data-section-body="">
        <Content components={components} />
      </div>
      <SectionPager locale={locale} section={section} whole={whole} />
      <ReviewInfo locale={locale} article={article} page={{ title: `${section.title} (${article.title})`, path: section.path }} sectionId={section.id} />
      <Popovers locale={locale} />
      <Island name="article" locale={locale} />
      <JsonLd data={sectionJsonLd(section, citations)} />
    </article>
  )
}

function SectionPager({ locale, section, whole }: { locale: Locale; section: Section; whole: string }) {
  const s = dictionary(locale).section
  const step = (link: SectionLink | undefined, label: string, rel: 'prev' | 'next') =>
    link ? (
      <a href={link.path} rel={rel} className="block h-full rounded-xl border border-line bg-surface p-4 no-underline hover:border-accent">
        <span className="block text-sm text-muted">{label}</span>
        <span className="mt-0.5 block font-semibold text-accent">{link.title}</span>
      </a>
    ) : null
  return (
    <nav aria-label={s.moreFrom} className="section-pager no-print mt-10">
      <p>
        <a href={whole} className="font-semibold">
          {s.readWhole}
        </a>
      </p>
      <ul className="mt-4 grid gap-3 sm:grid-cols-2">
        {section.previous ? <li>{step(section.previous, s.previous, 'prev')}</li> : null}
        {section.next ? <li className="sm:col-start-2">{step(section.next, s.next, 'next')}</li> : null}
      </ul>
    </nav>
  )
}
