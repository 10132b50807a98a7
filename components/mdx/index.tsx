import type { MDXComponents } from 'mdx/types'
import type { ComponentProps } from 'react'
import { Figure } from '@/components/figures'
import { Callout } from './Callout'
import { Cite } from './Cite'
import { Evidence } from './Evidence'
import { H2, H3 } from './Heading'
import { KeyPoints, QuestionsToAsk } from './KeyPoints'
import { References } from './References'
import { Term, TermDefinitions } from './Term'

/** Tables scroll sideways on phones; the wrapper is focusable so keyboard users can scroll it. */
function Table(props: ComponentProps<'table'>) {
  return (
    <div className="table-wrap relative my-6 overflow-x-auto rounded-lg border border-line" role="group" aria-label="Table (scrolls sideways on small screens)" tabIndex={0}>
      <table {...props} />
    </div>
  )
}

/** The registry @next/mdx uses: writers' vocabulary plus element overrides. No bodies here. */
export const mdxComponents: MDXComponents = {
  KeyPoints,
  QuestionsToAsk,
  Callout,
  Evidence,
  Cite,
  Term,
  Figure,
  References,
  TermDefinitions,
  h2: H2,
  h3: H3,
  table: Table,
}
