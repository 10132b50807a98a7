import { listeners } from './dom'

/**
 * Marks the table-of-contents entry of the section being read (aria-current="location"), right
 * after a deep link and at the very end of the page too, and nothing before the first section.
 */
export function currentSection(headings: { id: string; top: number }[], options: { offset: number; atEnd: boolean; hash: string | null }): string | null {
  if (headings.length === 0) return null
  if (options.atEnd) return headings[headings.length - 1]!.id
  let current: string | null = null
  for (const h of headings) if (h.top <= options.offset) current = h.id
  if (current === null && options.hash && headings.some((h) => h.id === options.hash)) return options.hash
  // Above the first section (the title, key points) nothing is marked: no section is being read.
  return current
}

export function setUpScrollSpy(root: HTMLElement): () => void {
  const links = Array.from(document.querySelectorAll<HTMLAnchorElement>('a[data-toc-link]'))
  // Every target the table of contents links to: section headings and the reference list.
  const ids = [...new Set(links.map((l) => l.dataset.tocLink!))]
  const headings = ids.map((id) => document.getElementById(id)).filter((el): el is HTMLElement => el !== null && root.contains(el))
  if (headings.length === 0) return () => {}
  // The header's language switch follows the reader: it opens the other language at the section
  // being read (both editions share section ids), or at the top before the first section.
  const languageSwitches = [...document.querySelectorAll<HTMLAnchorElement>('a[data-language-switch]')]
  for (const link of languageSwitches) link.dataset.followsSection = ''
  let frame = 0
  const update = () => {
    frame = 0
    const doc = document.documentElement
    const atEnd = window.scrollY + window.innerHeight >= doc.scrollHeight - 4 && window.scrollY > 0
    const hash = decodeURIComponent(window.location.hash.slice(1)) || null
    const id = currentSection(
      headings.map((h) => ({ id: h.id, top: h.getBoundingClientRect().top })),
      // The reading line: half-way down the screen. A heading above it starts the section being read.
      { offset: window.innerHeight * 0.5, atEnd, hash: resolveHash(hash) },
    )
    for (const link of links) {
      if (link.dataset.tocLink === id) link.setAttribute('aria-current', 'location')
      else link.removeAttribute('aria-current')
    }
    for (const link of languageSwitches) link.hash = id && id !== 'references' ? id : ''
  }
  const schedule = () => {
    if (!frame) frame = window.requestAnimationFrame(update)
  }
  update()
  const { signal, abort } = listeners()
  window.addEventListener('scroll', schedule, { passive: true, signal })
  window.addEventListener('resize', schedule, { signal })
  window.addEventListener('hashchange', schedule, { signal })
  return () => {
    abort()
    if (frame) window.cancelAnimationFrame(frame)
  }
}

/** An old (redirected) section id points at an anchor just before its new heading. */
function resolveHash(hash: string | null): string | null {
  if (!hash) return null
  const el = document.getElementById(hash)
  const redirect = el?.dataset.redirectTo
  return redirect ?? hash
}
