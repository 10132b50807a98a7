import type { MDXComponents } from 'mdx/types'
import type { ComponentProps, ComponentType, ReactNode } from 'react'
import { Figure } from '@/components/figures'
import type { Locale } from '@/lib/i18n'
import type { GlossaryEntry, Reference } from '@/lib/content'
import type { StaleSection } from '@/lib/content/freshness'
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

/** What a page gives the components of its article: its language and the data they show. */
export interface MdxPage {
  locale: Locale
  /** The bibliography (validated), for the reference list. */
  references: ReadonlyMap<string, Reference>
  /** The glossary in the page's language, for the term definitions. */
  glossary: readonly GlossaryEntry[]
  /** On a translation: the sections whose English changed since it was written. */
  stale?: readonly StaleSection[]
  /**
   * A section page: the id of the section it shows. The article's compiled module holds the
   * article and every section's own page (lib/mdx/section-pages.mjs); this picks which renders.
   */
  section?: string
}

const Nothing = () => null
const Children = ({ children }: { children?: ReactNode }) => children

/** A component with the page's language given. */
function inLocale<P extends { locale: Locale }>(Component: ComponentType<P>, locale: Locale) {
  return function WithLocale(props: Omit<P, 'locale'>) {
    return <Component {...(props as P)} locale={locale} />
  }
}

/**
 * The registry an article's MDX renders with: writers' vocabulary plus element overrides, bound
 * to one page (its language, its data). No bodies here.
 */
export function mdxComponents(page: MdxPage): MDXComponents {
  const { locale, section } = page
  return {
    Article: section === undefined ? Children : Nothing,
    Section: ({ id, children }: { id: string; children?: ReactNode }) => (id === section ? children : null),
    MainMessage,
    KeyPoints: inLocale(KeyPoints, locale),
    QuestionsToAsk: inLocale(QuestionsToAsk, locale),
    Callout: inLocale(Callout, locale),
    Evidence: inLocale(Evidence, locale),
    Cite: inLocale(Cite, locale),
    CrisisNumber,
    Term: inLocale(Term, locale),
    Figure: inLocale(Figure, locale),
    MoreDetail: inLocale(MoreDetail, locale),
    References: (props: Pick<ComponentProps<typeof References>, 'refs'>) => <References {...props} bibliography={page.references} locale={locale} />,
    TermDefinitions: (props: { ids: string[] }) => <TermDefinitions {...props} glossary={page.glossary} />,
    h2: (props: Omit<ComponentProps<typeof H2>, 'locale' | 'stale'>) => <H2 {...props} locale={locale} stale={page.stale} />,
    h3: inLocale(H3, locale),
    table: Table,
  }
}
