/**
 * The glossary island: forgiving search over the server-rendered list.
 * - The box is disabled in the HTML (the no-JavaScript page says to use the browser's Find); this
 *   module enables it.
 * - Search is the site's own (lib/search): on first use (focus, typing or a shared ?q= link) it
 *   loads the search code and the index files a query needs, the same ones the header search uses,
 *   and asks for definitions only (lib/search/terms.ts), so the page does not carry every entry twice.
 * - Results are clones of the entries already on the page, without their ids, with the matched
 *   words wrapped in <mark> as text nodes: a hostile query is only ever text.
 * - The query is kept in the URL (?q=) with replaceState, and the count is announced politely.
 */
import { onCopyLinkClick, ready } from '../enhance/dom'
import type { SearchClient } from '@/lib/search/query'
import type { TermHit } from '@/lib/search/terms'
import { islandStrings, sitePath } from '@/lib/i18n/islands'

function setUp() {
  const box = document.getElementById('glossary-q') as HTMLInputElement | null
  const results = document.getElementById('glossary-results')
  const status = document.getElementById('glossary-status')
  const full = document.getElementById('glossary-full')
  if (!box || !results || !status || !full) return
  const list = results.querySelector<HTMLOListElement>('[data-hits]')!
  const empty = results.querySelector<HTMLElement>('[data-empty]')!
  const emptyQuery = results.querySelector<HTMLElement>('[data-empty-query]')!
  const searching = results.querySelector<HTMLElement>('[data-searching]')!
  const siteLink = results.querySelector<HTMLElement>('[data-site-search-link]')
  const siteAnchor = siteLink?.querySelector<HTMLAnchorElement>('a')
  const siteBase = siteAnchor?.getAttribute('href') ?? ''

  let client: SearchClient | null = null
  let searchTerms: typeof import('@/lib/search/terms').searchTerms
  let loading: Promise<void> | null = null
  const failed = () => (status.textContent = islandStrings().glossaryLoadFailed)
  const load = () =>
    (loading ??= import('@/lib/search/terms')
      .then(async (engine) => {
        const ready = engine.fetchClient(sitePath('/search/index'), box.dataset.indexVersion ?? '')
        await ready.warm()
        searchTerms = engine.searchTerms
        client = ready
        void render()
      })
      .catch(() => {
        loading = null
        failed()
      }))

  // Each search waits for its index files: only the latest query's answer is shown.
  let latest = 0
  const render = async () => {
    const query = box.value.trim()
    const mine = ++latest
    full.hidden = query !== ''
    results.hidden = query === ''
    const url = new URL(window.location.href)
    if (query) {
      url.searchParams.set('q', query)
      url.hash = ''
    } else url.searchParams.delete('q')
    window.history.replaceState(null, '', url)
    searching.hidden = !(query && !client)
    if (!query || !client) {
      list.replaceChildren()
      empty.hidden = true
      if (siteLink) siteLink.hidden = true
      if (!query) status.textContent = ''
      return
    }
    let hits: TermHit[]
    try {
      hits = await searchTerms(client, query)
    } catch {
      failed()
      return
    }
    if (mine !== latest) return
    list.replaceChildren()
    for (const hit of hits) {
      const source = document.getElementById(hit.id)
      if (!source) continue
      const item = document.createElement('li')
      item.append(cloneEntry(source, hit))
      list.append(item)
    }
    empty.hidden = hits.length > 0
    emptyQuery.textContent = query
    if (siteLink && siteAnchor) {
      siteAnchor.href = `${siteBase}?q=${encodeURIComponent(query)}`
      siteAnchor.textContent = (siteAnchor.dataset.template ?? '').replace('{query}', query)
      siteLink.hidden = false
    }
    status.textContent = islandStrings().glossaryCount(hits.length, query)
  }

  box.disabled = false
  box.placeholder = box.dataset.readyPlaceholder ?? ''
  box.addEventListener('focus', () => void load())
  box.addEventListener('input', () => {
    void load()
    void render()
  })
  results.querySelector('[data-clear-search]')?.addEventListener('click', () => {
    box.value = ''
    void render()
    box.focus()
  })
  // A term link (#id) while results are showing: show the full list so the entry is there.
  window.addEventListener('hashchange', () => {
    const target = document.getElementById(decodeURIComponent(window.location.hash.slice(1)))
    if (target && full.contains(target) && full.hidden) {
      box.value = ''
      void render()
      target.scrollIntoView()
    }
  })
  onCopyLinkClick('[data-copy-term]', (button) => ({
    url: `${window.location.origin}${sitePath(`/glossary#${button.dataset.copyTerm}`)}`,
    name: button.dataset.termName ?? '',
  }))

  const shared = new URLSearchParams(window.location.search).get('q')?.slice(0, box.maxLength > 0 ? box.maxLength : undefined)
  if (shared) {
    box.value = shared
    void render()
    void load()
  }
}

/** A result: the entry's own markup without ids (they stay unique), with the matches marked. */
function cloneEntry(source: HTMLElement, hit: TermHit): HTMLElement {
  const clone = source.cloneNode(true) as HTMLElement
  for (const el of [clone, ...clone.querySelectorAll<HTMLElement>('[id]')]) el.removeAttribute('id')
  clone.removeAttribute('aria-labelledby')
  // Only text is rewritten, so links inside an entry (a crisis number, for example) survive.
  for (const el of clone.querySelectorAll<HTMLElement>('[data-hl]')) {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
    const texts: Text[] = []
    for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text)
    for (const text of texts) {
      const parts = hit.mark(text.data)
      if (!parts.some((part) => part.mark)) continue
      text.replaceWith(
        ...parts.map((part) => {
          if (!part.mark) return document.createTextNode(part.text)
          const mark = document.createElement('mark')
          mark.className = 'search-mark'
          mark.textContent = part.text
          return mark
        }),
      )
    }
  }
  return clone
}

ready(setUp)
