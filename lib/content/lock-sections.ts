/**
 * `npm run lock:sections` as a function (scripts/lock-sections.ts is its command line; the tests
 * call it directly). Records new ids in the folder's section-ids.lock.json, turns a rename (one id
 * gone, one new, in the same article) into a redirect, points older redirects straight at the
 * section their chain now ends on, and drops redirects from ids that are sections again. When a
 * heading or the lock itself has a problem, nothing is written.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { VFileMessage } from 'vfile-message'
import { SOURCE_LOCALE, contentPath, listArticleFiles } from './files.mjs'
import { collectArticleAnalysis } from './analysis'
import { ProblemLog } from './problem-log'
import { loadSectionLock, updateSectionLock } from './section-lock'

export type LockSectionsResult =
  /** The lock was not changed: these problems (headings, MDX syntax, the lock file) come first. */
  | { written: false; problems: VFileMessage[] }
  | {
      written: true
      lockFile: string
      /** One line per change, for the editor to read. */
      changes: string[]
      /** Articles where several ids changed at once: what to add by hand. */
      unresolved: string[]
      /** How many section ids the lock now records. */
      recorded: number
    }

export function lockSections(dir = contentPath()): LockSectionsResult {
  const lockFile = path.join(dir, 'section-ids.lock.json')
  const log = new ProblemLog()
  const lock = existsSync(lockFile) ? loadSectionLock(lockFile, { log }) : { sections: {}, redirects: {} }
  const current: Record<string, string[]> = {}
  for (const file of listArticleFiles(path.join(dir, SOURCE_LOCALE, 'articles'))) {
    // Only the headings matter here, so ids of sources and terms are not checked (null).
    const analysis = collectArticleAnalysis(
      readFileSync(file, 'utf8'),
      file,
      { references: null, terms: null, redirects: lock?.redirects ?? null, keyPoints: null },
      log,
    )
    if (analysis) current[path.basename(file, '.mdx')] = analysis.headings.map((h) => h.id)
  }
  const problems = log.messages.filter((m) => m.ruleId === 'heading-id' || m.ruleId === 'mdx-syntax' || m.ruleId === 'section-lock' || m.ruleId === 'syntax')
  if (!lock || problems.length) return { written: false, problems }
  const { lock: next, changes, unresolved } = updateSectionLock(lock, current)
  writeFileSync(lockFile, `${JSON.stringify(next, null, 2)}\n`)
  return { written: true, lockFile, changes, unresolved, recorded: Object.values(next.sections).flat().length }
}
