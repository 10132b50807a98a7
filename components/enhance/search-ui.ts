/**
 * Site search in the browser: the header panel and the /search page. Loaded by the `search`
 * island with a dynamic import, so no page pays for it until the reader reaches for search.
 *
 * - Index files come from our own origin (/search/index/), fetched as a query needs them, with
 *   the build's version so a page never mixes two builds. Nothing else is sent anywhere.
 * - Results are built as DOM nodes with textContent; the matched words are <mark> elements made
 *   from data (lib/search returns parts, never markup). A hostile query is only text.
 * - Keyboard: ArrowDown from the box moves into the results, ArrowUp/ArrowDown move between
 *   them, Escape closes the panel and returns focus to the search button. The result count is
 *   announced politely.
 */
import { MAX_QUERY_LENGTH, fetchClient, type Part, type SearchClient, type SearchResponse, type SearchResult } from '@/lib/search/query'
import type { IndexMeta, Suggestion } from '@/lib/search/format'
import { islandStrings, sitePath } from '@/lib/i18n/islands'

const PANEL_RESULTS = 8
const PAGE_RESULTS = 40

const indexClient = (version: string): SearchClient => fetchClient(sitePath('/search/index'), version)

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  if (className) node.className = className
  if (text !== undefined) node.textContent = text
  return node
}

function partsToNodes(parts: Part[]): Node[] {
  return parts.map((part) => {
    if (!part.mark) return document.createTextNode(part.text)
    const mark = element('mark', 'search-mark', part.text)
    return mark
  })
}

/** One result: kind and article above, the question as the link, the snippet below. */
function resultItem(result: SearchResult, headingLevel: 'h2' | 'h3' | null): HTMLLIElement {
  const item = element('li', result.kind === 'term' ? 'search-hit search-hit-term' : 'search-hit')
  const where = element('p', 'search-hit-where')
  if (result.kind === 'term') where.append(element('span', 'search-hit-badge', islandStrings().definition))
  else where.append(document.createTextNode(result.article))
  where.setAttribute('aria-hidden', 'true')
  const link = element('a', 'search-hit-link')
  link.href = result.href
  if (result.kind === 'term') link.append(element('span', 'sr-only', `${islandStrings().definition}: `))
  link.append(...partsToNodes(result.titleParts))
  if (result.kind !== 'term') link.append(element('span', 'sr-only', ` (${result.article})`))
  const title = headingLevel ? element(headingLevel, 'search-hit-title') : element('p', 'search-hit-title')
  title.append(link)
  const snippet = element('p', 'search-hit-snippet')
  snippet.append(...partsToNodes(result.snippet))
  item.append(where, title, snippet)
  return item
}

function statusText(response: SearchResponse, shown: number): string {
  const q = `“${response.query}”`
  if (response.total === 0) return islandStrings().noResults(q)
  return islandStrings().resultCount(response.total, q, shown)
}

/** Arrow keys between the result links; ArrowUp from the first goes back to the box. */
function arrowKeys(list: HTMLElement, box: HTMLInputElement, signal?: AbortSignal) {
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a.search-hit-link')]
  box.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'ArrowDown') return
      const first = links()[0]
      if (!first) return
      event.preventDefault()
      first.focus()
    },
    { signal },
  )
  list.addEventListener(
    'keydown',
    (event) => {
      const all = links()
      const at = all.indexOf(document.activeElement as HTMLAnchorElement)
      if (at < 0) return
      let next: HTMLElement | undefined
      if (event.key === 'ArrowDown') next = all[Math.min(all.length - 1, at + 1)]
      else if (event.key === 'ArrowUp') next = at === 0 ? box : all[at - 1]
      else if (event.key === 'Home') next = all[0]
      else if (event.key === 'End') next = all[all.length - 1]
      if (!next) return
      event.preventDefault()
      next.focus()
    },
    { signal },
  )
}

/**
 * Runs `run` for the box's value once typing pauses briefly (fewer index files for fast
 * typists); each render checks the box still holds its query, so only the latest answer shows.
 */
