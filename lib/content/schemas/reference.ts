/** One entry of `content/references.json`, the bibliography every language shares (CSL-JSON). */
import { z } from 'zod'
import { describe, text } from './fields'

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
