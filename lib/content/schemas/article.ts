/**
 * The frontmatter of an article (`content/<locale>/articles/<slug>.mdx`), with one description per
 * field: content/README.md's field reference is generated from them.
 */
import { z } from 'zod'
import { ID, citeIds, describe, isoDate, mainMessageText, range, text } from './fields'

/** Who reviewed an article (`reviewedBy:`): a named person or a team, never made up. */
const reviewerSchema = z
  .strictObject(
    {
      name: text("the reviewer's name").optional().describe('A person who really reviewed the page, by name. Leave it out for a team.'),
      team: text('a team, for example "Editorial team"')
        .optional()
        .describe('The team that reviewed it when no named person did, such as "Editorial team". Give `name` or `team`, not both.'),
      role: text('what the reviewer did, for example "Editorial review"').describe(
        'What the review was, in plain words: "Editorial review; not a clinical review", "Psychiatrist, clinical review".',
      ),
      credentials: text('credentials such as "MD, board-certified psychiatrist"')
        .optional()
        .describe('A named reviewer\'s credentials ("MD", "PharmD"). Refused without a `name`: a team has no credentials.'),
      date: isoDate.describe('The day of this review, YYYY-MM-DD; not after `lastReviewed`.'),
      conflicts: text('a conflicts-of-interest statement, for example "None."').describe(
        "The reviewer's conflicts of interest (payments from drug makers or clinics, ties to a treatment), or that there are none. Shown on the page.",
      ),
    },
    { error: (issue) => `expected who reviewed it: team (or name), role, date and conflicts on the lines under reviewedBy, got ${describe(issue.input)}` },
  )
  .superRefine((r, ctx) => {
    if (!r.name && !r.team)
      ctx.addIssue({
        code: 'custom',
        path: ['name'],
        message: 'expected a name or a team, got neither',
        params: { fix: 'add name: (a person who reviewed it) or team: Editorial team.' },
      })
    if (r.name && r.team)
      ctx.addIssue({
        code: 'custom',
        path: ['team'],
        message: 'expected a name or a team, got both',
        params: { fix: 'keep one: the person who reviewed it (name) or the team (team).' },
      })
    if (r.credentials && !r.name) {
      ctx.addIssue({
        code: 'custom',
        path: ['credentials'],
        message: 'expected credentials only with a named reviewer, got credentials without a name',
        params: { fix: 'add the name of the person who holds these credentials, or remove credentials: never credit a review that did not happen.' },
      })
    }
  })
  .describe(
    'Who reviewed the page: `team` (such as "Editorial team") or a named person (`name`, with optional `credentials`), their `role`, the `date` and a `conflicts` statement. Never name a clinician who did not review it.',
  )

export type Reviewer = z.output<typeof reviewerSchema>

/** How a reviewer is named on the page: "Dr A. Person, MD" or "Editorial team". */
export const reviewerName = (r: Reviewer) => (r.name ? `${r.name}${r.credentials ? `, ${r.credentials}` : ''}` : r.team!)

export const CHANGE_KINDS = ['correction', 'update'] as const

/** One entry of an article's change log (`changes:`). */
const changeSchema = z.strictObject(
  {
    date: isoDate.describe("The day the change was published, YYYY-MM-DD. Feeds use it as the entry's date, so a rebuild never changes it."),
    kind: z
      .enum(CHANGE_KINDS, {
        error: (issue) => `expected correction (something was wrong) or update (something was added or improved), got ${describe(issue.input)}`,
      })
      .describe('`correction` when something the page said was wrong or unsupported; `update` when something was added, moved or made clearer.'),
    sections: z
      .array(z.string().regex(ID, { error: 'expected a section id such as when-to-get-help (lower-case words joined by hyphens)' }), {
        error: (issue) => `expected a list of section ids such as [when-to-get-help], got ${describe(issue.input)}`,
      })
      .default([])
      .describe(
        'The ids of the `##` sections the change touched, as in their page addresses (`/articles/<slug>/<section-id>`). Leave it empty (`[]`) for a change to the whole page, such as its first publication. The content check refuses an id no section has.',
      ),
    summary: text('one plain line on what changed')
      .refine((value) => !/\n/.test(value), { error: 'expected one line, got several: keep one plain line' })
      .describe('One plain line on what changed, for readers (and for feed readers, with no page around it). In the language of the article.'),
  },
  { error: (issue) => `expected a change with date, kind, sections and summary, got ${describe(issue.input)}` },
)

