/**
 * The glossary: the source language's file (content/en/glossary.yaml) holds every term id, its
 * related terms and sources; a translation (content/<locale>/glossary.yaml) gives each term its
 * own words (lib/content/glossary-translation.ts).
 */
import { DEFAULT_LOCALE, LOCALE_INFO, type Locale } from '../i18n/locales'
import { displayPath, localeContent } from './files.mjs'
import { didYouMean } from './problems.mjs'
import { readDataFile, type YamlText } from './data-file'
import { withLog, type LoadOptions, type ProblemLog } from './problem-log'
import { issueProblems } from './zod-issues'
import { glossaryEntrySchema, type GlossaryEntry } from './schemas/glossary'
import type { Settings } from './schemas/settings'
import { getReferences } from './references'
import { getSettings } from './settings'
import { readGlossaryTranslation } from './glossary-translation'

/** The glossary file of a language: content/<locale>/glossary.yaml (a translation's holds its words for each term). */
export function glossaryFile(locale: Locale): string {
  return localeContent(locale, 'glossary.yaml')
}

/** Folds case, accents, spaces and hyphens, so "Off label" and "off-label" are one label. */
export function normalizeLabel(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s\-‐–_.]+/g, ' ')
    .trim()
}

export interface GlossaryRead {
  entries: GlossaryEntry[]
  /** Every term id the file defines, valid or not; null when the file cannot be read. */
  ids: Set<string> | null
  /** Each valid term's position in the file's list, for locating its fields. */
  index: Map<string, number>
  /** The parsed file, for locating a field; null when it cannot be read. */
  file: YamlText | null
}

