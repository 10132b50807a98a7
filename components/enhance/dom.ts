/**
 * Small browser helpers shared by the islands: the polite announcer, listener clean-up,
 * copy-to-clipboard with an announced result, and start-up once the page is parsed.
 */
import { islandStrings } from '@/lib/i18n/islands'

/** Writes a message to the page's polite live region (rendered by the root layout). */
export function announce(message: string) {
  const region = document.getElementById('announcer')
  if (!region) return
  region.textContent = ''
  // A fresh text node after a tick makes screen readers announce repeated messages too.
  window.setTimeout(() => {
    region.textContent = message
  }, 50)
  window.clearTimeout(Number(region.dataset.timer))
  region.dataset.timer = String(window.setTimeout(() => (region.textContent = ''), 4000))
}

/** Listeners registered with `{ signal }` are all removed by one `abort()`. */
export function listeners(): { signal: AbortSignal; abort: () => void } {
  const controller = new AbortController()
  return { signal: controller.signal, abort: () => controller.abort() }
}

/** Copies `url` and says so; if the clipboard is refused, announces the link to copy by hand. */
export async function copyLink(url: string, name: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(url)
    announce(islandStrings().copied(name))
    return true
  } catch {
    announce(islandStrings().copyFailed(url))
    return false
  }
}

/**
 * One document-level click listener for every button matching `selector` (including ones added
 * later, such as search results): `describe` says what link the button copies.
 */
export function onCopyLinkClick(selector: string, describe: (button: HTMLElement) => { url: string; name: string }, signal?: AbortSignal) {
  document.addEventListener(
    'click',
    (event) => {
      const button = event.target instanceof Element ? event.target.closest<HTMLElement>(selector) : null
      if (!button) return
      const { url, name } = describe(button)
      void copyLink(url, name)
    },
    { signal },
  )
}

/** Runs `start` once the document is parsed, and marks the page as enhanced (`html[data-js]`). */
export function ready(start: () => void) {
  const run = () => {
    document.documentElement.setAttribute('data-js', '')
    start()
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run, { once: true })
  else run()
}
