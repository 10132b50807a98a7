import { getReferences } from '@/lib/content'
import type { GlossarySource } from '@/lib/glossary'
import { ReferenceItem } from '@/components/mdx/References'
import { t } from '@/lib/i18n/page-locale'

/**
 * The numbered sources of every glossary entry, at the end of /glossary: the same Vancouver
 * formatting and `#references` / `#ref-<id>` anchors as an article's list, so an entry's
 * citation numbers link here. Each source links back to the terms that cite it.
 */
export function GlossaryReferences({ sources }: { sources: GlossarySource[] }) {
  if (sources.length === 0) return null
  const bibliography = getReferences()
  const s = t()
  return (
    <section id="references" aria-labelledby="references-heading" className="references mt-12 border-t border-line pt-6">
      <h2 id="references-heading" className="text-xl font-semibold text-ink">
        {s.article.references}
      </h2>
      <p className="mt-1 text-sm text-muted">{s.glossary.referencesIntro}</p>
      <ol className="mt-4 list-decimal grid gap-3 ps-7 text-[0.95rem] leading-relaxed marker:text-muted">
        {sources.map(({ id, citedBy }) => {
          const entry = bibliography.get(id)
          if (!entry) throw new Error(`Reference "${id}" is cited in content/en/glossary.yaml but missing from content/references.json.`)
          return (
            <ReferenceItem key={id} id={id} entry={entry}>
              <span className="no-print text-sm">
                <span className="text-muted">{s.glossary.for}</span>
                {citedBy.map((t, i) => (
                  <span key={t.id}>
                    {i > 0 ? ', ' : ''}
                    <a href={`#${t.id}`}>{t.term}</a>
                  </span>
                ))}
              </span>
            </ReferenceItem>
          )
        })}
      </ol>
    </section>
  )
}
