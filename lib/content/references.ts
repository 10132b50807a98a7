/** content/references.json, the bibliography every language shares (CSL-JSON), read and validated. */
import { REFERENCES_FILE, displayPath } from './files.mjs'
import { readDataFile, type YamlText } from './data-file'
import { withLog, type ProblemLog } from './problem-log'
import { issueProblems } from './zod-issues'
import { referenceSchema, type Reference } from './schemas/reference'
import { getSettings } from './settings'

export interface ReferencesRead {
  refs: Map<string, Reference>
  /** Every id the file defines, valid entries or not (so a bad entry does not make its citations unknown); null when the file cannot be read. */
  ids: Set<string> | null
  /** The valid entries' places in the file's list, by id. */
  index: Map<string, number>
  /** The parsed file, for locating a field; null when it cannot be read. */
  file: YamlText | null
}

/** The bibliography with every problem logged. */
export function readReferences(file: string, log: ProblemLog): ReferencesRead {
  const shown = displayPath(file)
  const read = readDataFile(file, log)
  const refs = new Map<string, Reference>()
  const index = new Map<string, number>()
  if (!read) return { refs, ids: null, index, file: null }
  if (!Array.isArray(read.data)) {
    log.add(shown, 'The file is not a list of references.', {
      line: 1,
      expected: 'a CSL-JSON array: [ { "id": ... }, ... ]',
      fix: 'wrap the entries in [ and ].',
    })
    return { refs, ids: null, index, file: read }
  }
  const ids = new Set<string>()
  read.data.forEach((entry: unknown, i: number) => {
    const rawId = entry && typeof entry === 'object' && 'id' in entry && typeof entry.id === 'string' ? entry.id : null
    const name = rawId ? `entry "${rawId}"` : `entry #${i + 1}`
    if (rawId && ids.has(rawId)) {
      log.add(shown, `${name}: duplicate id.`, {
        ...read.at([i, 'id']),
        expected: 'a different id for every reference',
        fix: 'merge the two entries or give one a new id.',
      })
      return
    }
    if (rawId) ids.add(rawId)
    const parsed = referenceSchema.safeParse(entry)
    if (!parsed.success) {
      for (const p of issueProblems(parsed.error.issues, Object.keys(referenceSchema.shape))) {
        log.add(shown, `${name}: ${p.reason}`, { ...(read.at([i, ...p.path]) ?? read.at([i])), expected: p.expected, fix: p.fix, ruleId: 'reference' })
      }
      return
    }
    refs.set(parsed.data.id, parsed.data)
    index.set(parsed.data.id, i)
  })
  return { refs, ids, index, file: read }
}

export function loadReferences(file = REFERENCES_FILE, options: { log?: ProblemLog } = {}): Map<string, Reference> {
  return withLog(options, (log) => readReferences(file, log).refs)
}

let cache: Map<string, Reference> | undefined

export function getReferences(): Map<string, Reference> {
  return (cache ??= loadReferences())
}

/** A drug label (its text changes with each revision): a `genre` of references.labelGenres in the settings. */
export function isDrugLabel(ref: Pick<Reference, 'genre'>, genres: string[] = getSettings().references.labelGenres): boolean {
  return !!ref.genre && genres.some((g) => g.toLowerCase() === ref.genre!.trim().toLowerCase())
}
