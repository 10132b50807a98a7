/**
 * Figure data lives in content/figures/<name>.yaml so an editor can change a date or a number
 * without touching drawing code. Each file is validated here; every value that states a number
 * must list its sources (bibliography ids), like text.
 */
import path from 'node:path'
import { z } from 'zod'
import { FIGURES_DIR, displayPath, readData } from './content-files.mjs'
import { sourcesInOrder } from './mdx/figure-sources.mjs'
import { ContentError, ContentErrors, getReferences } from './content'
import { formatIssues } from './schemas'

const sources = z.array(z.string()).default([])
const text = z.string().trim().min(1)

const cell = z.strictObject({ text, percent: z.number().min(0).max(100).optional(), sources })

export const figureSchemas = {
  'history-timeline': z.strictObject({
    title: text,
    caption: text,
    events: z
      .array(z.strictObject({ year: z.int().min(1900).max(2100), label: text, text, section: z.string().regex(/^[a-z0-9-]+$/), sources: sources.pipe(z.array(z.string()).min(1)) }))
      .min(5),
  }),
  'route-comparison': z.strictObject({
    title: text,
    caption: text,
    routes: z.array(z.strictObject({ name: text, status: cell, bioavailability: cell, onset: cell, setting: cell, monitoring: cell })).min(2),
  }),
  synapse: z.strictObject({
    title: text,
    caption: text,
    steps: z.array(z.strictObject({ label: text, text, evidence: z.enum(['animals', 'people', 'people and animals']), sources: sources.pipe(z.array(z.string()).min(1)) })).min(3),
  }),
  'treatment-day': z.strictObject({
    title: text,
    caption: text,
    columns: z
      .array(
        z.strictObject({
          name: text,
          status: text,
          sources,
          steps: z.array(z.strictObject({ label: text, time: text.optional(), text, sources })).min(3),
        }),
      )
      .length(2),
  }),
  'induction-schedule': z.strictObject({
    title: text,
    caption: text,
    weeks: z.int().min(2).max(12),
    schedules: z.array(z.strictObject({ name: text, perWeek: z.array(z.int().min(0).max(7)).min(1), after: text, sources: sources.pipe(z.array(z.string()).min(1)) })).min(1),
  }),
} as const

export type FigureName = keyof typeof figureSchemas
export type FigureData<N extends FigureName> = z.output<(typeof figureSchemas)[N]>

/** Source ids in the order they appear in the data (the order citations are numbered in). */
export const figureSources = (data: unknown): string[] => sourcesInOrder(data)

/** Numbers stated in a text without a source: a figure must cite them like text does. */
export function uncitedNumbers(data: unknown): string[] {
  const problems: string[] = []
  const walk = (value: unknown, where: string) => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${where}[${i}]`))
    else if (value && typeof value === 'object') {
      const obj = value as Record<string, unknown>
      const own = ['text', 'time', 'percent'].filter((k) => k in obj).map((k) => String(obj[k]))
      const hasNumber = own.some((t) => /\d/.test(t))
      if (hasNumber && 'sources' in obj && Array.isArray(obj.sources) && obj.sources.length === 0) problems.push(`${where}: states a number but lists no sources`)
      for (const [k, v] of Object.entries(obj)) if (k !== 'sources') walk(v, `${where}.${k}`)
    }
  }
  walk(data, '')
  return problems
}

export function loadFigure<N extends FigureName>(name: N, dir = FIGURES_DIR): FigureData<N> {
  const file = path.join(dir, `${name}.yaml`)
  const shown = displayPath(file)
  const raw = readData(file)
  const parsed = figureSchemas[name].safeParse(raw)
  if (!parsed.success) throw new ContentErrors([new ContentError(shown, formatIssues(parsed.error))])
  const refs = getReferences()
  const problems = [
    ...figureSources(parsed.data)
      .filter((id) => !refs.has(id))
      .map((id) => `sources: unknown reference id "${id}"; add it to content/references.json`),
    ...uncitedNumbers(parsed.data),
  ]
  if (problems.length) throw new ContentErrors([new ContentError(shown, problems)])
  return parsed.data as FigureData<N>
}
