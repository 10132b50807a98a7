import type { ReactNode } from 'react'
import { dictionary, type Locale } from '@/lib/i18n'

/**
 * <MoreDetail title="...">: label, history and trial detail a clinician may want, kept out of the
 * reader's way. A native <details> (no JavaScript; find-in-page opens it), collapsed on screen and
 * open in print (components/mdx/mdx.print.css, and the article module opens every block before printing where the
 * browser cannot style ::details-content). Its words are not "main text": the content check
 * counts them apart (settings.yaml, `mainWords`).
 */
export function MoreDetail({ title, children, locale }: { title: string; children: ReactNode; locale: Locale }) {
  return (
    <details className="more-detail my-6 rounded-lg border border-line">
      <summary className="cursor-pointer px-4 py-3 font-semibold">
        <span className="more-detail-label">{dictionary(locale).moreDetail.summary}: </span>
        {title}
      </summary>
      <div className="px-4 pb-3 [&>:first-child]:mt-0 [&>:last-child]:mb-0">{children}</div>
    </details>
  )
}
