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

// Each field has a description: content/README.md's field reference is generated from them.
const sources = z.array(z.string()).default([]).describe('Ids from references.json for the facts and numbers in this item.')
const requiredSources = z.array(z.string()).min(1).describe('Ids from references.json for this item (at least one).')
const text = z.string().trim().min(1)
const title = text.describe("The figure's title, shown above it.")
const caption = text.describe('One or two sentences under the figure: what it shows and how sure we are.')

const cell = (what: string) =>
  z
    .strictObject({
      text: text.describe('The words in the cell.'),
      percent: z.number().min(0).max(100).optional().describe('A share from 0 to 100, drawn as a bar.'),
      sources,
    })
    .describe(what)

export const figureSchemas = {
  'history-timeline': z.strictObject({
    title,
    caption,
    events: z
      .array(
        z.strictObject({
          year: z.int().min(1900).max(2100).describe('The year of the event.'),
          label: text.describe('A short label for the timeline.'),
          text: text.describe('One sentence on what happened.'),
          section: z
            .string()
            .regex(/^[a-z0-9-]+$/)
            .describe('The id of the section of history.mdx that tells the story.'),
          sources: requiredSources,
        }),
      )
      .min(5)
      .describe('At least 5 events, in date order.'),
  }),
  'route-comparison': z.strictObject({
    title,
    caption,
    routes: z
      .array(
        z.strictObject({
          name: text.describe('The way it is given, such as "IV infusion".'),
          status: cell('Its approval status.'),
          bioavailability: cell('How much reaches the blood.'),
          onset: cell('How soon it starts to work.'),
          setting: cell('Where it is given.'),
          monitoring: cell('How closely staff watch you.'),
        }),
      )
      .min(2)
      .describe('At least 2 ways of giving it, one row each.'),
  }),
  synapse: z.strictObject({
    title,
    caption,
    steps: z
      .array(
        z.strictObject({
          label: text.describe('A short label for the step.'),
          text: text.describe('One or two sentences on the step.'),
          evidence: z.enum(['animals', 'people', 'people and animals']).describe('Where the evidence for this step comes from.'),
          sources: requiredSources,
        }),
      )
      .min(3)
      .describe('At least 3 steps, in order.'),
  }),
  'treatment-day': z.strictObject({
    title,
    caption,
    columns: z
      .array(
        z.strictObject({
          name: text.describe('The treatment, such as "Spravato nasal spray".'),
          status: text.describe('Its approval status in a few words.'),
          sources,
          steps: z
            .array(
              z.strictObject({
                label: text.describe('A short label for the step.'),
                time: text.optional().describe('How long it takes, such as "about 40 minutes".'),
                text: text.describe('One or two sentences on the step.'),
                sources,
              }),
            )
            .min(3)
            .describe('At least 3 steps of the day, in order.'),
        }),
      )
      .length(2)
      .describe('Exactly 2 columns, side by side.'),
  }),
  'induction-schedule': z.strictObject({
    title,
    caption,
    weeks: z.int().min(2).max(12).describe('How many weeks the chart shows.'),
    schedules: z
      .array(
        z.strictObject({
          name: text.describe('The treatment and whose schedule it is.'),
          perWeek: z.array(z.int().min(0).max(7)).min(1).describe('Sessions in each week, one number per week.'),
          after: text.describe('What happens after the weeks shown.'),
          sources: requiredSources,
        }),
      )
      .min(1)
      .describe('One or more schedules, one row each.'),
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
      if (hasNumber && 'sources' in obj && Array.isArray(obj.sources) && obj.sources.length === 0)
        problems.push(`${where}: states a number but lists no sources`)
      for (const [k, v] of Object.entries(obj)) if (k !== 'sources') walk(v, `${where}.${k}`)
    }
  }
  walk(data, '')
  return problems
}

export function loadFigure<N extends FigureName>(name: N, dir = FIGURES_DIR): FigureData<N> {
  // content/<locale>/figures holds the translated figures (same names, same schema).
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
