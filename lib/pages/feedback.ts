/**
 * "Report a problem with this page": a plain link, no script, nothing collected. With an email
 * address it is a mailto: link whose subject and body are filled in (the page's title, its address
 * with the section id, the review date, then a blank line for the reader); with a form address it
 * is that address with the same facts as query parameters. Nothing is sent until the reader sends it.
 */
import type { Locale } from '../i18n/locales'
import { dictionary, formatDate } from '../i18n'

/** The address or form URL of this build: FEEDBACK_TO, else `feedback.to` in content/settings.yaml; undefined when neither is set. */
export function feedbackTo(settingsTo: string | undefined): string | undefined {
  return process.env.FEEDBACK_TO?.trim() || settingsTo?.trim() || undefined
}

export interface ReportPage {
  /** The page title as the reader sees it (a section's question, a glossary term, "Get help now"). */
  title: string
  /** The page's absolute address, with the section or term id when there is one. */
  url: string
  /** The review date, YYYY-MM-DD; pages without one (glossary, help) leave it out. */
  reviewed?: string
}

/**
 * RFC 6068 percent-encoding for a mailto: header value: encodeURIComponent leaves only
 * A-Z a-z 0-9 - _ . ! ~ * ' ( ) as they are, all safe in a query; line breaks become %0D%0A.
 */
const encodeMailto = (value: string) => encodeURIComponent(value.replace(/\r?\n/g, '\r\n'))

/** The href of the link, or undefined when the build has no address. Pure: tested in tests/unit/feedback.test.ts. */
export function reportHref(to: string | undefined, page: ReportPage, locale: Locale): string | undefined {
  if (!to) return undefined
  const r = dictionary(locale).report
  if (/^https:\/\//.test(to)) {
    const url = new URL(to)
    url.searchParams.set('title', page.title)
    url.searchParams.set('url', page.url)
    if (page.reviewed) url.searchParams.set('reviewed', page.reviewed)
    return url.toString()
  }
  const lines = [
    `${r.page} ${page.title}`,
    `${r.address} ${page.url}`,
    ...(page.reviewed ? [`${r.reviewed} ${formatDate(page.reviewed, locale)} (${page.reviewed})`] : []),
    '',
    r.prompt,
    '',
    '',
  ]
  return `mailto:${to}?subject=${encodeMailto(r.subject(page.title))}&body=${encodeMailto(lines.join('\n'))}`
}
