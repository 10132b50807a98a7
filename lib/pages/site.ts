/**
 * Site-wide settings. The base URL is the one setting that changes per deployment. The site's
 * name, tagline and dates are words, so they live in each language's dictionary (lib/i18n).
 */

/**
 * The public origin of the site, from SITE_URL (for example https://ketamine.example.org).
 * Used for canonical URLs, Open Graph tags, the sitemap and JSON-LD. Defaults to the local
 * server so a fresh clone works without configuration.
 */
export function siteUrl(): string {
  const raw = process.env.SITE_URL?.trim() || `http://localhost:${process.env.PORT || 3000}`
  return raw.replace(/\/+$/, '')
}

/**
 * SITE_URL when the build has one (no trailing slash), else undefined. For addresses the browser
 * would otherwise take from wherever the page is served (handout QR codes and printed links): a
 * deploy build names its public site; a local build leaves them to the current address.
 */
export function configuredSiteUrl(): string | undefined {
  return process.env.SITE_URL?.trim().replace(/\/+$/, '') || undefined
}

export function absoluteUrl(path: string): string {
  return `${siteUrl()}${path.startsWith('/') ? path : `/${path}`}`
}

export const CRISIS = {
  us: { call: '988', href: 'tel:988', sms: 'sms:988', chat: 'https://988lifeline.org' },
  emergency: { call: '911', href: 'tel:911' },
  canada: { call: '9-8-8', href: 'tel:988', sms: 'sms:988' },
  international: 'https://findahelpline.com',
} as const
