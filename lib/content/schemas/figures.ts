/**
 * The figures' data files (content/<locale>/figures/<name>.yaml): one schema per figure, with a
 * description per field (content/README.md's field reference is generated from them). Every
 * value that states a number lists its sources, like text.
 */
import { z } from 'zod'

// Each field has a description: content/README.md's field reference is generated from them.
const sources = z.array(z.string()).default([]).describe('Ids from references.json for the facts and numbers in this item.')
const requiredSources = z.array(z.string()).min(1).describe('Ids from references.json for this item (at least one).')
/** "expected X, got Y", or "expected X" when the field is missing (lib/content/zod-issues.ts reads it so). */
const expectedGot = (expected: string) => (iss: { input?: unknown }) =>
  iss.input === undefined ? `expected ${expected}` : `expected ${expected}, got ${JSON.stringify(iss.input)}`
const text = z
  .string({ error: expectedGot('text') })
  .trim()
  .min(1, { error: 'expected some text, got an empty line' })
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

/** A count of people in 100, for an icon array. */
const perHundred = (what: string) => {
  const error = expectedGot('a whole number from 0 to 100 (people in 100)')
  return z.int({ error }).min(0, { error }).max(100, { error }).describe(what)
}

/** Whole numbers written in a text (digits only: "1,000" is 1000). */
const statedNumbers = (words: string) => (words.match(/\d[\d,]*/g) ?? []).map((n) => Number(n.replace(/,/g, '')))

/**
 * An icon array: 100 people, the low end of a range drawn solid and the rest of the range striped,
 * so a range from several trials is drawn as a range. The numbers in words must be the drawn ones.
 */
const iconArray = z.strictObject({
  title,
  caption,
  outcome: text.describe(
    'What happened to the people drawn solid or striped, worded to follow "8 to 19 of them": "had a large rise in blood pressure". Read out with the numbers as the picture\'s text alternative.',
  ),
  groups: z
    .array(
      z
        .strictObject({
          name: text.describe('Who the 100 people are, such as "Spravato" or "Dummy spray (placebo)".'),
          low: perHundred('The lowest count in 100 in the trials, drawn as solid figures (0 to 100).'),
          high: perHundred('The highest count in 100 in the trials, at least `low`; the figures from `low` up to it are striped.'),
          words: text.describe('The numbers in words, shown under the picture: "8 to 19 in 100 (some people, not most)". It must state `low` and `high`.'),
          sources: requiredSources,
        })
        .superRefine((g, ctx) => {
          if (g.low > g.high)
            ctx.addIssue({
              code: 'custom',
              path: ['high'],
              input: g.high,
              message: `expected a count no smaller than low (${g.low}), got ${g.high}`,
              params: { fix: `make high the largest count in the trials and low the smallest (swap them if they are the wrong way round).` },
            })
          // Only once both counts are valid: a count out of range is its own problem.
          const counted = [g.low, g.high].every((n) => Number.isInteger(n) && n >= 0 && n <= 100) && g.low <= g.high
          const wanted = [...new Set([g.low, g.high])]
          const stated = statedNumbers(g.words)
          if (counted && !wanted.every((n) => stated.includes(n)))
            ctx.addIssue({
              code: 'custom',
              path: ['words'],
              input: g.words,
              message: `expected words that state ${wanted.join(' and ')} (low and high, the numbers drawn), got "${g.words}"`,
              params: { fix: `write the drawn numbers in the words, like "${wanted.join(' to ')} in 100", or correct low and high.` },
            })
        }),
    )
    .min(1)
    .max(2)
    .describe('One or two pictures of 100 people, side by side (stacked on phones).'),
  notes: z
    .array(z.strictObject({ text: text.describe('One or two sentences.'), sources }))
    .default([])
    .describe('Sentences under the picture: what the outcome means, or a rarer outcome too small to draw.'),
})

/** One of a fixed list, with the list in the message (and so in the fix). */
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: expectedGot(`one of ${values.join(', ')}`) })

/** The urgency levels of the get-help cards, in order (the callout types of the same names). */
export const HELP_LEVELS = ['emergency', 'call-today', 'next-visit'] as const
/** The small pictures a get-help item may have. */
export const HELP_ICONS = ['breathing', 'chest-pain', 'headache', 'vision', 'face', 'arm', 'speech'] as const

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
  'bp-rise': iconArray,
  sedation: iconArray,
  'get-help': z.strictObject({
    title,
    caption,
    levels: z
      .array(
        z.strictObject({
          level: oneOf(HELP_LEVELS).describe('How urgent: emergency (call 911 now), call-today or next-visit. Sets the card and the word above its title.'),
          title: text.describe('What to do, in a few words: "Call 911 now". A crisis number in it is a call link.'),
          items: z
            .array(
              z.strictObject({
                text: text.describe('A sign, in a few words, as the safety page lists it.'),
                icon: oneOf(HELP_ICONS)
                  .optional()
                  .describe(`A small picture before the words: ${HELP_ICONS.join(', ')}. Without one, a dot.`),
                sources,
              }),
            )
            .min(1)
            .describe('The signs, shortest first where it reads well.'),
        }),
      )
      .length(HELP_LEVELS.length)
      .superRefine((levels, ctx) => {
        levels.forEach((l, i) => {
          if (l.level !== HELP_LEVELS[i])
            ctx.addIssue({
              code: 'custom',
              path: [i, 'level'],
              input: l.level,
              message: `expected ${HELP_LEVELS[i]} (the cards go ${HELP_LEVELS.join(', ')}), got ${l.level}`,
              params: { fix: `put the cards in the order ${HELP_LEVELS.join(', ')}, one of each.` },
            })
        })
      })
      .describe(`Exactly ${HELP_LEVELS.length} cards, most urgent first: ${HELP_LEVELS.join(', ')}.`),
    crisis: z
      .strictObject({ text: text.describe('One sentence; crisis numbers in it become call and text links.'), sources: requiredSources })
      .optional()
      .describe('A line under the cards for thoughts of suicide (the crisis line).'),
  }),
} as const

export type FigureName = keyof typeof figureSchemas
export type FigureData<N extends FigureName> = z.output<(typeof figureSchemas)[N]>
