/**
 * The handout's selection lives only in the URL (?s=safety/blood-pressure,safety/driving): read
 * once when the page opens, written back (replaceState) on every change. Nothing is stored.
 */
import { MAX_SECTIONS, parseSelection, selectionParam, type Selection } from '@/lib/handout'
import { islandStrings } from '@/lib/i18n/islands'
import { el } from './dom'

const L = islandStrings()

/**
 * The sections the URL asks for: retired ids follow their redirect (the page's data-retired),
 * duplicates are dropped, the list is capped, and whatever was left out or changed is said in the
 * notice, as text.
 */
export function readSelection(page: HTMLElement, known: ReadonlySet<string>, notice: HTMLElement): string[] {
  let redirects = new Map<string, string>()
  try {
    redirects = new Map(Object.entries(JSON.parse(page.dataset.retired ?? '{}') as Record<string, string>))
  } catch {
    /* No redirects: retired ids are then reported as unknown. */
  }
  const selection = parseSelection(new URLSearchParams(window.location.search).get('s'), known, redirects)
  notice.replaceChildren(...noticeLines(selection).map((line) => el('p', undefined, line)))
  return selection.keys
}

function noticeLines(s: Selection): string[] {
  const lines: string[] = []
  if (s.unknownCount > 0) {
    const more = s.unknownCount - s.unknown.length
    lines.push(L.notFound(s.unknown.map((u) => `“${u}”`).join(', '), more))
  }
  if (s.dropped > 0) lines.push(L.dropped(MAX_SECTIONS, s.dropped))
  if (s.duplicates > 0) lines.push(L.duplicates(s.duplicates))
  if (s.redirected.length > 0) lines.push(L.redirected(s.redirected.length))
  return lines
}

/** Puts the selection in the address bar, replacing the current entry. */
export function writeSelection(keys: readonly string[]) {
  const url = new URL(window.location.href)
  url.search = keys.length ? `?s=${selectionParam(keys)}` : ''
  window.history.replaceState(null, '', url)
}
