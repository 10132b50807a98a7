import { copyLink } from './dom'

/** Absolute URL of a section on this page: what a clinician pastes into a message. */
export function sectionUrl(id: string, location: Pick<Location, 'origin' | 'pathname'> = window.location): string {
  return `${location.origin}${location.pathname}#${id}`
}

/** Copy-link and share buttons beside each heading (event delegation: one listener per page). */
export function setUpSectionLinks(root: HTMLElement): () => void {
  if (typeof navigator.share === 'function') {
    root.querySelectorAll<HTMLElement>('[data-share]').forEach((b) => b.setAttribute('data-can-share', ''))
  }
  const onClick = async (event: MouseEvent) => {
    const target = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-copy-link], [data-share]') : null
    if (!target) return
    const id = target.dataset.copyLink ?? target.dataset.share ?? ''
    const heading = target.dataset.heading ?? id
    const url = sectionUrl(id)
    if (target.dataset.share !== undefined && typeof navigator.share === 'function') {
      try {
        await navigator.share({ title: `${heading} | ${document.title}`, url })
      } catch {
        /* The reader closed the share sheet: nothing to do. */
      }
      return
    }
    await copyLink(url, heading)
  }
  root.addEventListener('click', onClick)
  return () => root.removeEventListener('click', onClick)
}
