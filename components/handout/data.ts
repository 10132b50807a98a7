/**
 * The handout's data: each section's JSON file (HandoutSection, lib/handout.ts), written by the
 * build beside the pages of its language, fetched once per section and kept for the visit.
 */
import { HANDOUT_DATA_VERSION, handoutDataPath, isSectionKey, type HandoutSection } from '@/lib/handout'
import { sitePath } from '@/lib/i18n/islands'

const cache = new Map<string, Promise<HandoutSection>>()

export function loadSection(key: string): Promise<HandoutSection> {
  // Only known, well-formed keys reach here; the check is a second lock on the request path.
  if (!isSectionKey(key)) return Promise.reject(new Error(`not a section key: ${key}`))
  let data = cache.get(key)
  if (!data) {
    data = fetch(sitePath(handoutDataPath(key)))
      .then((r) => {
        if (!r.ok) throw new Error(`HTTP ${r.status}`)
        return r.json() as Promise<HandoutSection>
      })
      .then((section) => {
        // A page and data from two different builds (a cached page, a half-finished upload).
        if (section.version !== HANDOUT_DATA_VERSION || section.key !== key) throw new Error(`not the handout data of ${key}`)
        return section
      })
    data.catch(() => cache.delete(key))
    cache.set(key, data)
  }
  return data
}

/**
 * The origin that QR codes and printed links name: the build's SITE_URL (data-site-url, written
 * only by a build that has one), else this page's own origin (a local or unconfigured build).
 */
export function publicOrigin(): string {
  const configured = document.getElementById('handout-page')?.dataset.siteUrl
  try {
    if (configured && /^https?:$/.test(new URL(configured).protocol)) return new URL(configured).origin
  } catch {
    /* Not a URL: fall back to where the page is. */
  }
  return window.location.origin
}
