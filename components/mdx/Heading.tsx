import type { ReactNode } from 'react'
import { dictionary, localePath, type Locale } from '@/lib/i18n'
import type { StaleSection } from '@/lib/content/freshness'
import { StaleNote } from '@/components/sections/StaleNotes'

interface HeadingProps {
  id?: string
  'data-heading'?: string
  /** Old ids of this section (renamed headings), space-separated; see remark-headings. */
  'data-redirects'?: string
  /** On an h2: "<slug>/<id>", the key of the section's own page (remark-headings). */
  'data-section'?: string
  children?: ReactNode
  locale: Locale
  /** On a translated page: the sections whose English changed since (a note under each heading). */
  stale?: readonly StaleSection[]
}

const TOOL = 'js-only rounded-md border border-line px-2 py-0.5 text-sm text-muted no-underline hover:border-accent hover:text-accent'

/**
 * The self-link and buttons beside a heading. `section` (an h2's "<slug>/<id>") makes the copy
 * and share buttons use the section's own page, whose link preview shows this section, and adds
 * "Add to handout". Without it they use the in-page anchor (h3s, key points, references).
 * The buttons need JavaScript; the handout link goes to a page that needs it too.
 */
export function HeadingTools({ id, name, section, locale }: { id: string; name: string; section?: string; locale: Locale }) {
  const s = dictionary(locale).headings
  const page = section ? localePath(locale, `/articles/${section}`) : undefined
  return (
    <span className="heading-tools no-print">
      <a href={`#${id}`} className="rounded px-1.5 text-base font-normal text-muted no-underline hover:text-accent" aria-label={s.linkTo(name)}>
        <span aria-hidden="true">#</span>
      </a>
      <button type="button" className={TOOL} data-copy-link={id} data-section-page={page} data-heading={name}>
        {s.copyLink}
        <span className="sr-only">{s.copyLinkTo(name)}</span>
      </button>
      <button type="button" className={TOOL} data-share={id} data-section-page={page} data-heading={name}>
        {s.share}
        <span className="sr-only">{s.shareSection(name)}</span>
      </button>
      {section ? (
        <a href={localePath(locale, `/handout?s=${section}`)} className={TOOL} data-add-to-handout={section} aria-label={s.addToHandoutLabel(name)}>
          {s.addToHandout}
        </a>
      ) : null}
    </span>
  )
}

/**
 * h2/h3 with a visible link to itself (touch users can see it) and copy/share buttons that
 * setUpSectionLinks (components/enhance/section-links.ts) brings to life. The link and buttons
 * sit beside the heading, not inside it, so the heading's accessible name stays the heading text
 * (Starlight's pattern).
 */
function makeHeading(Tag: 'h2' | 'h3') {
  return function Heading({ id, 'data-heading': label, 'data-redirects': redirects, 'data-section': section, children, locale, stale }: HeadingProps) {
    if (!id) return <Tag>{children}</Tag>
    const name = label ?? id
    return (
      <div className="heading-wrap">
        {redirects?.split(' ').map((old) => (
          <span key={old} id={old} data-redirect-to={id} className="redirect-anchor" />
        ))}
        <Tag id={id}>{children}</Tag>
        <HeadingTools id={id} name={name} section={Tag === 'h2' ? section : undefined} locale={locale} />
        {Tag === 'h2' && section ? <SectionStaleNote section={section} stale={stale} locale={locale} /> : null}
      </div>
    )
  }
}

export const H2 = makeHeading('h2')
export const H3 = makeHeading('h3')

/** On a translated page: the note under a section heading whose English changed since translation. */
function SectionStaleNote({ section, stale, locale }: { section: string; stale?: readonly StaleSection[]; locale: Locale }) {
  const id = section.slice(section.indexOf('/') + 1)
  const note = stale?.find((s) => s.id === id)
  return note ? <StaleNote id={id} english={note.english} date={note.updated} locale={locale} /> : null
}
