import { absoluteUrl } from '@/lib/site'
import { formatDate } from '@/lib/i18n'
import { getPageLocale, t } from '@/lib/i18n/page-locale'

/**
 * The line a printout carries at its top: where the page lives and when it was reviewed.
 * Printed only (Chromium does not support @page margin boxes, so the URL cannot go in a running
 * header); on screen the same facts are in the page.
 */
export function PrintLine({ path, reviewed }: { path: string; reviewed: string }) {
  return (
    <p className="print-only print-line">
      {absoluteUrl(path)} · {t().article.printReviewed} {formatDate(reviewed, getPageLocale())}
    </p>
  )
}