/** The limits one kind of article must meet; `content/settings.yaml` has one set per kind. */
export const articleLimits = z.strictObject({
  words: range('number of words of body text').describe('Body-text words (paragraphs and list items; headings, tables and code are not counted).'),
  minReferences: z.int({ error: 'expected a whole number of sources' }).min(0).describe('The fewest distinct sources the article must cite.'),
  maxGrade: z
    .number({ error: 'expected a reading grade such as 8' })
    .min(1)
    .max(18)
    .describe('The highest Flesch-Kincaid reading grade allowed for the body text.'),
  mainWords: z
    .strictObject({ max: z.int({ error: 'expected a whole number of words' }).min(1).describe('The most words of main text.') })
    .optional()
    .describe(
      'Main-text words: body-text words outside `<MoreDetail>` blocks, which are collapsed on screen. For pages a worried reader must act on: label, history and trial detail goes into `<MoreDetail>`.',
    ),
})

export type ArticleLimits = z.output<typeof articleLimits>

/** Frontmatter of `content/en/articles/<slug>.mdx`. Unknown fields are refused (typos must not pass silently). */
export const articleFrontmatterSchema = z
  .strictObject({
    title: text('a title (text)').describe(
      'The page title: the question or phrase a patient would type. Length limit: `articles.maxLength.title` in settings.',
    ),
    navTitle: text('a short menu label (text)').describe(
      'Short label for menus and the table of contents, 1 to 3 words. Length limit: `articles.maxLength.navTitle`.',
    ),
    description: text('a one-sentence description').describe(
      'One sentence used in search results and link previews. Length limit: `articles.maxLength.description`.',
    ),
    mainMessage: mainMessageText('a main message: one to three plain sentences', 'leave the rest to the key points').describe(
      'One to three plain sentences: what the reader most needs to know or do. Shown first, in bold, above the key points; used as the link-preview description. Not a sixth key point: one message.',
    ),
    mainMessageCite: citeIds
      .optional()
      .describe('The sources of the main message: reference ids separated by spaces, as in `<Cite id="…">`. Numbered and listed like every other citation.'),
    mainFigure: z
      .string({ error: (issue) => `expected the name of a figure such as "treatment-day", got ${describe(issue.input)}` })
      .trim()
      .regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'expected the name of a figure such as "treatment-day"' })
      .optional()
      .describe(
        'A figure (a file name in `content/en/figures`, without `.yaml`) shown right below the main message, above the key points: the picture that supports it. Use it once; do not also place that figure in the body.',
      ),
    sectionMessages: z
      .record(
        z.string().regex(ID, { error: 'expected a section id such as blood-pressure (lower-case words joined by hyphens)' }),
        z
          .strictObject(
            {
              message: mainMessageText('a section message: one to three plain sentences', 'leave the rest to the section').describe(
                'One to three plain sentences: what the reader of this section most needs to know or do. Shown first on the section page, in bold; its link-preview description; at the top of the section in a handout.',
              ),
              cite: citeIds
                .optional()
                .describe('The sources of the section message: reference ids separated by spaces, as in `<Cite id="…">`. Numbered first on the section page.'),
            },
            { error: (issue) => `expected "message:" (and "cite:" for its sources) on the lines under the section id, got ${describe(issue.input)}` },
          )
          .describe("One section's main message."),
        { error: (issue) => `expected section ids, each with "message:" under it, got ${describe(issue.input)}` },
      )
      .optional()
      .meta({ docKey: 'section-id' })
      .describe(
        "A main message of its own for a section page (`/articles/<slug>/<section-id>`), by the id of its `##` section. Without one, the page opens with the section's first paragraph, in bold (its first sentences, at most three, when it is long; an evidence label may come before it). A section that opens with a list, table, callout or figure needs one. A translation gives one for every section its English gives one for.",
      ),
    order: z
      .int({ error: (issue) => `expected a whole number such as 3, got ${describe(issue.input)}` })
      .min(1, { error: 'expected a number of 1 or more' })
      .describe('Reading order on the home page and in the menu; no two articles share one. "Article N of M" counts the articles in this order.'),
    kind: z
      .string({ error: (issue) => `expected a kind of article such as "article" or "brief", got ${describe(issue.input)}` })
      .regex(/^[a-z][a-z0-9-]*$/, { error: 'expected a kind such as "article" or "brief"' })
      .default('article')
      .describe(
        'Which set of limits in `content/settings.yaml` (`articles.kinds`) applies: `article` (the default), `action` (a page a reader acts on, with a short main text) or `brief` (a short overview).',
      ),
    limits: articleLimits
      .partial()
      .extend({
        words: z
          .strictObject({
            min: z.int({ error: 'expected a whole number of words' }).min(0).optional().describe('The smallest number of words for this article.'),
            max: z.int({ error: 'expected a whole number of words' }).min(1).optional().describe('The largest number of words for this article.'),
          })
          .optional()
          .describe('Override `words.min` and/or `words.max`.'),
        reason: text('why this article needs other limits').describe('Why this article needs other limits; reviewed like any other claim.'),
      })
      .optional()
      .describe(
        'Overrides some limits of its kind for this article only, with a `reason`. For example `limits: { minReferences: 4, reason: "a glossary-style page" }`.',
      ),
    lastReviewed: isoDate.describe('Date of the last editorial review, YYYY-MM-DD.'),
    nextReview: isoDate.describe('Date the next review is due: after lastReviewed and within `articles.reviewWithinMonths` of it.'),
    reviewedBy: reviewerSchema,
    changes: z
      .array(changeSchema, { error: (issue) => `expected a list of changes, each with date, kind, sections and summary, got ${describe(issue.input)}` })
      .default([])
      .describe(
        'What changed and when, one entry per change, newest first: the change log shown under "About this page", on the section pages it touched, on /updates and in the Atom feeds (/updates.xml, /articles/<slug>/updates.xml). Never rewrite a past entry: add a new one. `lastReviewed` may not be older than the newest change.',
      ),
    translation: z
      .strictObject({
        sections: z
          .record(z.string(), z.string().regex(/^[0-9a-f]{12}$/, { error: 'expected a 12-character hash written by npm run translations:stamp' }))
          .describe('Per section id (and `_intro` for the text before the first section), a hash of the English text it was written from.'),
      })
      .optional()
      .describe(
        'Translations only (`content/es/articles/<slug>.mdx`): what the translation was written from. Written by `npm run translations:stamp -- <slug>` after a translator has brought the page up to date; never edited by hand. The content check lists sections whose English has changed since.',
      ),
  })
  .superRefine((fm, ctx) => {
    const newest = fm.changes.reduce<string | undefined>((max, c) => (max === undefined || c.date > max ? c.date : max), undefined)
    if (newest && fm.lastReviewed < newest) {
      ctx.addIssue({
        code: 'custom',
        path: ['lastReviewed'],
        message: `expected a date on or after the newest change (${newest}), got ${fm.lastReviewed}`,
        params: { fix: `review the article again and set lastReviewed to ${newest} or later (a change is published only after a review).` },
      })
    }
    if (fm.reviewedBy.date > fm.lastReviewed) {
      ctx.addIssue({
        code: 'custom',
        path: ['reviewedBy', 'date'],
        message: `expected a date on or before lastReviewed (${fm.lastReviewed}), got ${fm.reviewedBy.date}`,
        params: { fix: `set lastReviewed to ${fm.reviewedBy.date} (the review is the last one), or correct the review date.` },
      })
    }
    if (fm.nextReview <= fm.lastReviewed) {
      ctx.addIssue({ code: 'custom', path: ['nextReview'], message: `expected a date after lastReviewed (${fm.lastReviewed}), got ${fm.nextReview}` })
    }
  })

export type ArticleFrontmatter = z.output<typeof articleFrontmatterSchema>
