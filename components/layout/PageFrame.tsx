import type { ReactNode } from 'react'
import { SiteHeader } from './SiteHeader'

/** Header and <main> for a page; `current` marks the page in the menu. */
export function PageFrame({ current, children, wide = false }: { current?: string; children: ReactNode; wide?: boolean }) {
  return (
    <>
      <SiteHeader current={current} />
      <main id="main" tabIndex={-1} className={`mx-auto px-4 pt-6 outline-none sm:px-6 ${wide ? 'max-w-6xl' : 'max-w-3xl'}`}>
        {children}
      </main>
    </>
  )
}
