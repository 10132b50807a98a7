/** The content check's step for the figures: the source language's, and each translation's copy of every one. */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { displayPath, listFigureNames } from '../files.mjs'
import { figureSources, readFigure } from '../figures'
import type { ProblemLog } from '../problem-log'
import { TRANSLATED_LOCALES } from '../../i18n/locales'
import { languageName, localeFile, sourceFile } from './context'

/**
 * Checks every figure file of every language; returns the source language's figure names and each
 * one's sources, in order (none for a figure that does not validate), for the article pipeline.
 */
export function checkFigures(dir: string, referenceIds: Set<string> | null, log: ProblemLog): { names: string[]; sources: Record<string, string[]> } {
  const figuresDir = sourceFile(dir, 'figures')
  const names = listFigureNames(figuresDir)
  const sources: Record<string, string[]> = {}
  for (const name of names) {
    const data = readFigure(path.join(figuresDir, `${name}.yaml`), name, log, referenceIds)
    if (data) sources[name] = figureSources(data)
  }
  // Translated figures: the same names and schema, checked the same way.
  for (const locale of TRANSLATED_LOCALES) {
    if (!existsSync(localeFile(dir, locale))) continue
    for (const name of names) {
      const figure = localeFile(dir, locale, 'figures', `${name}.yaml`)
      if (existsSync(figure)) readFigure(figure, name, log, referenceIds)
      else
        log.add(figure, `The ${languageName(locale)} version of ${displayPath(path.join(figuresDir, `${name}.yaml`))} is missing.`, {
          line: 1,
          expected: 'a translated figure file with the same name',
          fix: 'copy the English file and translate the words (keys, ids, numbers and sources stay).',
          ruleId: 'translation',
        })
    }
  }
  return { names, sources }
}
