import type { ReactNode } from 'react'
import { Cite } from '@/components/mdx/Cite'

export type RefNumbers = Map<string, number>

/** Citation numbers for a figure value: the same markup as <Cite>, numbered by remark-citations. */
export function FigureRefs({ ids, numbers }: { ids: string[]; numbers: RefNumbers }) {
  if (ids.length === 0) return null
  const refs = ids.map((id) => {
    const n = numbers.get(id)
    if (!n) throw new Error(`Figure source "${id}" was not numbered: the remark-citations plugin must run before rendering.`)
    return { id, n }
  })
  return <Cite id={ids.join(' ')} refs={refs} />
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
