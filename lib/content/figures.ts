/**
 * Figure data lives in content/<locale>/figures/<name>.yaml so an editor can change a date or a
 * number without touching drawing code. One reader validates a figure file for both the pages
 * (loadFigure) and the content check: the schema, the sources and the numbers without a source,
 * each problem at its line.
 */
import path from 'node:path'
import { sourcesInOrder } from '../mdx/figure-sources.mjs'
import { FIGURES_DIR, displayPath } from './files.mjs'
import { didYouMean } from './problems.mjs'
import { readDataFile } from './data-file'
import { withLog, type ProblemLog } from './problem-log'
import { issueProblems } from './zod-issues'
import { getReferences } from './references'
import { figureSchemas, type FigureData, type FigureName } from './schemas/figures'

export { HELP_ICONS, HELP_LEVELS, figureSchemas, type FigureData, type FigureName } from './schemas/figures'

type Key = string | number

/** Source ids in the order they appear in the data (the order citations are numbered in). */
export const figureSources = (data: unknown): string[] => sourcesInOrder(data)

/** `levels[0].items[1]`: a path in the data as a message names it. */
const fieldName = (keys: Key[]) => keys.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i ? '.' : ''}${k}`)).join('')

/** Every item of the data that states a number in its text but lists no sources: a figure must cite them like text does. */
export function uncitedNumbers(data: unknown): { path: Key[]; reason: string }[] {
  const found: { path: Key[]; reason: string }[] = []
  const walk = (value: unknown, at: Key[]) => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...at, i]))
    else if (value && typeof value === 'object') {
      const obj = value as Record<string, unknown>
      const own = ['text', 'time', 'percent'].filter((k) => k in obj).map((k) => String(obj[k]))
      if (own.some((t) => /\d/.test(t)) && Array.isArray(obj.sources) && obj.sources.length === 0)
        found.push({ path: at, reason: 'states a number but lists no sources' })
      for (const [k, v] of Object.entries(obj)) if (k !== 'sources') walk(v, [...at, k])
    }
  }
  walk(data, [])
  return found
}

/** Where each source id is listed in the data: the path of its place in a `sources` list. */
function sourcePlaces(data: unknown): { id: string; path: Key[] }[] {
  const out: { id: string; path: Key[] }[] = []
  const walk = (value: unknown, at: Key[]) => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...at, i]))
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) {
        if (k === 'sources' && Array.isArray(v)) v.forEach((id, i) => out.push({ id: String(id), path: [...at, k, i] }))
        else walk(v, [...at, k])
      }
  }
  walk(data, [])
  return out
}

/**
 * A figure file read and validated, every problem logged at its line; null when it is not valid.
 * `referenceIds`: the bibliography's ids (null: it could not be read, so no id is called unknown).
 */
export function readFigure<N extends FigureName>(file: string, name: N | string, log: ProblemLog, referenceIds: Set<string> | null): FigureData<N> | null {
  const shown = displayPath(file)
  const names = Object.keys(figureSchemas)
  const read = readDataFile(file, log)
  if (!read) return null
  if (!(name in figureSchemas)) {
    log.add(shown, `No drawing for a figure named "${name}".`, {
      line: 1,
      expected: `one of ${names.join(', ')}`,
      fix: `${didYouMean(name, names)}Rename the file; a new kind of figure needs a drawing in components/ (a developer's job).`,
      ruleId: 'figure',
    })
    return null
  }
  // reportInput: a value of the wrong type is then told apart from a missing one.
  const parsed = figureSchemas[name as FigureName].safeParse(read.data, { reportInput: true })
  if (!parsed.success) {
    for (const p of issueProblems(parsed.error.issues)) log.add(shown, p.reason, { ...read.at(p.path), expected: p.expected, fix: p.fix, ruleId: 'figure' })
    return null
  }
  const before = log.count(shown)
  if (referenceIds) {
    const reported = new Set<string>()
    for (const { id, path: at } of sourcePlaces(parsed.data)) {
      if (referenceIds.has(id) || reported.has(id)) continue
      reported.add(id)
      log.add(shown, `sources: unknown reference id "${id}".`, {
        ...read.at(at),
        expected: 'the id of an entry in content/references.json',
        fix: `${didYouMean(id, referenceIds)}Correct the id, or add the source to content/references.json.`,
        ruleId: 'unknown-citation',
      })
    }
  }
  for (const { path: at, reason } of uncitedNumbers(parsed.data)) {
    log.add(shown, `${fieldName(at)}: ${reason}.`, {
      ...read.at(at),
      expected: 'a source for every number',
      fix: 'list the bibliography ids under "sources".',
      ruleId: 'uncited-number',
    })
  }
  return log.count(shown) === before ? (parsed.data as FigureData<N>) : null
}

/** A figure's data for a page: content/<locale>/figures/<name>.yaml (the source language's by default); throws ContentProblems when it is not valid. */
export function loadFigure<N extends FigureName>(name: N, dir = FIGURES_DIR): FigureData<N> {
  return withLog({}, (log) => readFigure<N>(path.join(dir, `${name}.yaml`), name, log, new Set(getReferences().keys())))!
}
