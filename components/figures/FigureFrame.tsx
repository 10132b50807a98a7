import { Fragment, type ReactNode } from 'react'

export type RefNumbers = Map<string, number>

/** Citation numbers for a figure value, linked to the reference list like <Cite>. */
export function FigureRefs({ ids, numbers }: { ids: string[]; numbers: RefNumbers }) {
  if (ids.length === 0) return null
  return (
    <sup className="cite ml-0.5 text-[0.75em] leading-none whitespace-nowrap">
      <span aria-hidden="true">[</span>
      {ids.map((id, i) => {
        const n = numbers.get(id)
        if (!n) throw new Error(`Figure source "${id}" was not numbered: the remark-citations plugin must run before rendering.`)
        return (
          <Fragment key={id}>
            {i > 0 ? <span aria-hidden="true">, </span> : null}
            <a href={`#ref-${id}`} className="cite-link px-0.5 font-semibold no-underline hover:underline" data-cite={id} aria-label={`Reference ${n}`}>
              {n}
            </a>
          </Fragment>
        )
      })}
      <span aria-hidden="true">]</span>
    </sup>
  )
}

/** <figure> with a title and caption; the id is the back-link target for the figure's sources. */
export function FigureFrame({ name, title, caption, children }: { name: string; title: string; caption: string; children: ReactNode }) {
  return (
    <figure id={`fig-${name}`} className="figure not-prose my-8 rounded-xl border border-line bg-surface p-4 sm:p-6" aria-labelledby={`fig-${name}-title`}>
      <figcaption className="mb-4">
        <span id={`fig-${name}-title`} className="block text-lg font-semibold text-ink">
          {title}
        </span>
        <span className="mt-1 block text-[0.95rem] text-muted">{caption}</span>
      </figcaption>
      {children}
    </figure>
  )
}