function liveSearch(box: HTMLInputElement, run: (query: string) => Promise<void>) {
  let timer = 0
  return (delay = 80) => {
    window.clearTimeout(timer)
    timer = window.setTimeout(() => void run(box.value.slice(0, MAX_QUERY_LENGTH)).catch(() => undefined), delay)
  }
}

// ---------------------------------------------------------------------------------------------
// The header panel
// ---------------------------------------------------------------------------------------------

export function headerSearch(root: HTMLElement, button: HTMLButtonElement, version: string): { open: () => void } {
  const client = indexClient(version)
  const panel = element('div', 'site-search-panel')
  panel.id = 'site-search-panel'
  panel.setAttribute('popover', 'auto')
  panel.setAttribute('role', 'dialog')
  panel.setAttribute('aria-label', islandStrings().searchSite)
  button.setAttribute('aria-controls', panel.id)

  const form = element('form', 'site-search-form')
  form.setAttribute('role', 'search')
  form.action = sitePath('/search')
  form.method = 'get'
  const label = element('label', 'site-search-panel-label', islandStrings().searchLabel)
  label.htmlFor = 'site-search-q'
  const row = element('div', 'site-search-row')
  const box = element('input', 'site-search-input')
  Object.assign(box, { id: 'site-search-q', type: 'search', name: 'q', autocomplete: 'off', spellcheck: false, maxLength: MAX_QUERY_LENGTH })
  box.placeholder = islandStrings().searchExample
  box.setAttribute('aria-describedby', 'site-search-status')
  box.setAttribute('enterkeyhint', 'search')
  const close = element('button', 'site-search-close', islandStrings().close)
  close.type = 'button'
  row.append(box, close)
  form.append(label, row)

  const status = element('p', 'site-search-status')
  status.id = 'site-search-status'
  status.setAttribute('role', 'status')
  const hint = element('p', 'site-search-hint', islandStrings().searchHint)
  const list = element('ol', 'site-search-results')
  list.setAttribute('aria-label', islandStrings().results)
  const empty = element('div', 'site-search-empty')
  empty.hidden = true
  const more = element('p', 'site-search-more')
  const moreLink = element('a', undefined, islandStrings().allResults)
  more.append(moreLink)
  more.hidden = true
  panel.append(form, status, hint, list, empty, more)
  root.append(panel)

  let announceTimer = 0
  const render = async (query: string) => {
    const trimmed = query.trim()
    hint.hidden = trimmed !== ''
    if (!trimmed) {
      list.replaceChildren()
      empty.hidden = true
      more.hidden = true
      status.textContent = ''
      return
    }
    let response: SearchResponse
    try {
      response = await client.search(trimmed, { limit: PANEL_RESULTS, prefixLast: true })
    } catch {
      status.textContent = islandStrings().searchLoadFailed
      return
    }
    if (box.value.trim() !== trimmed) return
    list.replaceChildren(...response.results.map((r) => resultItem(r, null)))
    moreLink.href = `${sitePath('/search')}?q=${encodeURIComponent(trimmed)}`
    more.hidden = response.total <= PANEL_RESULTS
    empty.hidden = response.total > 0
    if (response.total === 0) fillEmpty(empty, trimmed, (await client.warm().catch(() => null))?.s ?? [])
    window.clearTimeout(announceTimer)
    announceTimer = window.setTimeout(() => (status.textContent = statusText(response, Math.min(PANEL_RESULTS, response.total))), 350)
  }
  const update = liveSearch(box, render)
  box.addEventListener('input', () => update())
  box.addEventListener('focus', () => void client.warm().catch(() => undefined), { once: true })
  form.addEventListener('submit', (event) => {
    // Enter opens the full results page (a link that can be shared); an empty box stays put.
    if (!box.value.trim()) event.preventDefault()
  })
  arrowKeys(list, box)
  close.addEventListener('click', () => panel.hidePopover())
  // Escape closes at once (a search box would otherwise spend the first Escape clearing itself).
  panel.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return
    event.preventDefault()
    panel.hidePopover()
  })
  panel.addEventListener('toggle', (event) => {
    const open = (event as ToggleEvent).newState === 'open'
    button.setAttribute('aria-expanded', String(open))
    if (!open && (panel.contains(document.activeElement) || document.activeElement === document.body)) button.focus()
  })
  // Leaving the panel with Tab closes it, as a menu would.
  panel.addEventListener('focusout', (event) => {
    const next = event.relatedTarget as Node | null
    if (next && !panel.contains(next) && next !== button && panel.matches(':popover-open')) panel.hidePopover()
  })

  return {
    open(typed = '') {
      if (!panel.matches(':popover-open')) panel.showPopover()
      box.focus()
      if (typed) {
        box.value = typed
        update(0)
      } else box.select()
    },
  }
}

