/**
 * Schemas for every content file, with one doc comment per field. Editors see these rules in
 * error messages, so each message says what was expected and what was found.
 */
import { z } from 'zod'
import { splitSentences } from './text'

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

const sentenceCount = (value: string) => splitSentences(value).length

/** A calendar date written as YYYY-MM-DD. YAML turns such dates into Date objects; both are accepted. */
const isoDate = z
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

const text = (what: string) =>
  z
    .string({ error: (issue) => `expected ${what}, got ${describe(issue.input)}` })
    .trim()
    .min(1, { error: `expected ${what}, got an empty string` })

/** One to three plain sentences: what the reader most needs to know or do (an article's or a section's). */
const mainMessageText = (what: string, rest: string) =>
  text(what).refine((value) => sentenceCount(value) <= 3, {
    error: (issue) => `expected one to three sentences, got ${sentenceCount(String(issue.input))}: keep what the reader most needs to know or do, and ${rest}`,
  })

/** Reference ids separated by spaces, as in `<Cite id="…">`. */
const citeIds = z
  .string({ error: (issue) => `expected reference ids separated by spaces, like "spravato-pi popova2019", got ${describe(issue.input)}` })
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]*( +[a-z0-9][a-z0-9-]*)*$/, { error: 'expected reference ids separated by spaces, like "spravato-pi popova2019"' })

