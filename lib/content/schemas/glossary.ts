/** The glossary of the source language (`content/en/glossary.yaml`) and a translation's words for each term. */
import { z } from 'zod'
import { ID, text } from './fields'

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
