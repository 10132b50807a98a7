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
  // On a phone the menu row scrolls sideways: bring this article's tab into view (scrollLeft only,
  // so a deep link's vertical position is kept).
  const row = document.querySelector<HTMLElement>('.nav-row')
  const current = row?.querySelector<HTMLElement>('[aria-current="page"]')
  if (row && current && row.scrollWidth > row.clientWidth)
    row.scrollLeft += current.getBoundingClientRect().left - row.getBoundingClientRect().left - (row.clientWidth - current.offsetWidth) / 2
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
