import { absoluteUrl } from '@/lib/pages/site'
import { dictionary, formatDate, type Locale } from '@/lib/i18n'

/**
 * The line a printout carries at its top: where the page lives and when it was reviewed.
 * Printed only (Chromium does not support @page margin boxes, so the URL cannot go in a running
 * header); on screen the same facts are in the page.
 */
export function PrintLine({ locale, path, reviewed }: { locale: Locale; path: string; reviewed: string }) {
  return (
    <p className="print-only print-line">
      {absoluteUrl(path)} · {dictionary(locale).article.printReviewed} {formatDate(reviewed, locale)}
    </p>
  )
}
