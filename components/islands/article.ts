/**
 * The article island: copy and share links at each heading, the table of contents' scroll-spy,
 * term definitions and citation previews. It wires behaviour onto the server-rendered article by
 * event delegation; the page reads fully without it.
 */
import { ready } from '../enhance/dom'
import { setUpCitationPreviews, setUpTermPopovers } from '../enhance/popovers'
import { setUpScrollSpy } from '../enhance/scroll-spy'
import { setUpSectionLinks } from '../enhance/section-links'

ready(() => {
  const root = document.getElementById('article')
  if (!root) return
  // On a phone the menu row scrolls sideways: when this article's tab is cut off at the right, scroll
  // just enough to show it whole (sideways only, so a deep link keeps its place; the language
  // switch at the start of the row stays in view whenever the tab fits beside it).
  const row = document.querySelector<HTMLElement>('.nav-row')
  const current = row?.querySelector<HTMLElement>('[aria-current="page"]')
  if (row && current) {
    const edge = row.getBoundingClientRect()
    const overflow = current.getBoundingClientRect().right - edge.right
    if (overflow > 0) {
      // The row snaps to the start of a tab: go to the first snap point that shows the tab whole.
      const stops = [...row.children].map((li) => row.scrollLeft + li.getBoundingClientRect().left - edge.left)
      row.scrollLeft = stops.find((stop) => stop >= overflow + 8) ?? row.scrollWidth
    }
  }
  setUpSectionLinks(root)
  setUpScrollSpy(root)
  setUpTermPopovers(root)
  setUpCitationPreviews(root)
  // "More detail" blocks print open (print.css does it where ::details-content can be styled).
  window.addEventListener('beforeprint', () => {
    for (const block of root.querySelectorAll<HTMLDetailsElement>('details.more-detail:not([open])')) {
      block.open = true
      block.dataset.openedForPrint = ''
    }
  })
  window.addEventListener('afterprint', () => {
    for (const block of root.querySelectorAll<HTMLDetailsElement>('details[data-opened-for-print]')) {
      block.open = false
      delete block.dataset.openedForPrint
    }
  })
})
