'use client'

import { useEffect } from 'react'
import { setUpCitationPreviews, setUpTermPopovers } from './popovers'
import { setUpScrollSpy } from './scroll-spy'
import { setUpSectionLinks } from './section-links'

/**
 * The one client island of an article page. It renders the two popover shells and wires
 * behaviour onto the server-rendered article by event delegation, so each citation, term and
 * heading costs no hydration. Everything it adds is optional: the page reads fully without it.
 */
export function ArticleEnhancer({ rootId }: { rootId: string }) {
  useEffect(() => {
    const root = document.getElementById(rootId)
    if (!root) return
    document.documentElement.setAttribute('data-js', '')
    const cleanups = [setUpSectionLinks(root), setUpScrollSpy(root), setUpTermPopovers(root), setUpCitationPreviews(root)]
    return () => cleanups.forEach((c) => c())
  }, [rootId])
  return (
    <>
      <div id="term-popover" popover="auto" role="dialog" aria-labelledby="term-popover-title" tabIndex={-1} className="popover-card">
        <div className="flex items-start justify-between gap-3">
          <p id="term-popover-title" data-popover-title="" className="font-semibold text-ink" />
          <button type="button" data-popover-close="" className="-mt-1 -mr-2 rounded px-2 text-muted hover:text-ink" aria-label="Close definition">
            <span aria-hidden="true">×</span>
          </button>
        </div>
        <p data-popover-body="" className="mt-1" />
        <a data-popover-more="" href="/glossary" className="mt-2 inline-block">
          Read the full entry
        </a>
      </div>
      <div id="cite-preview" popover="manual" role="tooltip" className="popover-card pointer-events-none" />
    </>
  )
}
