import type { ReactNode } from 'react'
import type { Reference } from '@/lib/content/schemas/reference'
import { formatReference, shortReference } from '@/lib/citations/references'
import { dictionary, type Locale } from '@/lib/i18n'
import { HeadingTools } from './Heading'

export interface ReferencesProps {
  /** Filled in at build by remark-citations: id, number, and the ids of every citation of it. */
  refs: { id: string; n: number; backlinks: string[] }[]
  /** The bibliography (content/references.json, validated), given by the page. */
  bibliography: ReadonlyMap<string, Reference>
  locale: Locale
}

/** The numbered reference list at the end of an article (Vancouver style, built at build time). */
export function References({ refs, bibliography, locale }: ReferencesProps) {
  const s = dictionary(locale)
  return (
    <section id="references" aria-labelledby="references-heading" className="references not-prose mt-12 border-t border-line pt-6">
      <div className="heading-wrap">
        <h2 id="references-heading" className="text-xl font-semibold text-ink">
          {s.article.references}
        </h2>
        <HeadingTools id="references-heading" name={s.article.references} locale={locale} />
      </div>
      <ol className="mt-4 list-decimal grid gap-3 ps-7 text-[0.95rem] leading-relaxed marker:text-muted">
        {refs.map(({ id, n, backlinks }) => {
          const entry = bibliography.get(id)
          if (!entry) throw new Error(`Reference "${id}" is cited but missing from content/references.json.`)
          return (
            <ReferenceItem key={id} id={id} entry={entry}>
              <span className="no-print ms-1">
                {backlinks.map((anchor, i) => (
                  <a
                    key={anchor}
                    href={`#${anchor}`}
                    className="ms-1 inline-block whitespace-nowrap no-underline hover:underline"
                    aria-label={backlinks.length > 1 ? s.cite.backPlace(n, i + 1, backlinks.length) : s.cite.back(n)}
                  >
                    <span aria-hidden="true">↩{backlinks.length > 1 ? <sup>{i + 1}</sup> : null}</span>
                  </a>
                ))}
              </span>
            </ReferenceItem>
          )
        })}
      </ol>
    </section>
  )
}

/**
 * One entry of a reference list: the Vancouver text and its links, then what follows it (an
 * article's back-links, the glossary's "For:" terms). The `ref-<id>` anchor is what citation
 * numbers link to and what the citation preview reads (`data-short`).
 */
export function ReferenceItem({ id, entry, children }: { id: string; entry: Reference; children: ReactNode }) {
  const ref = formatReference(entry)
  return (
    <li id={`ref-${id}`} data-short={shortReference(ref)} className="ps-1">
      <span>{ref.text}</span>{' '}
      {ref.links.map((link) => (
        <span key={link.href}>
          <a href={link.href} className="[overflow-wrap:anywhere]">
            {link.label}
          </a>{' '}
        </span>
      ))}
      {children}
    </li>
  )
}
