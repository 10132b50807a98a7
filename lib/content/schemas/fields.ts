/**
 * The building blocks every content schema shares: dates, text, ids, ranges, and the short
 * description of a bad value that every message ends with ("expected X, got Y"). Editors see these
 * words in error messages, so each says what was expected and what was found.
 */
import { z } from 'zod'
import { splitSentences } from '../../text'

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

export const sentenceCount = (value: string) => splitSentences(value).length

/** A calendar date written as YYYY-MM-DD. YAML turns such dates into Date objects; both are accepted. */
export const isoDate = z
  .unknown()
  .transform((value, ctx) => {
    const iso =
      value instanceof Date && !Number.isNaN(value.getTime())
        ? value.toISOString().slice(0, 10)
        : typeof value === 'string' && ISO_DATE.test(value) && !Number.isNaN(Date.parse(value))
          ? value
          : null
    if (iso === null) {
      ctx.addIssue({ code: 'custom', message: `expected a date like 2026-11-21, got ${describe(value)}` })
      return z.NEVER
    }
    return iso
  })
  .meta({ docType: 'date, YYYY-MM-DD' })

export const text = (what: string) =>
  z
    .string({ error: (issue) => `expected ${what}, got ${describe(issue.input)}` })
    .trim()
    .min(1, { error: `expected ${what}, got an empty string` })

/** One to three plain sentences: what the reader most needs to know or do (an article's or a section's). */
export const mainMessageText = (what: string, rest: string) =>
  text(what).refine((value) => sentenceCount(value) <= 3, {
    error: (issue) => `expected one to three sentences, got ${sentenceCount(String(issue.input))}: keep what the reader most needs to know or do, and ${rest}`,
  })

/** Reference ids separated by spaces, as in `<Cite id="…">`. */
export const citeIds = z
  .string({ error: (issue) => `expected reference ids separated by spaces, like "spravato-pi popova2019", got ${describe(issue.input)}` })
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]*( +[a-z0-9][a-z0-9-]*)*$/, { error: 'expected reference ids separated by spaces, like "spravato-pi popova2019"' })

/** An email address: something@host.tld, no spaces (mailto: links carry it as written). */
export const EMAIL = /^[^\s@<>"]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i

/** Lower-case words joined by hyphens: term ids, section ids. */
export const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** A count range such as `{ min: 1500, max: 3000 }`. */
export const range = (what: string) =>
  z
    .strictObject({
      min: z
        .int({ error: `expected the smallest ${what}, a whole number` })
        .min(0)
        .describe(`The smallest ${what} allowed.`),
      max: z
        .int({ error: `expected the largest ${what}, a whole number` })
        .min(1)
        .describe(`The largest ${what} allowed.`),
    })
    .refine((r) => r.min <= r.max, { error: 'expected min to be at most max' })

/** A short, safe description of a bad value for error messages. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)'
  if (value === null) return 'an empty value'
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString().slice(0, 10)
  if (typeof value === 'string') return `'${value.length > 40 ? `${value.slice(0, 40)}…` : value}'`
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'an object'
  return String(value)
}
