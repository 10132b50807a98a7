import { Fragment } from 'react'
import { citeGroups, groupText } from '@/lib/citations/groups'
import { dictionary, type Locale } from '@/lib/i18n'

export interface CiteProps {
  /** Written by the writer: one or more reference ids. Numbered at build by remark-citations. */
  id: string
  refs?: { id: string; n: number }[]
  /** Id of this citation, the target of the reference list's back-links (figures use their own). */
  anchor?: string
  /** The page's language (the numbers' spoken names). */
  locale: Locale
}

/**
 * An in-text citation: "[3]", "[1, 4]" or "[2–4]". Each number (or range) links to its entry in
 * the reference list and is announced as "Reference 3" or "References 2 to 4"; each is a tap
 * target of at least 24 by 24 px. The preview on focus or tap comes from setUpCitationPreviews
 * (components/enhance/popovers.ts), which the article island runs.
 */
export function Cite({ id, refs, anchor, locale }: CiteProps) {
  if (!refs) {
    throw new Error(`<Cite id="${id}"> was not numbered: the remark-citations plugin must run before rendering.`)
  }
  const s = dictionary(locale).cite
  return (
    <sup className="cite">
      <span aria-hidden="true">[</span>
      {citeGroups(refs).map(({ first, last }, i) => (
        <Fragment key={first.id}>
          {i > 0 ? <span aria-hidden="true">, </span> : null}
          <a
            href={`#ref-${first.id}`}
            id={i === 0 ? anchor : undefined}
            className="cite-link"
            data-cite={first.id}
            aria-label={first === last ? s.one(first.n) : s.range(first.n, last.n)}
          >
            {groupText({ first, last })}
          </a>
        </Fragment>
      ))}
      <span aria-hidden="true">]</span>
    </sup>
  )
}
