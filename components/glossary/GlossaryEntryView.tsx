import type { ReactNode } from 'react'
import type { EntryViewData } from '@/lib/glossary'
import { Cite } from '@/components/mdx/Cite'
import { CrisisText } from '@/components/mdx/CrisisNumber'
import { dictionary, localePath, type Locale } from '@/lib/i18n'
import { ReportProblem } from '@/components/sections/ReportProblem'

/**
 * One glossary entry, rendered on the server for the full list. Aliases are shown ("Also
 * called"); misspellings never are (they only feed search). The search island shows results
 * by cloning these entries (dropping their ids) and highlights matches inside the `data-hl`
 * elements, so an entry's markup is written once, here.
 */
export function GlossaryEntryView({ locale, entry, copyButton }: { locale: Locale; entry: EntryViewData; copyButton?: ReactNode }) {
  // The sources, after the last paragraph they support, as numbered links to the page's list
  // (the article's citation component; search results clone it without the anchor id).
  const g = dictionary(locale).glossary
  const cite = entry.sources.length ? (
    <Cite id={entry.sources.map((s) => s.id).join(' ')} refs={entry.sources} anchor={`src-${entry.id}`} locale={locale} />
  ) : null
  return (
    <article id={entry.id} className="glossary-entry rounded-xl border border-line bg-surface p-4 sm:p-5" aria-labelledby={`${entry.id}-term`}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={`${entry.id}-term`} className="text-lg font-semibold text-ink">
          <dfn data-hl="">{entry.term}</dfn>
          {entry.pronunciation ? (
            <span className="ms-2 text-sm font-normal text-muted">
              ({g.say} {entry.pronunciation})
            </span>
          ) : null}
        </h3>
        <span className="flex items-center gap-1 text-sm">
          <a href={`#${entry.id}`} className="rounded px-1.5 text-muted no-underline hover:text-accent" aria-label={g.linkTo(entry.term)}>
            <span aria-hidden="true">#</span>
          </a>
          {copyButton}
        </span>
      </div>
      {entry.aliases.length > 0 ? (
        <p className="mt-1 text-sm text-muted" data-aliases="">
          {g.alsoCalled}{' '}
          {entry.aliases.map((a, i) => (
            <span key={a}>
              {i > 0 ? ', ' : ''}
              <span data-hl="">{a}</span>
            </span>
          ))}
        </p>
      ) : null}
      <p className="mt-2">
        <span data-hl="">
          <CrisisText text={entry.definition} />
        </span>
        {entry.note ? null : cite}
      </p>
      {entry.note ? (
        <p className="mt-2 text-[0.95rem] text-muted">
          <CrisisText text={entry.note} />
          {cite}
        </p>
      ) : null}
      {entry.related.length > 0 ? (
        <p className="mt-2 text-sm">
          <span className="text-muted">{g.related}</span>
          {entry.related.map((r, i) => (
            <span key={r.id}>
              {i > 0 ? ', ' : ''}
              <a href={localePath(locale, `/glossary#${r.id}`)}>{r.term}</a>
            </span>
          ))}
        </p>
      ) : null}
      {entry.appearsIn.length > 0 ? (
        <p className="mt-1 text-sm">
          <span className="text-muted">{g.appearsIn}</span>
          {entry.appearsIn.map((a, i) => (
            <span key={`${a.slug}-${a.section}`}>
              {i > 0 ? ', ' : ''}
              <a href={localePath(locale, `/articles/${a.slug}${a.section ? `#${a.section}` : ''}`)}>
                {a.article}
                {a.sectionTitle ? `: ${a.sectionTitle}` : ''}
              </a>
            </span>
          ))}
        </p>
      ) : null}
      <ReportProblem locale={locale} title={`${entry.term} (${g.title})`} path={localePath(locale, `/glossary#${entry.id}`)} className="mt-2" note={false} />
    </article>
  )
}

/** Copies the entry's absolute URL; the glossary island handles the click (document-level). */
export function CopyTermLink({ locale, id, term }: { locale: Locale; id: string; term: string }) {
  const g = dictionary(locale).glossary
  return (
    <button
      type="button"
      className="js-only rounded-md border border-line px-2 py-0.5 text-muted hover:border-accent hover:text-accent"
      data-copy-term={id}
      data-term-name={term}
    >
      {g.copyLink}
      <span className="sr-only">{g.copyLinkTo(term)}</span>
    </button>
  )
}
