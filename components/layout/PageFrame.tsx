import type { ReactNode } from 'react'
import { dictionary, type Locale } from '@/lib/i18n'
import { QuietSide } from './SideColumn'
import { SiteHeader } from './SiteHeader'

/**
 * Header and <main> for a page; `current` marks the page in the menu and `path` (the page's
 * English path) gives the language switch its target. Every page shares the header's container,
 * so the header and the content column line up; reading pages keep a narrower column inside it,
 * and on wide screens a column beside it (`side`: the help box and tools by default, a section
 * page's article sections) instead of an empty third. Wide pages (articles, the handout) lay out
 * their own columns.
 */
export function PageFrame({
  locale,
  current,
  path,
  children,
  wide = false,
  side,
}: {
  locale: Locale
  current?: string
  path?: string
  children: ReactNode
  wide?: boolean
  side?: ReactNode
}) {
  return (
    <>
      <SiteHeader locale={locale} current={current} path={path} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 pt-6 outline-none sm:px-6">
        {wide ? (
          children
        ) : (
          <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_15rem] lg:gap-12">
            <div className="max-w-3xl min-w-0">{children}</div>
            <aside aria-label={dictionary(locale).chrome.side.aside} className="no-print hidden lg:block">
              <div className="sticky top-4 pb-8">{side ?? <QuietSide locale={locale} current={current} />}</div>
            </aside>
          </div>
        )}
      </main>
    </>
  )
}
