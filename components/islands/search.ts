/**
 * The header search island, on every page. Before first use it is only this file (well under
 * 1 KB): it turns the /search link into a button, opens the panel on click or with the `/` key,
 * and starts loading the search code when the reader reaches for the button (hover, focus,
 * touch). The code (components/enhance/site-search.ts, its own chunk through a dynamic import)
 * and the panel's stylesheet (components/enhance/site-search.css) load together; the code loads
 * the index on first focus of the search box. On /search it also runs the page's box.
 * No imports here on purpose: any shared module would become another request on every page.
 */
type Ui = typeof import('../enhance/site-search')

/** The panel's stylesheet, /islands/search.css?v=<hash> (set by scripts/islands.mjs). */
declare const SEARCH_CSS: string

/** Adds the panel's stylesheet; resolves once it has loaded, or failed (the panel still works). */
function stylesheet(href: string): Promise<void> {
  return new Promise((resolve) => {
    const link = document.createElement('link')
    link.rel = 'stylesheet'
    link.href = href
    link.addEventListener('load', () => resolve(), { once: true })
    link.addEventListener('error', () => resolve(), { once: true })
    document.head.append(link)
  })
}

function start() {
  document.documentElement.setAttribute('data-js', '')
  const root = document.querySelector<HTMLElement>('[data-site-search]')
  const link = root?.querySelector<HTMLAnchorElement>('a[data-search-open]')
  if (!root || !link) return
  const version = root.dataset.indexVersion ?? ''

  // A control that opens a panel is a button, not a link.
  const button = document.createElement('button')
  button.type = 'button'
  button.className = link.className
  button.dataset.searchOpen = ''
  button.setAttribute('aria-haspopup', 'dialog')
  button.setAttribute('aria-expanded', 'false')
  button.setAttribute('aria-keyshortcuts', '/')
  button.append(...link.childNodes)
  link.replaceWith(button)

  let code: Promise<Ui> | undefined
  const load = () => (code ??= Promise.all([import('../enhance/site-search'), stylesheet(SEARCH_CSS)]).then(([ui]) => ui))
  let panel: Promise<{ open: (typed?: string) => void }> | undefined
  let ready = false
  const open = () => {
    // Letters typed while the search code is still arriving go into the box, not into the void.
    let typed = ''
    const keep = (event: KeyboardEvent) => {
      if (event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey) return
      typed += event.key
      event.preventDefault()
    }
    if (!ready) document.addEventListener('keydown', keep, true)
    panel ??= load().then((ui) => ui.headerSearch(root, button, version))
    void panel.then((p) => {
      ready = true
      document.removeEventListener('keydown', keep, true)
      p.open(typed)
    })
  }
  for (const type of ['pointerenter', 'focus', 'touchstart']) button.addEventListener(type, () => void load(), { once: true, passive: true })
  button.addEventListener('click', open)
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return
    const target = event.target as HTMLElement | null
    if (target?.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])')) return
    event.preventDefault()
    open()
  })

  const page = document.getElementById('search-page')
  if (page) void load().then((ui) => ui.searchPage(page, version))
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true })
else start()
