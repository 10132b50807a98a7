import type { ReactNode } from 'react'
import { Cite } from '@/components/mdx/Cite'
import type { Locale } from '@/lib/i18n'

export type RefNumbers = Map<string, number>

/** Citation numbers for a figure value: the same markup as <Cite>, numbered by remark-citations. */
export function FigureRefs({ ids, numbers, locale }: { ids: string[]; numbers: RefNumbers; locale: Locale }) {
  if (ids.length === 0) return null
  const refs = ids.map((id) => {
    const n = numbers.get(id)
    if (!n) throw new Error(`Figure source "${id}" was not numbered: the remark-citations plugin must run before rendering.`)
    return { id, n }
  })
  return <Cite id={ids.join(' ')} refs={refs} locale={locale} />
}

/**
 * Words followed by their citation numbers, the last word kept with the numbers so that a number
 * never starts a line alone (what remark-cite-glue does in articles). `render` draws the words
 * (CrisisText, for a line with crisis numbers).
 */
export function TextWithRefs({
  text,
  ids,
  numbers,
  locale,
  render = (words) => words,
}: {
  text: string
  ids: string[]
  numbers: RefNumbers
  locale: Locale
  render?: (words: string) => ReactNode
}) {
  if (ids.length === 0) return <>{render(text)}</>
  const cut = text.lastIndexOf(' ') + 1
  return (
    <>
      {cut > 0 ? render(text.slice(0, cut)) : null}
      <span className="cite-glue">
        {render(text.slice(cut))}
        <FigureRefs ids={ids} numbers={numbers} locale={locale} />
      </span>
    </>
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
