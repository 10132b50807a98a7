/** The content check's step for the figures: the source language's, and each translation's copy of every one. */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { displayPath, listFigureNames } from '../files.mjs'
import { readFigure } from '../figures'
import type { ProblemLog } from '../problem-log'
import { TRANSLATED_LOCALES } from '../../i18n/locales'
import { languageName, localeFile, sourceFile } from './context'

/** Checks every figure file of every language; returns the source language's figure names. */
export function checkFigures(dir: string, referenceIds: Set<string> | null, log: ProblemLog): string[] {
  const figuresDir = sourceFile(dir, 'figures')
  const names = listFigureNames(figuresDir)
  for (const name of names) readFigure(path.join(figuresDir, `${name}.yaml`), name, log, referenceIds)
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
  return names
}
