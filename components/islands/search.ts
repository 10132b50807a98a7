/**
 * The header search island, on every page. Before first use it is only this file (well under
 * 1 KB): it turns the /search link into a button, opens the panel on click or with the `/` key,
 * and starts loading the search code when the reader reaches for the button (hover, focus,
 * touch). The code (components/enhance/search-ui.ts, its own chunk through a dynamic import)
 * and the panel's stylesheet (components/enhance/search-ui.css) load together; the code loads
 * the index on first focus of the search box. On /search it also runs the page's box.
 * No imports here on purpose: any shared module would become another request on every page.
 */
type Ui = typeof import('../enhance/search-ui')

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

/**
 * The bar follows the reader on a phone (CSS keeps it at the top: `position: sticky`, only where
 * the screen is narrow and tall enough). Here: it slides away while the reader scrolls down and
 * comes back on the first scroll up, and once the menu row below it is out of sight it shows the
 * language switch in place of the site name. Classes only, so nothing in the page moves (CLS 0).
 */
function followReader() {
  const bar = document.querySelector<HTMLElement>('[data-site-bar]')
  const row = bar?.nextElementSibling
  if (!bar || !row) return
  let last = window.scrollY
  let frame = 0
  // A page opened at a #section jumps there by itself: the bar stays until the reader scrolls.
  let reading = false
  const reader = () => (reading = true)
  for (const type of ['wheel', 'touchmove', 'keydown', 'pointerdown']) window.addEventListener(type, reader, { once: true, passive: true })
  const update = () => {
    frame = 0
    const y = window.scrollY
    const away = row.getBoundingClientRect().bottom <= bar.offsetHeight
    bar.classList.toggle('is-compact', away)
    // Small moves (a finger resting, the address bar showing) change nothing.
    if (Math.abs(y - last) < 8 && away) return
    bar.classList.toggle('is-hidden', reading && away && y > last)
    last = y
  }
  update()
  window.addEventListener('scroll', () => (frame ||= window.requestAnimationFrame(update)), { passive: true })
}

/**
 * The language switch keeps the reader's place: the search query (?q=), the handout's sections
 * (?s=) and the glossary term or section in the address (#…). Both editions share their ids. On
 * an article the article island sets the #section being read instead (data-follows-section).
 */
function keepPlace() {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-language-switch]')) {
    const carry = () => {
      const here = new URL(window.location.href)
      const to = new URL(link.href)
      for (const key of ['q', 's']) {
        const value = here.searchParams.get(key)
        if (value === null) to.searchParams.delete(key)
        else to.searchParams.set(key, value)
      }
      if (!('followsSection' in link.dataset)) to.hash = here.hash
      link.href = to.href
    }
    for (const type of ['pointerdown', 'focus', 'click', 'contextmenu']) link.addEventListener(type, carry)
  }
}

function start() {
  document.documentElement.setAttribute('data-js', '')
  followReader()
  keepPlace()
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
  const load = () => (code ??= Promise.all([import('../enhance/search-ui'), stylesheet(SEARCH_CSS)]).then(([ui]) => ui))
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
