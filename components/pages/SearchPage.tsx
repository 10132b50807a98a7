import { PageFrame } from '@/components/layout/PageFrame'
import { MAX_QUERY_LENGTH } from '@/lib/search/analyze'
import { articleIndex, searchSuggestions, siteSearchDocs } from '@/lib/search/docs'
import { pageMetadata } from '@/lib/pages/metadata'
import { Rich } from '@/components/i18n/Rich'
import { dictionary, localePath, type Locale } from '@/lib/i18n'
import '@/components/enhance/search-ui.css'

export const searchMetadata = (locale: Locale) => {
  const s = dictionary(locale).search
  return pageMetadata({ locale, title: s.metaTitle, description: s.metaDescription, path: '/search', card: 'search' })
}

/**
 * /search?q=... (shareable). The `search` island (loaded by the header) runs the box and shows
 * results; without JavaScript the box stays off and the page is a plain index of every section.
 */
export function SearchPage({ locale }: { locale: Locale }) {
  const t = dictionary(locale).search
  const articles = articleIndex(locale)
  const [before, after] = t.nothing.split('{query}') as [string, string]
  return (
    <PageFrame locale={locale} current="search" path="/search">
      <h1 className="text-3xl font-bold text-ink">{t.title}</h1>
      <p className="mt-3 text-lg">{t.intro}</p>
      <search id="search-page" className="mt-6 block">
        <form action={localePath(locale, '/search')} method="get" className="rounded-xl border border-line bg-surface p-4">
          <label htmlFor="search-page-q" className="block font-semibold text-ink">
            {t.label}
          </label>
          <input
            id="search-page-q"
            name="q"
            type="search"
            maxLength={MAX_QUERY_LENGTH}
            autoComplete="off"
            spellCheck={false}
            disabled
            aria-describedby="search-page-status"
            placeholder={t.needsJs}
            data-ready-placeholder={t.example}
            className="site-search-input mt-2 w-full"
          />
          {/* Enter searches as you type; the button is the explicit way to submit (and reload with ?q=). */}
          <button type="submit" className="mt-2 rounded-lg border-2 border-accent px-4 py-2 font-semibold text-accent">
            {t.button}
          </button>
        </form>
        <p id="search-page-status" data-status="" role="status" aria-live="polite" className="mt-3 min-h-[1.5em] text-sm font-semibold text-ink" />
        <div data-results="" hidden>
          <h2 className="sr-only">{t.results}</h2>
          <ol data-hits="" className="site-search-results site-search-page-results" />
          <div data-empty="" hidden className="site-search-empty">
            <p className="site-search-empty-title">
              {before}
              <span data-empty-query="" />
              {after}
            </p>
            <ul className="site-search-suggestions">
              {searchSuggestions(siteSearchDocs(locale), locale).map((s) => (
                <li key={s.href}>
                  <a href={s.href}>{s.title}</a> ({s.article})
                </li>
              ))}
              <li>
                <a href={localePath(locale, '/glossary')}>{t.glossaryLink}</a>
              </li>
            </ul>
          </div>
        </div>
      </search>
      <section id="search-index" aria-labelledby="search-index-title" className="mt-8">
        <h2 id="search-index-title" className="text-2xl font-bold text-ink">
          {t.everyTitle}
        </h2>
        {articles.map((a) => (
          <div key={a.href} className="mt-6">
            <h3 className="text-lg font-semibold">
              <a href={a.href}>{a.title}</a>
            </h3>
            <ul className="mt-2 list-disc grid gap-1 ps-5">
              {a.sections.map((s) => (
                <li key={s.href}>
                  <a href={s.href}>{s.title}</a>
                </li>
              ))}
            </ul>
          </div>
        ))}
        <p className="mt-6">
          <Rich text={t.wordsExplained} locale={locale} />
        </p>
      </section>
    </PageFrame>
  )
}
