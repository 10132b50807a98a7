/**
 * The content check's step for the source language's glossary: read and validated (ids, related
 * terms, sources, names used twice), then aliases that look like misspellings and the reading
 * grade of the definitions.
 */
import { readGlossary, type GlossaryRead } from '../glossary'
import type { ProblemLog } from '../problem-log'
import { measure } from '../readability'
import type { Settings } from '../schemas/settings'
import { misspeltAliases } from './glossary-rules'

export function checkGlossary(file: string, referenceIds: Set<string> | null, settings: Settings | null, log: ProblemLog): GlossaryRead {
  const glossary = readGlossary(file, log, referenceIds, settings)
  const at = (keys: (string | number)[]) => glossary.file?.at(keys)
  let failed = 0
  for (const entry of glossary.entries) {
    const index = glossary.index.get(entry.id) ?? -1
    for (const { alias, index: i, of } of misspeltAliases(entry)) {
      log.add(file, `term "${entry.id}": alias "${alias}" looks like a misspelling of "${of}".`, {
        ...at([index, 'aliases', i]),
        expected: 'aliases that are real other names (shown to readers as "Also called"); misspellings under "misspellings" (search only, never shown)',
        fix: `move "${alias}" from aliases to misspellings${of === entry.term ? '' : ` (or "${of}", if that is the misspelling)`}. If it really is another name, spell it as its source does.`,
        ruleId: 'alias-misspelling',
      })
    }
    if (!settings) continue
    const grade = measure(entry.definition).grade
    if (grade > settings.glossary.maxGrade) {
      failed += 1
      log.add(file, `term "${entry.id}": the definition reads at grade ${grade}.`, {
        ...at([index, 'definition']),
        expected: `grade ${settings.glossary.maxGrade} or below (glossary.maxGrade in content/settings.yaml)`,
        fix: 'use shorter sentences and everyday words; put detail in "note".',
        ruleId: 'grade',
      })
    }
  }
  // All definitions together: reported only when no single definition already failed.
  if (settings && glossary.entries.length && failed === 0) {
    const grade = measure(glossary.entries.map((g) => g.definition).join('\n\n')).grade
    if (grade > settings.glossary.maxGrade) {
      log.add(file, `The definitions together read at grade ${grade}.`, {
        line: 1,
        expected: `grade ${settings.glossary.maxGrade} or below (glossary.maxGrade in content/settings.yaml)`,
        fix: 'simplify the longest definitions.',
        ruleId: 'grade',
      })
    }
  }
  return glossary
}
