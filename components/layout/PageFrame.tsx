import type { ReactNode } from 'react'
import { SiteHeader } from './SiteHeader'

/**
 * Header and <main> for a page; `current` marks the page in the menu and `path` (the page's
 * English path) gives the language switch its target. Every page shares the header's container,
 * so the header and the content column line up; reading pages keep a narrower column inside it.
 */
export function PageFrame({ current, path, children, wide = false }: { current?: string; path?: string; children: ReactNode; wide?: boolean }) {
  return (
    <>
      <SiteHeader current={current} path={path} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 pt-6 outline-none sm:px-6">
        {wide ? children : <div className="max-w-3xl">{children}</div>}
      </main>
    </>
  )
}
