import { PageFrame } from '@/components/layout/PageFrame'
import { MAX_QUERY_LENGTH } from '@/lib/site-search'
import { articleIndex, searchSuggestions } from '@/lib/site-search-docs'
import { pageMetadata } from '@/lib/metadata'

export const metadata = pageMetadata({
  title: 'Search articles and the glossary',
  description: 'Search every section of every article and every glossary term. Spelling mistakes, brand names and everyday words are fine. Your search stays on your device.',
  path: '/search',
  card: 'search',
})

/**
 * /search?q=... (shareable). The `search` island (loaded by the header) runs the box and shows
 * results; without JavaScript the box stays off and the page is a plain index of every section.
 */
export default function SearchPage() {
  const articles = articleIndex()
  return (
    <PageFrame current="search">
      <h1 className="text-3xl font-bold text-ink">Search</h1>
      <p className="mt-3 text-lg">Every section of every article, and every word in the glossary. Spelling mistakes are fine. What you type stays on your device.</p>
      <search id="search-page" className="mt-6 block">
        <form action="/search" method="get" className="rounded-xl border border-line bg-surface p-4">
          <label htmlFor="search-page-q" className="block font-semibold text-ink">
            Search articles and the glossary
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
            placeholder="Search needs JavaScript. Every section is listed below."
            data-ready-placeholder="For example: can I drive after Spravato?"
            className="site-search-input mt-2 w-full"
          />
          {/* Enter searches as you type; the button is the explicit way to submit (and reload with ?q=). */}
          <button type="submit" className="mt-2 rounded-lg border-2 border-accent px-4 py-2 font-semibold text-accent">
            Search
          </button>
        </form>
        <p id="search-page-status" data-status="" role="status" aria-live="polite" className="mt-3 min-h-[1.5em] text-sm font-semibold text-ink" />
        <div data-results="" hidden>
          <h2 className="sr-only">Results</h2>
          <ol data-hits="" className="site-search-results site-search-page-results" />
          <div data-empty="" hidden className="site-search-empty">
            <p className="site-search-empty-title">
              Nothing matches “<span data-empty-query="" />”. Try other words, or one of these:
            </p>
            <ul className="site-search-suggestions">
              {searchSuggestions().map((s) => (
                <li key={s.href}>
                  <a href={s.href}>{s.title}</a> ({s.article})
                </li>
              ))}
              <li>
                <a href="/glossary">Look up a word in the glossary</a>
              </li>
            </ul>
          </div>
        </div>
      </search>
      <section id="search-index" aria-labelledby="search-index-title" className="mt-8">
        <h2 id="search-index-title" className="text-2xl font-bold text-ink">
          Every article and section
        </h2>
        {articles.map((a) => (
          <div key={a.href} className="mt-6">
            <h3 className="text-lg font-semibold">
              <a href={a.href}>{a.title}</a>
            </h3>
            <ul className="mt-2 list-disc space-y-1 pl-5">
              {a.sections.map((s) => (
                <li key={s.href}>
                  <a href={s.href}>{s.title}</a>
                </li>
              ))}
            </ul>
          </div>
        ))}
        <p className="mt-6">
          Words and names explained: <a href="/glossary">the glossary</a>.
        </p>
      </section>
    </PageFrame>
  )
}
