import type { ReactNode } from 'react'
import type { GlossaryEntry } from '@/lib/content'
import { localePath, type Locale } from '@/lib/i18n'

/**
 * A glossary term in the text: a plain link to its entry. With JavaScript, setUpTermPopovers
 * (components/enhance/popovers.ts) turns a tap, click or Enter on it into an in-place definition.
 */
export function Term({
  id,
  children,
  locale,
}: {
  id: string
  children: ReactNode
  /** The sentence explains the word (content check, terms.yaml `explain`); nothing to draw. */ explained?: boolean
  locale: Locale
}) {
  return (
    <a href={localePath(locale, `/glossary#${id}`)} className="term decoration-dotted decoration-2" data-term={id}>
      {children}
    </a>
  )
}

/**
 * The definitions of the terms used on a page, for the popovers. Hidden; never read twice.
 * `glossary`: the glossary in the page's language, given by the page.
 */
export function TermDefinitions({ ids, glossary: entries }: { ids: string[]; glossary: readonly GlossaryEntry[] }) {
  const glossary = new Map(entries.map((t) => [t.id, t]))
  return (
    <div hidden data-term-definitions="">
      {ids.map((id) => {
        const term = glossary.get(id)
        if (!term) throw new Error(`Glossary term "${id}" is used but missing from content/en/glossary.yaml.`)
        return (
          <div key={id} data-definition={id} data-term-name={term.term}>
            {term.definition}
          </div>
        )
      })}
    </div>
  )
}
