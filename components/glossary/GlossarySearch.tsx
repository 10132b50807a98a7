import { MAX_QUERY_LENGTH } from '@/lib/glossary-search'
import { Island } from '@/components/islands/Island'
import { getPageLocale, t } from '@/lib/i18n/page-locale'
import { localePath } from '@/lib/i18n'

/**
 * The glossary's search box and result area, server-rendered. The full list below is readable
 * without JavaScript; the `glossary` island (components/islands/glossary.ts) enables the box,
 * filters and ranks terms as the reader types, keeps the query in the URL (?q=) so a search can
 * be shared, and announces the number of results politely.
 */
export function GlossarySearch() {
  const g = t().glossary
  const [before, after] = g.nothingFound.split('{query}') as [string, string]
  return (
    <search className="block">
      <div className="rounded-xl border border-line bg-surface p-4">
        <label htmlFor="glossary-q" className="block font-semibold text-ink">
          {g.searchLabel}
        </label>
        <p id="glossary-q-hint" className="text-sm text-muted">
          {g.searchHint} <span className="no-js">{g.searchHintNoJs}</span>
        </p>
        <input
          id="glossary-q"
          type="search"
          maxLength={MAX_QUERY_LENGTH}
          autoComplete="off"
          spellCheck={false}
          disabled
          aria-describedby="glossary-q-hint"
          aria-controls="glossary-results"
          placeholder={g.searchNeedsJs}
          data-ready-placeholder={g.searchExample}
          className="mt-2 w-full rounded-lg border-2 border-line bg-page px-3 py-2.5 text-base text-ink placeholder:text-muted focus:border-accent"
        />
      </div>
      <p id="glossary-status" role="status" aria-live="polite" className="mt-3 min-h-[1.5em] text-sm font-semibold text-ink" />
      <div id="glossary-results" hidden>
        <h2 className="sr-only">{g.results}</h2>
        <p data-searching="" hidden className="text-muted">
          {g.searching}
        </p>
        <div data-empty="" hidden className="rounded-xl border border-line bg-surface p-5">
          <p className="font-semibold text-ink">
            {before}
            <span data-empty-query="" />
            {after}
          </p>
          <ul className="mt-2 list-disc grid gap-1 ps-5">
            <li>{g.tryShorter}</li>
            <li>{g.tryOther}</li>
            <li>
              <button type="button" className="text-accent underline" data-clear-search="">
                {g.clear}
              </button>
              {g.clearAfter}
            </li>
          </ul>
        </div>
        <ol data-hits="" className="grid gap-3" />
        {/* A question ("can I drive home?") is answered by an article, not a definition: the island
            fills in the query and shows this link whenever the box holds one. */}
        <p data-site-search-link="" hidden className="mt-4">
          <a href={localePath(getPageLocale(), '/search')} data-template={g.searchArticles} className="font-semibold text-accent underline" />
        </p>
      </div>
      <Island name="glossary" locale={getPageLocale()} />
    </search>
  )
}
