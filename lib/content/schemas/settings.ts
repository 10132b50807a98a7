/** `content/settings.yaml`: the editorial limits, with one description per field. */
import { z } from 'zod'
import { articleLimits } from './article'
import { EMAIL, describe, range, text } from './fields'

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
  readability: z
    .record(
      z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, { error: 'expected a language code such as es' }),
      z
        .strictObject({
          min: z.number({ error: 'expected a number such as 70' }).optional().describe('The lowest score allowed, for a reading-ease formula (higher is easier): Fernández-Huerta.'),
          max: z.number({ error: 'expected a number such as 8' }).optional().describe('The highest score allowed, for a grade formula (lower is easier): Flesch-Kincaid.'),
        })
        .describe("One language's limit: `min` for a reading-ease formula, `max` for a grade formula."),
    )
    .default({})
    .meta({ docKey: 'locale' })
    .describe(
      "How easy each translated article must be to read, by language code: the limit of the language's formula (`readability.formula` in lib/i18n/locales.ts), over the body text. Spanish uses Fernández-Huerta reading ease: `es: { min: 70 }` is about grade 7. English articles are held to `maxGrade` of their kind instead.",
    ),
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

