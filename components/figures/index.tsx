import { figureSchemas, loadFigure } from '@/lib/content/figures'
import { localeContent } from '@/lib/content/files.mjs'
import type { Locale } from '@/lib/i18n'
import { GetHelp } from './GetHelp'
import { HistoryTimeline } from './HistoryTimeline'
import { IconArray } from './IconArray'
import { InductionSchedule } from './InductionSchedule'
import { RouteComparison } from './RouteComparison'
import { SynapseDiagram } from './SynapseDiagram'
import { TreatmentDay } from './TreatmentDay'

export interface FigureProps {
  name: string
  /** Filled in at build by remark-citations: the figure's sources and their numbers. */
  refs?: { id: string; n: number }[]
  /** The article page that in-figure section links point into, when the figure is shown elsewhere (a section page). */
  page?: string
  /** The page's language: its words, and its translated figure data. */
  locale: Locale
}

/** <Figure name="..." />: server-rendered SVG and HTML from content/<locale>/figures/<name>.yaml; no JavaScript. */
export function Figure({ name, refs = [], page, locale }: FigureProps) {
  const numbers = new Map(refs.map((r) => [r.id, r.n]))
  // Each language draws its own figure data (content/<locale>/figures, same names, schema and sources).
  const dir = localeContent(locale, 'figures')
  switch (name) {
    case 'history-timeline':
      return <HistoryTimeline data={loadFigure('history-timeline', dir)} numbers={numbers} locale={locale} page={page} />
    case 'route-comparison':
      return <RouteComparison data={loadFigure('route-comparison', dir)} numbers={numbers} locale={locale} />
    case 'synapse':
      return <SynapseDiagram data={loadFigure('synapse', dir)} numbers={numbers} locale={locale} />
    case 'treatment-day':
      return <TreatmentDay data={loadFigure('treatment-day', dir)} numbers={numbers} locale={locale} />
    case 'induction-schedule':
      return <InductionSchedule data={loadFigure('induction-schedule', dir)} numbers={numbers} locale={locale} />
    case 'bp-rise':
    case 'sedation':
      return <IconArray name={name} data={loadFigure(name, dir)} numbers={numbers} locale={locale} />
    case 'get-help':
      return <GetHelp data={loadFigure('get-help', dir)} numbers={numbers} locale={locale} />
    default:
      throw new Error(`<Figure name="${name}"> has no drawing. Expected one of: ${Object.keys(figureSchemas).join(', ')}.`)
  }
}
