import { Island } from '@/components/islands/Island'
import { siteSearchVersion } from '@/lib/site-search-docs'
import { getPageLocale, t } from '@/lib/i18n/page-locale'
import { localePath } from '@/lib/i18n'

/**
 * The header's search. Without JavaScript it is a plain link to /search (an index of every
 * article and section). The `search` island (components/islands/search.ts) turns it into a
 * button that opens a search panel, and the `/` key opens it from anywhere on the page. The
 * index version ties this page to the index files of the same build.
 */
export function HeaderSearch() {
  const locale = getPageLocale()
  return (
    <div className="site-search" data-site-search="" data-index-version={siteSearchVersion(locale)} data-index-base={localePath(locale, '/search/index')}>
      <a href={localePath(locale, '/search')} className="site-search-open" data-search-open="">
        <svg aria-hidden="true" viewBox="0 0 24 24" className="site-search-icon">
          <circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" strokeWidth="2.25" />
          <path d="M15.5 15.5 21 21" stroke="currentColor" strokeWidth="2.25" strokeLinecap="round" />
        </svg>
        <span className="site-search-label sr-only sm:not-sr-only">{t().chrome.search}</span>
        <kbd className="site-search-key" aria-hidden="true">
          /
        </kbd>
      </a>
      <Island name="search" locale={locale} />
    </div>
  )
}
