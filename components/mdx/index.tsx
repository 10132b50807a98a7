import type { MDXComponents } from 'mdx/types'
import type { ComponentProps } from 'react'
import { Figure } from '@/components/figures'
import { Callout } from './Callout'
import { Cite } from './Cite'
import { CrisisNumber } from './CrisisNumber'
import { Evidence } from './Evidence'
import { H2, H3 } from './Heading'
import { KeyPoints, MainMessage, QuestionsToAsk } from './KeyPoints'
import { MoreDetail } from './MoreDetail'
import { References } from './References'
import { Term, TermDefinitions } from './Term'

/**
 * On phones each table row shows as a small card whose cells carry their column names
 * (remark-tables adds them); on wider screens it is a normal table, scrolling sideways if needed.
 */
function Table(props: ComponentProps<'table'>) {
  return (
    <div className="table-wrap relative my-6 rounded-lg border border-line sm:overflow-x-auto">
      <table {...props} />
    </div>
  )
}

/** The registry @next/mdx uses: writers' vocabulary plus element overrides. No bodies here. */
export const mdxComponents: MDXComponents = {
  MainMessage,
  KeyPoints,
  QuestionsToAsk,
  Callout,
  Evidence,
  Cite,
  CrisisNumber,
  Term,
  Figure,
  MoreDetail,
  References,
  TermDefinitions,
  h2: H2,
  h3: H3,
  table: Table,
}
