import { Fragment } from 'react'

export interface CiteProps {
  /** Written by the writer: one or more reference ids. Numbered at build by remark-citations. */
  id: string
  refs?: { id: string; n: number }[]
  /** Id of this citation, the target of the reference list's back-links (figures use their own). */
  anchor?: string
}

/**
 * An in-text citation: "[3]" or "[1, 4]". Each number links to its entry in the reference list
 * and is announced as "Reference 3". The preview on focus/tap is added by CitationPreview.
 */
export function Cite({ id, refs, anchor }: CiteProps) {
  if (!refs) {
    throw new Error(`<Cite id="${id}"> was not numbered: the remark-citations plugin must run before rendering.`)
  }
  return (
    <sup className="cite ml-0.5 text-[0.75em] leading-none whitespace-nowrap">
      <span aria-hidden="true">[</span>
      {refs.map((ref, i) => (
        <Fragment key={ref.id}>
          {i > 0 ? <span aria-hidden="true">, </span> : null}
          <a
            href={`#ref-${ref.id}`}
            id={i === 0 ? anchor : undefined}
            className="cite-link px-0.5 font-semibold no-underline hover:underline"
            data-cite={ref.id}
            aria-label={`Reference ${ref.n}`}
          >
            {ref.n}
          </a>
        </Fragment>
      ))}
      <span aria-hidden="true">]</span>
    </sup>
  )
}
