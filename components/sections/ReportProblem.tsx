import { getSettings } from '@/lib/content'
import { feedbackTo, reportHref, type ReportPage } from '@/lib/pages/feedback'
import { absoluteUrl } from '@/lib/pages/site'
import { dictionary, type Locale } from '@/lib/i18n'

/**
 * "Report a problem with this page": a plain link (mailto: or the configured form), no script.
 * Renders nothing when the build has no address (`feedback.to` in content/settings.yaml or
 * FEEDBACK_TO): no made-up address, and `npm run build` warns. `path`: the page's own path with
 * its section or term id, made absolute with SITE_URL.
 */
export function ReportProblem({
  locale,
  title,
  path,
  reviewed,
  className = 'mt-3',
  note = true,
}: {
  locale: Locale
  title: string
  path: string
  reviewed?: string
  className?: string
  /** The line on what the link does; the glossary, with one link per entry, says it once. */
  note?: boolean
}) {
  const page: ReportPage = { title, url: absoluteUrl(path), reviewed }
  const href = reportHref(feedbackTo(getSettings().feedback.to), page, locale)
  if (!href) return null
  const r = dictionary(locale).report
  return (
    <p className={`no-print text-sm ${className}`}>
      <a href={href} data-report-problem="">
        {r.link}
      </a>
      {note && href.startsWith('mailto:') ? <span className="text-muted"> {r.note}</span> : null}
    </p>
  )
}
