import type { ReactNode } from 'react'

interface HeadingProps {
  id?: string
  'data-heading'?: string
  /** Old ids of this section (renamed headings), space-separated; see remark-headings. */
  'data-redirects'?: string
  children?: ReactNode
}

/**
 * h2/h3 with a visible link to itself (touch users can see it) and copy/share buttons that
 * SectionLinks brings to life. The link and buttons sit beside the heading, not inside it, so the
 * heading's accessible name stays the heading text (Starlight's pattern).
 */
function makeHeading(Tag: 'h2' | 'h3') {
  return function Heading({ id, 'data-heading': label, 'data-redirects': redirects, children }: HeadingProps) {
    if (!id) return <Tag>{children}</Tag>
    const name = label ?? id
    return (
      <div className="heading-wrap">
        {redirects?.split(' ').map((old) => <span key={old} id={old} data-redirect-to={id} className="redirect-anchor" />)}
        <Tag id={id}>{children}</Tag>
        <span className="heading-tools no-print">
          <a href={`#${id}`} className="rounded px-1.5 text-base font-normal text-muted no-underline hover:text-accent" aria-label={`Link to section: ${name}`}>
            <span aria-hidden="true">#</span>
          </a>
          <button type="button" className="js-only rounded-md border border-line px-2 py-0.5 text-sm text-muted hover:border-accent hover:text-accent" data-copy-link={id} data-heading={name}>
            Copy link<span className="sr-only"> to section: {name}</span>
          </button>
          <button type="button" className="js-only rounded-md border border-line px-2 py-0.5 text-sm text-muted hover:border-accent hover:text-accent" data-share={id} data-heading={name}>
            Share<span className="sr-only"> section: {name}</span>
          </button>
        </span>
      </div>
    )
  }
}

export const H2 = makeHeading('h2')
export const H3 = makeHeading('h3')