function fillEmpty(empty: HTMLElement, query: string, suggestions: Suggestion[]) {
  const heading = element('p', 'site-search-empty-title')
  heading.append(
    document.createTextNode(islandStrings().nothingBefore),
    element('span', undefined, query),
    document.createTextNode(islandStrings().nothingAfter),
  )
  const ul = element('ul', 'site-search-suggestions')
  for (const s of suggestions) {
    const li = element('li')
    const a = element('a', undefined, s.title)
    a.href = s.href
    li.append(a, document.createTextNode(` (${s.article})`))
    ul.append(li)
  }
  const glossary = element('li')
  const g = element('a', undefined, islandStrings().glossaryLink)
  g.href = sitePath('/glossary')
  const all = element('li')
  const every = element('a', undefined, islandStrings().everyLink)
  every.href = sitePath('/search')
  glossary.append(g)
  all.append(every)
  ul.append(glossary, all)
  empty.replaceChildren(heading, ul)
}

// ---------------------------------------------------------------------------------------------
// The /search page
// ---------------------------------------------------------------------------------------------

export function searchPage(page: HTMLElement, version: string) {
  const box = page.querySelector<HTMLInputElement>('input[type="search"]')
  const form = page.querySelector('form')
  const status = page.querySelector<HTMLElement>('[data-status]')
  const results = page.querySelector<HTMLElement>('[data-results]')
  const list = page.querySelector<HTMLOListElement>('[data-hits]')
  const empty = page.querySelector<HTMLElement>('[data-empty]')
  const emptyQuery = page.querySelector<HTMLElement>('[data-empty-query]')
  const index = document.getElementById('search-index')
  if (!box || !form || !status || !results || !list || !empty || !emptyQuery) return
  const client = indexClient(version)

  let announceTimer = 0
  const render = async (query: string) => {
    const trimmed = query.trim()
    const url = new URL(window.location.href)
    if (trimmed) url.searchParams.set('q', trimmed)
    else url.searchParams.delete('q')
    window.history.replaceState(null, '', url)
    results.hidden = trimmed === ''
    if (index) index.hidden = trimmed !== ''
    if (!trimmed) {
      list.replaceChildren()
      status.textContent = ''
      return
    }
    let response: SearchResponse
    try {
      response = await client.search(trimmed, { limit: PAGE_RESULTS, prefixLast: true })
    } catch {
      status.textContent = islandStrings().searchPageLoadFailed
      if (index) index.hidden = false
      return
    }
    if (box.value.trim() !== trimmed) return
    list.replaceChildren(...response.results.map((r) => resultItem(r, 'h3')))
    empty.hidden = response.total > 0
    emptyQuery.textContent = trimmed
    window.clearTimeout(announceTimer)
    announceTimer = window.setTimeout(() => (status.textContent = statusText(response, Math.min(PAGE_RESULTS, response.total))), 350)
  }
  const update = liveSearch(box, render)
  box.disabled = false
  box.placeholder = box.dataset.readyPlaceholder ?? ''
  box.addEventListener('input', () => update())
  box.addEventListener('focus', () => void client.warm().catch((): IndexMeta | null => null), { once: true })
  form.addEventListener('submit', (event) => event.preventDefault())
  arrowKeys(list, box)
  list.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') box.focus()
  })

  const shared = new URLSearchParams(window.location.search).get('q')?.slice(0, MAX_QUERY_LENGTH)
  if (shared) {
    box.value = shared
    update(0)
  }
}
