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
