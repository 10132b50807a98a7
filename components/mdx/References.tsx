import { getReferences } from '@/lib/content'
import { formatReference, shortReference } from '@/lib/references'
import { HeadingTools } from './Heading'

export interface ReferencesProps {
  /** Filled in at build by remark-citations: id, number, and the ids of every citation of it. */
  refs: { id: string; n: number; backlinks: string[] }[]
}

/** The numbered reference list at the end of an article (Vancouver style, built at build time). */
export function References({ refs }: ReferencesProps) {
  const bibliography = getReferences()
  return (
    <section id="references" aria-labelledby="references-heading" className="references not-prose mt-12 border-t border-line pt-6">
      <div className="heading-wrap">
        <h2 id="references-heading" className="text-xl font-semibold text-ink">
          References
        </h2>
        <HeadingTools id="references-heading" name="References" />
      </div>
      <ol className="mt-4 list-decimal space-y-3 pl-7 text-[0.95rem] leading-relaxed marker:text-muted">
        {refs.map(({ id, n, backlinks }) => {
          const entry = bibliography.get(id)
          if (!entry) throw new Error(`Reference "${id}" is cited but missing from content/references.json.`)
          const ref = formatReference(entry)
          return (
            <li key={id} id={`ref-${id}`} data-short={shortReference(ref)} className="pl-1">
              <span>{ref.text}</span>{' '}
              {ref.links.map((link) => (
                <span key={link.href}>
                  <a href={link.href} className="[overflow-wrap:anywhere]">
                    {link.label}
                  </a>{' '}
                </span>
              ))}
              <span className="no-print ml-1">
                {backlinks.map((anchor, i) => (
                  <a
                    key={anchor}
                    href={`#${anchor}`}
                    className="ml-1 inline-block whitespace-nowrap no-underline hover:underline"
                    aria-label={backlinks.length > 1 ? `Back to reference ${n} in the text, place ${i + 1} of ${backlinks.length}` : `Back to reference ${n} in the text`}
                  >
                    <span aria-hidden="true">↩{backlinks.length > 1 ? <sup>{i + 1}</sup> : null}</span>
                  </a>
                ))}
              </span>
            </li>
          )
        })}
      </ol>
    </section>
  )
}