/** The glossary with every problem logged; `referenceIds` null skips the source check (the bibliography failed). */
export function readGlossary(file: string, log: ProblemLog, referenceIds?: Set<string> | null, settings?: Settings | null): GlossaryRead {
  const shown = displayPath(file)
  const read = readDataFile(file, log)
  if (!read) return { entries: [], ids: null, index: new Map(), file: null }
  if (!Array.isArray(read.data)) {
    log.add(shown, 'The file is not a list of terms.', {
      line: 1,
      expected: 'a YAML list: each term starts with "- id: ..."',
      fix: 'start each term with "- id:".',
    })
    return { entries: [], ids: null, index: new Map(), file: read }
  }
  const at = (keys: (string | number)[]) => read.at(keys)
  const ids = new Map<string, number>()
  const labels = new Map<string, { id: string; label: string }>()
  const entries: { entry: GlossaryEntry; index: number }[] = []
  read.data.forEach((raw: unknown, index: number) => {
    const rawId = raw && typeof raw === 'object' && 'id' in raw && typeof raw.id === 'string' ? raw.id : null
    const name = rawId ? `term "${rawId}"` : `term #${index + 1}`
    if (rawId && ids.has(rawId)) {
      log.add(shown, `${name}: duplicate id (also term #${ids.get(rawId)}).`, {
        ...at([index, 'id']),
        expected: 'a different id for every term',
        fix: 'merge the two terms or give one a new id.',
        ruleId: 'glossary',
      })
      return
    }
    if (rawId) ids.set(rawId, index + 1)
    const parsed = glossaryEntrySchema.safeParse(raw)
    if (!parsed.success) {
      for (const p of issueProblems(parsed.error.issues, Object.keys(glossaryEntrySchema.shape))) {
        log.add(shown, `${name}: ${p.reason}`, { ...(at([index, ...p.path]) ?? at([index])), expected: p.expected, fix: p.fix, ruleId: 'glossary' })
      }
      return
    }
    const entry = parsed.data
    if (settings) {
      const sentences = (entry.definition.match(/[.!?](\s|$)/g) ?? []).length
      const max = settings.glossary.maxDefinitionSentences
      if (sentences > max) {
        log.add(shown, `${name}: definition has ${sentences} sentences.`, {
          ...at([index, 'definition']),
          expected: `at most ${max} (glossary.maxDefinitionSentences in content/settings.yaml)`,
          fix: 'keep the definition short and move detail to "note".',
          ruleId: 'glossary',
        })
      }
    }
    const fields = [
      ['term', [entry.term]],
      ['aliases', entry.aliases],
      ['misspellings', entry.misspellings],
    ] as const
    for (const [field, list] of fields) {
      list.forEach((label, i) => {
        const key = normalizeLabel(label)
        const owner = labels.get(key)
        // Located only when there is a problem: parsing positions costs a full read of the file.
        const where = () => (field === 'term' ? at([index, 'term']) : at([index, field, i]))
        if (owner && owner.id !== entry.id) {
          log.add(
            shown,
            `${name}: ${{ term: 'term', aliases: 'alias', misspellings: 'misspelling' }[field]} "${label}" is already used by term "${owner.id}".`,
            {
              ...where(),
              expected: 'each name, alias and misspelling on one term only (search sends it there)',
              fix: `keep "${label}" on the term it belongs to and remove it here.`,
              ruleId: 'glossary',
            },
          )
        } else if (owner) {
          log.add(shown, `${name}: "${label}" repeats "${owner.label}".`, {
            ...where(),
            expected: 'each name once per term',
            fix: `remove "${label}" from ${field}${field === 'misspellings' && entry.aliases.includes(owner.label) ? ' (or from aliases, if it is a misspelling: misspellings are never shown to readers)' : ''}.`,
            ruleId: 'glossary',
          })
        } else labels.set(key, { id: entry.id, label })
      })
    }
    entries.push({ entry, index })
  })
  for (const { entry, index } of entries) {
    entry.related.forEach((rel, i) => {
      if (rel === entry.id) {
        log.add(shown, `term "${entry.id}": related: a term cannot be related to itself.`, {
          ...at([index, 'related', i]),
          expected: 'ids of other terms',
          fix: `remove "${rel}" from related.`,
          ruleId: 'glossary',
        })
      } else if (!ids.has(rel)) {
        log.add(shown, `term "${entry.id}": related: unknown term id "${rel}".`, {
          ...at([index, 'related', i]),
          expected: 'the id of a term in this file',
          fix: `${didYouMean(rel, ids.keys())}Correct the id, or add the term.`,
          ruleId: 'glossary',
        })
      }
    })
    if (referenceIds) {
      entry.sources.forEach((source, i) => {
        if (!referenceIds.has(source)) {
          log.add(shown, `term "${entry.id}": sources: unknown reference id "${source}".`, {
            ...at([index, 'sources', i]),
            expected: 'the id of an entry in content/references.json',
            fix: `${didYouMean(source, referenceIds)}Correct the id, or add the source to content/references.json.`,
            ruleId: 'glossary',
          })
        }
      })
    }
  }
  const collator = new Intl.Collator(LOCALE_INFO[DEFAULT_LOCALE].intl, { sensitivity: 'base' })
  const sorted = entries.map((e) => e.entry).sort((a, b) => collator.compare(a.term, b.term))
  return { entries: sorted, ids: new Set(ids.keys()), index: new Map(entries.map((e) => [e.entry.id, e.index])), file: read }
}

export function loadGlossary(file = glossaryFile(DEFAULT_LOCALE), referenceIds?: Set<string>, options: LoadOptions = {}): GlossaryEntry[] {
  return withLog(options, (log) => readGlossary(file, log, referenceIds, options.settings === undefined ? getSettings() : options.settings).entries)
}

const cache = new Map<Locale, GlossaryEntry[]>()

/**
 * The glossary of a language. A translation gives each term of the source language its own words
 * (term, aliases, misspellings, definition, note); ids, related terms and sources stay the source
 * entry's. A term the translation lacks fails the build (the content check names it first).
 */
export function getGlossary(locale: Locale = DEFAULT_LOCALE): GlossaryEntry[] {
  let list = cache.get(locale)
  if (list) return list
  const refs = new Set(getReferences().keys())
  const source = cache.get(DEFAULT_LOCALE) ?? loadGlossary(glossaryFile(DEFAULT_LOCALE), refs)
  cache.set(DEFAULT_LOCALE, source)
  list = locale === DEFAULT_LOCALE ? source : withLog({}, (log) => readGlossaryTranslation(glossaryFile(locale), source, log, locale, refs).entries)
  cache.set(locale, list)
  return list
}
