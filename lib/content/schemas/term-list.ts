/** `content/<locale>/terms.yaml`: one name per idea, words to explain at first use, and search words, in each language. */
import { z } from 'zod'
import { text } from './fields'

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