/** An email address: something@host.tld, no spaces (mailto: links carry it as written). */
const EMAIL = /^[^\s@<>"]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i

/** Lower-case words joined by hyphens: term ids, section ids. */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** A count range such as `{ min: 1500, max: 3000 }`. */
const range = (what: string) =>
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
const articleLimits = z.strictObject({
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

const cslName = z
  .union([
    z.strictObject({
      family: text('a family name').describe('Family name.'),
      given: z.string().optional().describe('Initials without dots, such as "RM" (shown as "R. M.").'),
      suffix: z.string().optional().describe('"Jr", "III".'),
    }),
    z.strictObject({ literal: text('an organisation name').describe('An organisation as author, such as "US Food and Drug Administration".') }),
  ])
  .meta({ docType: 'person or organisation', description: 'A person `{ "family": "Berman", "given": "RM" }` or an organisation `{ "literal": "..." }`.' })

const cslDate = z.strictObject(
  {
    'date-parts': z
      .tuple([z.tuple([z.int().min(1900).max(2100)]).rest(z.int())], { error: 'expected [[year, month, day]] with at least the year' })
      .describe('`[[year, month, day]]`; month and day may be left out.'),
  },
  { error: 'expected {"date-parts": [[year, month, day]]} with at least the year' },
)

const REFERENCE_TYPES = ['article-journal', 'report', 'webpage', 'legislation', 'article-magazine', 'article-newspaper', 'book', 'chapter', 'dataset'] as const

/** One entry of `content/references.json`, a CSL-JSON item (the format reference managers export). */
export const referenceSchema = z
  .looseObject({
    id: z
      .string({ error: 'expected an id such as "berman2000"' })
      .regex(/^[a-z0-9-]+$/, { error: 'expected lower-case letters, digits and hyphens' })
      .describe('The key writers cite: `<Cite id="berman2000" />`. Lower-case letters, digits and hyphens; unique.'),
    type: z
      .enum(REFERENCE_TYPES, { error: (issue) => `expected one of ${REFERENCE_TYPES.join(', ')}; got ${describe(issue.input)}` })
      .describe(`CSL item type: ${REFERENCE_TYPES.map((t) => `\`${t}\``).join(', ')}. A journal article (\`article-journal\`) needs a DOI or PMID.`),
    title: text('a title').describe('The title as published.'),
    author: z
      .array(cslName, { error: 'expected a list of authors (people or an organisation)' })
      .min(1, { error: 'expected at least one author or an organisation' })
      .describe('People or an organisation, in the order published. End with `{ "family": "et al" }` to shorten a long list.'),
    issued: cslDate
      .optional()
      .describe('Publication date; for a drug label, the date of its latest revision. A web page without a date may give `accessed` instead.'),
    accessed: cslDate.optional().describe('The date you last checked the page. Required for drug labels.'),
    'container-title': z.string().optional().describe('The journal or website. An entry needs this or `publisher`.'),
    publisher: z.string().optional().describe('The publisher or agency. An entry needs this or `container-title`.'),
    volume: z.string().optional().describe('Journal volume.'),
    issue: z.string().optional().describe('Journal issue.'),
    page: z.string().optional().describe('Pages, such as "351-4" or an article number.'),
    DOI: z
      .string()
      .regex(/^10\.\d{4,9}\/\S+$/, { error: 'expected a bare DOI such as 10.1056/NEJMoa2302399' })
      .optional()
      .describe('A bare DOI such as `10.1056/NEJMoa2302399` (no https://doi.org/). An entry needs a DOI, PMID or URL.'),
    PMID: z
      .string()
      .regex(/^\d{5,9}$/, { error: 'expected a PubMed id of digits only' })
      .optional()
      .describe('PubMed id, digits only.'),
    PMCID: z
      .string()
      .regex(/^PMC\d+$/, { error: 'expected a PMC id such as PMC3000408' })
      .optional()
      .describe('PubMed Central id such as `PMC3000408`: links the free full text.'),
    URL: z
      .url({ protocol: /^https$/, error: 'expected an https:// address' })
      .optional()
      .describe('The https:// page that holds the fact (not a home page, not a host on `references.notSources`).'),
    note: z.string().optional().describe('How the entry was verified; for editors, never shown to readers.'),
    genre: text('a kind of document, for example "Prescribing information"')
      .optional()
      .describe(
        'Kind of document, shown in brackets after the title: "News release", "Guide". A drug label is one of `references.labelGenres` in settings ("Prescribing information", "Summary of product characteristics"); it then needs `issued` and `accessed`, and shows "[Prescribing information, revised March 2026]".',
      ),
    custom: z
      .strictObject({
        acceptedBecause: text('a reason, for example "the crisis line\'s own page"')
          .optional()
          .describe(
            'Why a URL the check would refuse is right here (a home page, or a host on `references.notSources`), for example "the crisis line\'s own site is the source for its phone number". Reviewed like any other claim.',
          ),
      })
      .optional()
      .describe(
        "Editor-only data (CSL-JSON's place for fields of its own); never shown to readers. Unknown keys are refused, so a misspelt key cannot switch a rule off.",
      ),
  })
  .superRefine((ref, ctx) => {
    if (!ref['container-title'] && !ref.publisher) {
      ctx.addIssue({ code: 'custom', path: ['container-title'], message: 'expected a journal, publisher or agency in "container-title" or "publisher"' })
    }
    if (!ref.issued && !(ref.type === 'webpage' && ref.accessed)) {
      ctx.addIssue({
        code: 'custom',
        path: ['issued'],
        message: 'expected a publication year in "issued" (a web page without a date may give "accessed" instead)',
      })
    }
    if (!ref.DOI && !ref.PMID && !ref.URL) {
      ctx.addIssue({ code: 'custom', path: ['DOI'], message: 'expected at least one of DOI, PMID or URL so readers can check the source' })
    }
  })

export type Reference = z.output<typeof referenceSchema>

/** One entry of `content/en/glossary.yaml`. */
export const glossaryEntrySchema = z.strictObject({
  id: z
    .string({ error: 'expected an id such as "nmda-receptor"' })
    .regex(ID, { error: 'expected lower-case words joined by hyphens' })
    .describe('The anchor on /glossary (`/glossary#nmda-receptor`) and the id writers use in `<Term id="...">`. Lower-case words joined by hyphens; unique.'),
  term: text('the term').describe('The term as shown.'),
  aliases: z
    .array(text('an alias'))
    .default([])
    .describe(
      'Other real names a reader may know: brand names, abbreviations, British spellings, everyday words, slang. Shown to readers as "Also called" and used by search. Unique across the file. Never a misspelling (the check refuses one).',
    ),
  misspellings: z
    .array(text('a misspelling'))
    .default([])
    .describe('Common misspellings and typing slips ("Spravado", "ketamene") so search still finds the term. Never shown to readers. Unique across the file.'),
  definition: text('a plain definition of 1 to 3 sentences').describe(
    'A plain definition: at most `glossary.maxDefinitionSentences` sentences, reading grade at most `glossary.maxGrade` (settings).',
  ),
  note: z.string().trim().optional().describe('Optional longer note, shown under the definition.'),
  related: z.array(z.string()).default([]).describe('Ids of related terms in this file, shown as links.'),
  sources: z
    .array(z.string())
    .default([])
    .describe('Ids from `references.json` that support the definition or note; shown as numbered references linking to the list at the end of /glossary.'),
  pronunciation: z.string().trim().optional().describe('How to say it, for example "KET-uh-meen".'),
})

export type GlossaryEntry = z.output<typeof glossaryEntrySchema>

/**
 * One entry of a translated glossary (`content/es/glossary.yaml`): the words, by the English id.
 * Related terms and sources come from the English entry, so the two languages never disagree on
 * them; `sources` adds the sources of what only the translation says (988's Spanish options).
 */
export const glossaryTranslationSchema = z.strictObject({
  id: glossaryEntrySchema.shape.id.describe(
    'The id of the English term in `glossary.yaml` that this entry translates. Related terms and sources come from the English entry.',
  ),
  term: glossaryEntrySchema.shape.term,
  aliases: glossaryEntrySchema.shape.aliases,
  misspellings: glossaryEntrySchema.shape.misspellings,
  definition: glossaryEntrySchema.shape.definition,
  note: glossaryEntrySchema.shape.note,
  sources: z
    .array(z.string({ error: 'expected a reference id such as "lifeline988-expect"' }))
    .default([])
    .describe(
      "Ids from `references.json` for what only the translation says, such as a phone option for Spanish speakers; shown after the English entry's sources. A number or a phone or text instruction that the English entry does not give needs one.",
    ),
  pronunciation: glossaryEntrySchema.shape.pronunciation,
})

export type GlossaryTranslation = z.output<typeof glossaryTranslationSchema>

/** One entry of a term list: the one name this site uses for an idea, and the names it avoids. */
const termListEntrySchema = z.strictObject({
  prefer: text('the word or phrase to use').describe('The one name this site uses for the idea, written as it should appear; each report suggests it.'),
  avoid: z
    .array(text('a word or phrase to avoid'), { error: 'expected a list of words or phrases, such as [ficha técnica, fichas técnicas]' })
    .min(1, { error: 'expected at least one word or phrase to avoid' })
    .describe(
      'Other names for the same idea. Each is reported wherever readers see it (article text and frontmatter, the glossary, the figures, the interface strings): whole words or phrases, in any case and across line breaks, but not with other accents. List each form (singular and plural) that occurs.',
    ),
  why: text('one sentence on why').describe('Why this name and not the others, in the language of the list; printed with each report.'),
  allow: z
    .array(text('a longer phrase that is right as it is'))
    .default([])
    .describe('Longer phrases that contain an avoided form and are right as they are, such as "aparato urinario"; a match inside one is not reported.'),
})

/** One word a reader must have explained in the sentence where it first appears on a page. */
const explainEntrySchema = z.strictObject({
  term: text('the glossary id of the word, such as psychosis').describe(
    'The id of the word\'s entry in the glossary (`glossary.yaml`); the marked first use links there, as `<Term id="...">` does.',
  ),
  forms: z
    .array(text('a word or phrase as readers see it'), { error: 'expected a list of words or phrases, such as [psychosis, psychotic]' })
    .min(1, { error: 'expected at least one word or phrase' })
    .describe(
      'The forms of the word to look for (singular, plural, the spelled-out name of a short form). Whole words, any case, across line breaks; accents as written.',
    ),
  example: text('the word with a short explanation, as a sentence could say it').describe(
    'The word explained in everyday words, as a writer could put it in the sentence; printed with each report as a model.',
  ),
})

/** `content/en/terms.yaml` and `content/<locale>/terms.yaml`: one name per idea, in each language. */
const searchWordsSchema = z.strictObject({
  typed: text('a word readers type, such as addictive').describe('A word readers type in the search box (one word; any case, accents optional).'),
  means: z
    .array(text('a word the pages use'), { error: 'expected a list of words the pages use, such as [hooked, misuse]' })
    .min(1, { error: 'expected at least one word' })
    .describe('The words the pages use for the same thing. Search looks for them too, a little below the typed word itself.'),
})

export const termListSchema = z.strictObject(
  {
    terms: z
      .array(termListEntrySchema, { error: 'expected a list of entries, each with prefer, avoid and why' })
      .describe('One entry per idea: `prefer`, `avoid`, `why` and, if needed, `allow`.'),
    explain: z
      .array(explainEntrySchema, { error: 'expected a list of entries, each with term, forms and example' })
      .default([])
      .describe(
        'Medical words that must be explained in the sentence where each first appears on an article page (a pop-up does not print and needs JavaScript). The first use is marked `<Term id="..." explained>`; the content check reports the first unmarked use with its line, and any use in a `mainMessage`, which has no room to explain it.',
      ),
    search: z
      .array(searchWordsSchema, { error: 'expected a list of entries, each with typed and means' })
      .default([])
      .describe(
        "Words readers type that the pages say another way (`typed: addictive`, `means: [hooked, misuse]`): site search also finds the pages' words. One way only: searching `hooked` does not look for `addictive`. Glossary names, aliases and misspellings already work this way; this is for words that are not a glossary term.",
      ),
  },
  { error: 'expected "terms:" and a list of entries, each with prefer, avoid and why' },
)

export type TermList = z.output<typeof termListSchema>
export type TermListEntry = z.output<typeof termListEntrySchema>
export type ExplainEntry = z.output<typeof explainEntrySchema>
export type SearchWords = z.output<typeof searchWordsSchema>

/** `content/section-ids.lock.json`: every section id that exists, and redirects for renamed ones. */
export const sectionLockSchema = z.strictObject({
  sections: z
    .record(z.string(), z.array(z.string()))
    .describe('Per article slug, every section id it has ever had, in order. `npm run lock:sections` adds new ids; never remove one.'),
  redirects: z
    .record(z.string(), z.record(z.string(), z.string()))
    .default({})
    .describe(
      'Per article slug, `"old-id": "new-id"` for ids that were renamed or removed. Each must point to a section that exists now (never to another redirected id). `npm run lock:sections` writes these when you rename a pinned id.',
    ),
})

export type SectionLock = z.output<typeof sectionLockSchema>

/** `content/settings.yaml`: the editorial limits the content check enforces. */
export const settingsSchema = z.strictObject({
  articles: z
    .strictObject({
      kinds: z
        .record(z.string().regex(/^[a-z][a-z0-9-]*$/), articleLimits)
        .refine((kinds) => 'article' in kinds, { error: 'expected a kind named "article" (the default kind)' })
        .describe(
          'One set of limits per kind of article; an article picks one with `kind:` in its frontmatter (default `article`). Each kind has `words: { min, max }` (body-text words), `minReferences` (distinct sources cited) and `maxGrade` (Flesch-Kincaid grade of the body text).',
        ),
      reviewWithinMonths: z.int().min(1).max(60).describe('`nextReview` must fall within this many months of `lastReviewed`.'),
      keyPoints: range('number of key points').describe('How many bullets `<KeyPoints>` must hold.'),
      maxLength: z
        .strictObject({
          title: z.int().min(10).describe('Characters in `title`.'),
          navTitle: z.int().min(5).describe('Characters in `navTitle`.'),
          description: z.int().min(20).describe('Characters in `description`.'),
        })
        .describe('The longest `title`, `navTitle` and `description`, in characters (they must fit menus and link previews).'),
    })
    .describe('Limits for `articles/*.mdx`.'),
  glossary: z
    .strictObject({
      maxGrade: z.number().min(1).max(18).describe('The highest reading grade of any one definition, and of all definitions together.'),
      maxDefinitionSentences: z.int().min(1).describe('The most sentences in a definition (put detail in `note`).'),
    })
    .describe('Limits for `glossary.yaml`.'),
  references: z
    .strictObject({
      labelGenres: z.array(text('a genre')).min(1).describe('`genre` values that mark a drug label (its text changes with each revision).'),
      labelMaxAgeMonths: z
        .int()
        .min(1)
        .describe("An article may not cite a drug label whose `accessed` date is more than this many months before the article's `lastReviewed`."),
      notSources: z
        .array(
          z.strictObject({
            host: z
              .string()
              .regex(/^[a-z0-9.-]+\.[a-z]+$/, { error: 'expected a host name such as example.com' })
              .describe('The host name; its subdomains are refused too.'),
            why: text('why pages on this host are not sources').describe('Why pages on this host are not sources.'),
          }),
        )
        .describe(
          'Hosts whose pages re-publish, sell or advertise rather than report: a reference URL there is refused unless the entry says why in `custom.acceptedBecause`.',
        ),
    })
    .describe('Rules for `references.json`.'),
  feedback: z
    .strictObject({
      to: z
        .string({ error: (issue) => `expected an email address or an https:// form address, got ${describe(issue.input)}` })
        .trim()
        .refine((value) => value === '' || EMAIL.test(value) || /^https:\/\/[^\s]+$/.test(value), {
          error: 'expected an email address such as corrections@example.org, an https:// form address, or "" for none',
        })
        .describe(
          'Where "Report a problem with this page" sends readers: an email address (the link opens their own mail app with the page\'s title, address and review date filled in) or an https:// form address (which gets them as `title`, `url` and `reviewed` query parameters). Empty (`""`): no link is shown and `npm run build` warns. A build can set it with the `FEEDBACK_TO` environment variable instead.',
        ),
    })
    .default({ to: '' })
    .describe("The route for readers' reports of a mistake on a page (articles, section pages, glossary entries, the help page)."),
})

export type Settings = z.output<typeof settingsSchema>

/** A short, safe description of a bad value for error messages. */
function describe(value: unknown): string {
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
      return issue.keys.map((key) => `${[...issue.path, key].join('.')}: unknown field${allowed}; check the spelling or remove it`).join('\n')
    }
    const field = issue.path.length ? issue.path.join('.') : '(file)'
    const missing = issue.code === 'invalid_type' && issue.input === undefined
    return `${field}: ${missing ? `is required; ${issue.message.replace(/, got nothing \(the field is missing\)$/, '')}` : issue.message}`
  })
}
