/**
 * Schemas for every content file, with one doc comment per field. Editors see these rules in
 * error messages, so each message says what was expected and what was found.
 */
import { z } from 'zod'

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/** A calendar date written as YYYY-MM-DD. YAML turns such dates into Date objects; both are accepted. */
export const isoDate = z.unknown().transform((value, ctx) => {
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

const text = (what: string) =>
  z
    .string({ error: (issue) => `expected ${what}, got ${describe(issue.input)}` })
    .trim()
    .min(1, { error: `expected ${what}, got an empty string` })

/** Frontmatter of `content/articles/<slug>.mdx`. Unknown fields are refused (typos must not pass silently). */
export const articleFrontmatterSchema = z
  .strictObject({
    /** The page title: the question or phrase a patient would type. */
    title: text('a title (text)').pipe(z.string().max(90, { error: 'expected a title of at most 90 characters' })),
    /** Short label for menus and the table of contents, 1 to 3 words. */
    navTitle: text('a short menu label (text)').pipe(z.string().max(24, { error: 'expected a menu label of at most 24 characters' })),
    /** One sentence used in search results and link previews. */
    description: text('a one-sentence description').pipe(
      z.string().max(170, { error: 'expected a description of at most 170 characters (one sentence)' }),
    ),
    /** Reading order on the home page and in the menu; unique across articles. */
    order: z.int({ error: (issue) => `expected a whole number such as 3, got ${describe(issue.input)}` }).min(1, { error: 'expected a number of 1 or more' }),
    /** Date of the last editorial review. */
    lastReviewed: isoDate,
    /** Date the next review is due: after lastReviewed and within 12 months of it. */
    nextReview: isoDate,
    /** Who reviewed it: a name with credentials, or "Editorial team". Never claim a clinician who did not review it. */
    reviewedBy: text('who reviewed the article, for example "Editorial team"'),
    /** One line on what changed at the last review. */
    whatChanged: text('one line on what changed at the last review').optional(),
  })
  .superRefine((fm, ctx) => {
    if (fm.nextReview <= fm.lastReviewed) {
      ctx.addIssue({ code: 'custom', path: ['nextReview'], message: `expected a date after lastReviewed (${fm.lastReviewed}), got ${fm.nextReview}` })
    }
    const limit = new Date(fm.lastReviewed)
    limit.setUTCFullYear(limit.getUTCFullYear() + 1)
    if (fm.nextReview > limit.toISOString().slice(0, 10)) {
      ctx.addIssue({ code: 'custom', path: ['nextReview'], message: `expected a date within 12 months of lastReviewed (by ${limit.toISOString().slice(0, 10)}), got ${fm.nextReview}` })
    }
  })

export type ArticleFrontmatter = z.output<typeof articleFrontmatterSchema>

const cslName = z.union([
  z.strictObject({ family: text('a family name'), given: z.string().optional(), suffix: z.string().optional() }),
  z.strictObject({ literal: text('an organisation name') }),
])

const cslDate = z.strictObject(
  { 'date-parts': z.tuple([z.tuple([z.int().min(1900).max(2100)]).rest(z.int())], { error: 'expected [[year, month, day]] with at least the year' }) },
  { error: 'expected {"date-parts": [[year, month, day]]} with at least the year' },
)

/** One entry of `content/references.json`, a CSL-JSON item (the format reference managers export). */
export const referenceSchema = z
  .looseObject({
    /** The key writers cite: `<Cite id="berman2000" />`. Lower case letters, digits and hyphens. */
    id: z.string({ error: 'expected an id such as "berman2000"' }).regex(/^[a-z0-9-]+$/, { error: 'expected lower-case letters, digits and hyphens' }),
    /** CSL item type. */
    type: z.enum(['article-journal', 'report', 'webpage', 'legislation', 'article-magazine', 'article-newspaper', 'book', 'chapter', 'dataset'], {
      error: (issue) => `expected one of article-journal, report, webpage, legislation, article-magazine, article-newspaper, book, chapter, dataset; got ${describe(issue.input)}`,
    }),
    title: text('a title'),
    /** People ({family, given}) or an organisation ({literal}). */
    author: z.array(cslName, { error: 'expected a list of authors (people or an organisation)' }).min(1, { error: 'expected at least one author or an organisation' }),
    /** Publication date. A web page without one may give `accessed` instead (when it was checked). */
    issued: cslDate.optional(),
    accessed: cslDate.optional(),
    'container-title': z.string().optional(),
    publisher: z.string().optional(),
    volume: z.string().optional(),
    issue: z.string().optional(),
    page: z.string().optional(),
    DOI: z.string().regex(/^10\.\d{4,9}\/\S+$/, { error: 'expected a bare DOI such as 10.1056/NEJMoa2302399' }).optional(),
    PMID: z.string().regex(/^\d{5,9}$/, { error: 'expected a PubMed id of digits only' }).optional(),
    PMCID: z.string().regex(/^PMC\d+$/, { error: 'expected a PMC id such as PMC3000408' }).optional(),
    URL: z.url({ protocol: /^https$/, error: 'expected an https:// address' }).optional(),
    /** How the entry was verified; shown to editors, not readers. */
    note: z.string().optional(),
    /**
     * Kind of document, shown in brackets after the title: "News release", "Guide". A drug label
     * is "Prescribing information" (US) or "Summary of product characteristics" (UK/EU): it then
     * needs `issued` (the label's revision date) and `accessed`, and the reference list shows
     * "[Prescribing information, revised March 2026]" (see lib/reference-rules.ts).
     */
    genre: text('a kind of document, for example "Prescribing information"').optional(),
    /**
     * Editor-only data (CSL-JSON's place for fields of its own); never shown to readers.
     * Unknown keys are refused so a misspelt key cannot silently switch a rule off.
     */
    custom: z
      .strictObject({
        /**
         * Why a URL the check would refuse is right here: a home page, or a host on the list of
         * non-sources in lib/reference-rules.ts. For example "the crisis line's own site is the
         * source for its phone number". Reviewed like any other claim.
         */
        acceptedBecause: text('a reason, for example "the crisis line\'s own page"').optional(),
      })
      .optional(),
  })
  .superRefine((ref, ctx) => {
    if (!ref['container-title'] && !ref.publisher) {
      ctx.addIssue({ code: 'custom', path: ['container-title'], message: 'expected a journal, publisher or agency in "container-title" or "publisher"' })
    }
    if (!ref.issued && !(ref.type === 'webpage' && ref.accessed)) {
      ctx.addIssue({ code: 'custom', path: ['issued'], message: 'expected a publication year in "issued" (a web page without a date may give "accessed" instead)' })
    }
    if (!ref.DOI && !ref.PMID && !ref.URL) {
      ctx.addIssue({ code: 'custom', path: ['DOI'], message: 'expected at least one of DOI, PMID or URL so readers can check the source' })
    }
  })

export type Reference = z.output<typeof referenceSchema>

/** One entry of `content/glossary.yaml`. */
export const glossaryEntrySchema = z.strictObject({
  /** The anchor on /glossary and the id writers use in `<Term id="...">`. */
  id: z.string({ error: 'expected an id such as "nmda-receptor"' }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'expected lower-case words joined by hyphens' }),
  /** The term as shown. */
  term: text('the term'),
  /** Brand names, abbreviations, other spellings, slang: what a patient might type. */
  aliases: z.array(text('an alias')).default([]),
  /** 1 to 3 plain sentences, grade 8 or below. */
  definition: text('a plain definition of 1 to 3 sentences').pipe(
    z.string().refine((d) => (d.match(/[.!?](\s|$)/g) ?? []).length <= 3, { error: 'expected at most 3 sentences; move detail to "note"' }),
  ),
  /** Optional longer note. */
  note: z.string().trim().optional(),
  /** Ids of related entries. */
  related: z.array(z.string()).default([]),
  /** Bibliography ids that support the definition or note. */
  sources: z.array(z.string()).default([]),
  /** How to say it, for example "KET-uh-meen". */
  pronunciation: z.string().trim().optional(),
})

export type GlossaryEntry = z.output<typeof glossaryEntrySchema>

/** `content/section-ids.lock.json`: every section id that exists, and redirects for renamed ones. */
export const sectionLockSchema = z.strictObject({
  sections: z.record(z.string(), z.array(z.string())),
  redirects: z.record(z.string(), z.record(z.string(), z.string())).default({}),
})

export type SectionLock = z.output<typeof sectionLockSchema>

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

/** Turns a zod error into lines of "field: message", the form editors see. */
export function formatIssues(error: z.ZodError, allowedKeys: readonly string[] = []): string[] {
  return error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const allowed = issue.path.length === 0 && allowedKeys.length ? ` (allowed fields: ${allowedKeys.join(', ')})` : ''
      return issue.keys
        .map((key) => `${[...issue.path, key].join('.')}: unknown field${allowed}; check the spelling or remove it`)
        .join('\n')
    }
    const field = issue.path.length ? issue.path.join('.') : '(file)'
    const missing = issue.code === 'invalid_type' && issue.input === undefined
    return `${field}: ${missing ? `is required; ${issue.message.replace(/, got nothing \(the field is missing\)$/, '')}` : issue.message}`
  })
}
