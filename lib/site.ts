/** Site-wide settings. The base URL is the one setting that changes per deployment. */
export const SITE_NAME = 'Ketamine Therapy Guide'
/** For the header on a small phone, where the full name does not fit beside the buttons. */
export const SITE_SHORT_NAME = 'Ketamine Guide'
export const SITE_TAGLINE = 'Plain-language, cited information about ketamine and esketamine treatment'
export const SITE_DESCRIPTION =
  'Independent, plain-language explanations of ketamine and esketamine (Spravato) treatment: how it works, how it is given, what the evidence shows, its risks, and what to expect. Every claim is cited.'

/**
 * The public origin of the site, from SITE_URL (for example https://ketamine.example.org).
 * Used for canonical URLs, Open Graph tags, the sitemap and JSON-LD. Defaults to the local
 * server so a fresh clone works without configuration.
 */
export function siteUrl(): string {
  const raw = process.env.SITE_URL?.trim() || `http://localhost:${process.env.PORT || 3000}`
  return raw.replace(/\/+$/, '')
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

/** "November 21, 2026" for a YYYY-MM-DD date, the same on every server. */
export function formatDate(iso: string): string {
  return new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' })
}
