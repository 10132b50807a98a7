/**
 * A translated glossary (content/<locale>/glossary.yaml): the words of each term of the source
 * language's glossary, by its id, merged over the source entries.
 */
import { LOCALE_INFO, type Locale } from '../i18n/locales'
import { displayPath } from './files.mjs'
import { didYouMean } from './problems.mjs'
import { readDataFile, type YamlText } from './data-file'
import type { ProblemLog } from './problem-log'
import { issueProblems } from './zod-issues'
import { glossaryTranslationSchema, type GlossaryEntry, type GlossaryTranslation } from './schemas/glossary'

export interface GlossaryTranslationRead {
  entries: GlossaryEntry[]
  /** English ids with no translated entry. */
  missing: string[]
  /** The valid translated entries as written, with their place in the file's list (for rules that locate a field). */
  translations: { entry: GlossaryTranslation; index: number }[]
  /** The parsed file, for locating a field; null when it cannot be read. */
  file: YamlText | null
}

/**
 * Reads a translated glossary and merges it over the English one, logging every problem with its
 * line. `referenceIds`: the bibliography's ids, to check the translation's own `sources` (null: the
 * bibliography could not be read, so no id is called unknown).
 */
export function readGlossaryTranslation(
  file: string,
  english: GlossaryEntry[],
  log: ProblemLog,
  locale: Locale,
  referenceIds?: Set<string> | null,
): GlossaryTranslationRead {
  const shown = displayPath(file)
  const read = readDataFile(file, log)
  if (!read) return { entries: [], missing: english.map((e) => e.id), translations: [], file: null }
  if (!Array.isArray(read.data)) {
    log.add(shown, 'The file is not a list of terms.', {
      line: 1,
      expected: 'a YAML list: each term starts with "- id: ..."',
      fix: 'start each term with "- id:" and the id of the English term.',
    })
    return { entries: [], missing: english.map((e) => e.id), translations: [], file: read }
  }
  const byId = new Map(english.map((e) => [e.id, e]))
  const words = new Map<string, GlossaryTranslation>()
  const valid: { entry: GlossaryTranslation; index: number }[] = []
  read.data.forEach((raw: unknown, index: number) => {
    const parsed = glossaryTranslationSchema.safeParse(raw)
    const rawId = raw && typeof raw === 'object' && 'id' in raw && typeof raw.id === 'string' ? raw.id : null
    const name = rawId ? `term "${rawId}"` : `term #${index + 1}`
    if (!parsed.success) {
      for (const p of issueProblems(parsed.error.issues, Object.keys(glossaryTranslationSchema.shape))) {
        log.add(shown, `${name}: ${p.reason}`, {
          ...(read.at([index, ...p.path]) ?? read.at([index])),
          expected: p.expected,
          fix: p.fix,
          ruleId: 'glossary',
        })
      }
      return
    }
    const entry = parsed.data
    if (!byId.has(entry.id)) {
      log.add(shown, `${name}: there is no English term with this id.`, {
        ...read.at([index, 'id']),
        expected: 'the id of a term in content/en/glossary.yaml',
        fix: `${didYouMean(entry.id, [...byId.keys()])}Use the English term's id, or add the term to content/en/glossary.yaml first.`,
        ruleId: 'glossary',
      })
      return
    }
    if (words.has(entry.id)) {
      log.add(shown, `${name}: duplicate id.`, {
        ...read.at([index, 'id']),
        expected: 'one entry per term',
        fix: 'merge the two entries.',
        ruleId: 'glossary',
      })
      return
    }
    words.set(entry.id, entry)
    valid.push({ entry, index })
    if (referenceIds) {
      entry.sources.forEach((source, i) => {
        if (!referenceIds.has(source)) {
          log.add(shown, `${name}: sources: unknown reference id "${source}".`, {
            ...read.at([index, 'sources', i]),
            expected: 'the id of an entry in content/references.json',
            fix: `${didYouMean(source, referenceIds)}Correct the id, or add the source to content/references.json.`,
            ruleId: 'glossary',
          })
        }
      })
    }
  })
  const missing = english.filter((e) => !words.has(e.id)).map((e) => e.id)
  for (const id of missing) {
    log.add(shown, `term "${id}" has no translation.`, {
      line: 1,
      expected: `an entry "- id: ${id}" with term and definition`,
      fix: `add it, translated from the English entry in content/en/glossary.yaml.`,
      ruleId: 'glossary',
    })
  }
  const collator = new Intl.Collator(LOCALE_INFO[locale].intl, { sensitivity: 'base' })
  const entries = english
    .filter((e) => words.has(e.id))
    .map((e) => {
      const w = words.get(e.id)!
      // The translation's own sources come after the English ones: one numbered list, no repeats.
      const sources = [...new Set([...e.sources, ...w.sources])]
      return {
        ...e,
        term: w.term,
        aliases: w.aliases,
        misspellings: w.misspellings,
        definition: w.definition,
        note: w.note,
        pronunciation: w.pronunciation,
        sources,
      }
    })
    .sort((a, b) => collator.compare(a.term, b.term))
  return { entries, missing, translations: valid, file: read }
}

