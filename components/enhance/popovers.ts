/**
 * Term definitions and citation previews, in place, without leaving the text.
 * - Terms (a[data-term]): tap, click or Enter opens a small dialog with the plain definition and
 *   a link to the full glossary entry; Escape or a tap elsewhere closes it and focus returns.
 * - Citations (a[data-cite]): focus or hover shows the short reference as a tooltip; on touch the
 *   first tap shows it and a second tap follows the link to the reference list.
 * Both use the native Popover API (top layer: nothing in the text moves). Without JavaScript the
 * links simply go to /glossary#id and #ref-id.
 */
import { announce, listeners } from './dom'
import { islandStrings, sitePath } from '@/lib/i18n/islands'

/**
 * Under the trigger, lined up with its start: its left edge in a left-to-right page, its right edge
 * in a right-to-left one (the page's own direction, so a translation mirrors with no change here);
 * kept 16 px inside the window either way.
 */
function place(popover: HTMLElement, trigger: HTMLElement) {
  const rect = trigger.getBoundingClientRect()
  const width = Math.min(384, window.innerWidth - 32)
  const rtl = getComputedStyle(trigger).direction === 'rtl'
  const start = rtl ? rect.right - width : rect.left
  const left = Math.max(16, Math.min(start, window.innerWidth - width - 16))
  popover.style.position = 'absolute'
  popover.style.left = `${left + window.scrollX}px`
  popover.style.top = `${rect.bottom + window.scrollY + 8}px`
  popover.style.width = `${width}px`
}

export function setUpTermPopovers(root: HTMLElement): () => void {
  const store = root.querySelector<HTMLElement>('[data-term-definitions]')
  const popover = document.getElementById('term-popover')
  if (!store || !popover || typeof popover.showPopover !== 'function') return () => {}
  const title = popover.querySelector<HTMLElement>('[data-popover-title]')!
  const body = popover.querySelector<HTMLElement>('[data-popover-body]')!
  const more = popover.querySelector<HTMLAnchorElement>('[data-popover-more]')!
  const close = popover.querySelector<HTMLButtonElement>('[data-popover-close]')!
  let opener: HTMLAnchorElement | null = null
  const triggers = Array.from(root.querySelectorAll<HTMLAnchorElement>('a[data-term]'))
  for (const t of triggers) {
    t.setAttribute('aria-haspopup', 'dialog')
    t.setAttribute('aria-expanded', 'false')
    t.setAttribute('aria-controls', 'term-popover')
  }
  const open = (trigger: HTMLAnchorElement) => {
    const id = trigger.dataset.term!
    const def = store.querySelector<HTMLElement>(`[data-definition="${CSS.escape(id)}"]`)
    if (!def) return false
    title.textContent = def.dataset.termName ?? id
    body.textContent = def.textContent
    more.href = sitePath(`/glossary#${id}`)
    more.textContent = islandStrings().readFullEntryFor(def.dataset.termName ?? id)
    if (popover.matches(':popover-open')) popover.hidePopover()
    opener = trigger
    place(popover, trigger)
    popover.showPopover()
    trigger.setAttribute('aria-expanded', 'true')
    popover.focus()
    return true
  }
  const onClick = (event: MouseEvent) => {
    const trigger = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-term]') : null
    if (!trigger || event.metaKey || event.ctrlKey || event.shiftKey) return
    if (open(trigger)) event.preventDefault()
  }
  const onToggle = (event: Event) => {
    if ((event as ToggleEvent).newState === 'closed' && opener) {
      opener.setAttribute('aria-expanded', 'false')
      const back = opener
      opener = null
      // Return focus only when it was inside the popover (not when the reader tapped elsewhere).
      if (!document.activeElement || popover.contains(document.activeElement) || document.activeElement === document.body) back.focus()
    }
  }
  // One AbortController removes every listener on cleanup.
  const { signal, abort } = listeners()
  root.addEventListener('click', onClick, { signal })
  popover.addEventListener('toggle', onToggle, { signal })
  close.addEventListener('click', () => popover.hidePopover(), { signal })
  return abort
}

export function setUpCitationPreviews(root: HTMLElement): () => void {
  const tip = document.getElementById('cite-preview')
  if (!tip || typeof tip.showPopover !== 'function') return () => {}
  let current: HTMLAnchorElement | null = null
  let touch = false
  const show = (link: HTMLAnchorElement) => {
    const entry = document.getElementById(`ref-${link.dataset.cite}`)
    const text = entry?.dataset.short
    if (!text) return
    tip.textContent = `${link.getAttribute('aria-label')}: ${text}${touch ? ` ${islandStrings().tapAgain}` : ''}`
    if (current && current !== link) current.removeAttribute('aria-describedby')
    current = link
    link.setAttribute('aria-describedby', 'cite-preview')
    place(tip, link)
    if (!tip.matches(':popover-open')) tip.showPopover()
  }
  const hide = () => {
    if (tip.matches(':popover-open')) tip.hidePopover()
    current?.removeAttribute('aria-describedby')
    current = null
  }
  const linkFrom = (event: Event) => (event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-cite]') : null)
  const onPointerDown = (event: PointerEvent) => {
    touch = event.pointerType === 'touch'
  }
  const onClick = (event: MouseEvent) => {
    const link = linkFrom(event)
    if (!link) return
    if (touch && current !== link) {
      event.preventDefault()
      show(link)
      return
    }
    hide()
  }
  const onFocus = (event: FocusEvent) => {
    const link = linkFrom(event)
    if (link && !touch) show(link)
  }
  const onOver = (event: MouseEvent) => {
    const link = linkFrom(event)
    if (link && !touch) show(link)
  }
  const onOut = (event: Event) => {
    const link = linkFrom(event)
    if (link && link === current && document.activeElement !== link) hide()
  }
  const onBlur = (event: FocusEvent) => {
    if (linkFrom(event) === current) hide()
  }
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && current) {
      hide()
      announce(islandStrings().previewClosed)
    }
  }
  const onScroll = () => {
    if (current && !touch) hide()
  }
  const { signal, abort } = listeners()
  root.addEventListener('pointerdown', onPointerDown, { signal })
  root.addEventListener('click', onClick, { signal })
  root.addEventListener('focusin', onFocus, { signal })
  root.addEventListener('focusout', onBlur, { signal })
  root.addEventListener('mouseover', onOver, { signal })
  root.addEventListener('mouseout', onOut, { signal })
  document.addEventListener('keydown', onKey, { signal })
  window.addEventListener('scroll', onScroll, { passive: true, signal })
  return abort
}
