import { copyLink } from './dom'

type Where = Pick<Location, 'origin' | 'pathname'>

/**
 * The absolute URL a clinician pastes into a message. An h2 names its own section page
 * (`page`, such as /articles/safety/blood-pressure): a link preview of that page shows the
 * section, where a #fragment never reaches the server and would preview the whole article.
 * Other headings (h3, key points, references) link to their anchor on this page.
 */
export function sectionUrl(id: string, location: Where = window.location, page?: string): string {
  if (page && page.startsWith('/')) return `${location.origin}${page}`
  // A host without configuration serves a page at its folder form (/articles/safety/): the link
  // names the page's one canonical address, without the trailing slash.
  return `${location.origin}${location.pathname.replace(/(.)\/+$/, '$1')}#${id}`
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
    const url = sectionUrl(id, window.location, target.dataset.sectionPage)
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
