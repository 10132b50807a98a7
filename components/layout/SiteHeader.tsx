import { getArticles } from '@/lib/content'
import { dictionary, LOCALE_INFO, LOCALES, localePath } from '@/lib/i18n'
import { getPageLocale, t } from '@/lib/i18n/page-locale'
import { HeaderSearch } from './HeaderSearch'

/**
 * A bar and a menu row. The bar (site name, search, "Get help now") stays at the top of a phone's
 * screen while the reader scrolls: fixed in place by CSS alone (`position: sticky`), so it works
 * without JavaScript; with it, the search island slides the bar away while the reader scrolls down
 * and back on the first scroll up, and once the menu row is out of sight the bar shows the
 * language switch in place of the site name (the row height stays, so nothing moves). The menu row
 * (the articles, one row that scrolls sideways, no menu to open) scrolls away with the page.
 * Plain links: prefetching is off to keep requests down. `path` is this page's English path: the
 * language switches link to the same page in the other language.
 */
export function SiteHeader({ current, path }: { current?: string; path?: string }) {
  const locale = getPageLocale()
  const s = t()
  const links = [
    ...getArticles(locale).map((a) => ({ key: a.slug, href: localePath(locale, `/articles/${a.slug}`), label: a.navTitle })),
    { key: 'glossary', href: localePath(locale, '/glossary'), label: s.chrome.glossary },
  ]
  // The language switch: every other language, each named in its own words and marked as such.
  const switches = LOCALES.filter((l) => l !== locale).map((other) => ({
    key: other,
    name: LOCALE_INFO[other].name,
    invitation: dictionary(other).chrome.readInThisLanguage,
    props: { href: path ? localePath(other, path) : undefined, hrefLang: LOCALE_INFO[other].lang, lang: LOCALE_INFO[other].lang, 'data-language-switch': '' },
  }))
  return (
    <>
      <header className="site-bar border-b border-line bg-surface" data-site-bar="">
        <div className="mx-auto flex max-w-6xl items-center gap-2 px-4 py-1.5 sm:px-6">
          <a
            href={localePath(locale, '/')}
            className="me-auto inline-flex min-w-0 items-center gap-2 text-[0.95rem] font-bold text-ink no-underline sm:text-lg"
          >
            <svg aria-hidden="true" viewBox="0 0 32 32" className="h-7 w-7 shrink-0">
              <rect width="32" height="32" rx="7" fill="var(--accent)" />
              <path d="M9 8v16M9 16l9-8M12.5 13l6.5 11" stroke="var(--accent-ink)" strokeWidth="3" strokeLinecap="round" fill="none" />
            </svg>
            {/* The full name does not fit beside the buttons on a small phone; the short one may take two
                lines there rather than be cut ("Ketamine Gui…"). While the bar follows the reader it
                gives its place to the language switch (hidden from sight only: screen readers still read it). */}
            <span className="bar-name leading-tight sm:hidden">{s.site.shortName}</span>
            <span className="hidden truncate sm:inline">{s.site.name}</span>
          </a>
          {path
            ? switches.map((sw) => (
                <a
                  key={sw.key}
                  {...sw.props}
                  className="bar-switch shrink-0 rounded-md px-2 py-1.5 text-sm font-semibold whitespace-nowrap text-accent no-underline"
                >
                  {sw.name}
                </a>
              ))
            : null}
          <HeaderSearch />
          <a
            href={localePath(locale, '/help')}
            aria-current={current === 'help' ? 'page' : undefined}
            className="get-help shrink-0 rounded-full px-3 py-1.5 text-sm font-bold no-underline"
          >
            {s.chrome.getHelp}
          </a>
        </div>
      </header>
      <nav aria-label={s.chrome.articlesNav} className="site-nav border-b border-line bg-surface">
        <ul className="nav-row mx-auto flex max-w-6xl gap-1 overflow-x-auto px-2 py-1.5 text-[0.95rem] sm:px-4">
          {/* First in the row, so they show in a phone's first screen; each written in its own language and marked as such. The article island keeps their #section in step with the reader. */}
          {path
            ? switches.map((sw, i) => (
                <li key={sw.key} className={`shrink-0 ${i === switches.length - 1 ? 'border-e border-line pe-1' : ''}`}>
                  <a {...sw.props} className="block rounded-md px-2 py-1.5 font-semibold whitespace-nowrap text-accent no-underline hover:bg-accent-soft">
                    {sw.invitation}
                  </a>
                </li>
              ))
            : null}
          {links.map((l) => (
            <li key={l.key} className="shrink-0">
              <a
                href={l.href}
                aria-current={current === l.key ? 'page' : undefined}
                className="block rounded-md px-2 py-1.5 whitespace-nowrap text-ink no-underline hover:bg-accent-soft aria-[current=page]:bg-accent-soft aria-[current=page]:font-semibold"
              >
                {l.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </>
  )
}
