/**
 * `npm run lock:sections`: run after adding, renaming or removing a section id. Records new ids
 * in content/section-ids.lock.json, turns a rename (one id gone, one new, in the same article)
 * into a redirect, points older redirects straight at the section their chain now ends on, and
 * drops redirects from ids that are sections again. Prints every change; when several ids of an
 * article changed at once it cannot tell which is which, says what to add, and exits 1.
 * `npm run lock:sections -- path/to/folder` works on another content folder.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { contentPath, listArticleFiles } from '../lib/content-files.mjs'
import { ProblemLog, collectArticleAnalysis, loadSectionLock } from '../lib/content'
import { formatProblems, shownPath } from '../lib/problems.mjs'
import { updateSectionLock } from '../lib/section-lock'

const dir = process.argv[2] ? path.resolve(process.argv[2]) : contentPath()
const lockFile = path.join(dir, 'section-ids.lock.json')
const log = new ProblemLog()
const lock = existsSync(lockFile) ? loadSectionLock(lockFile, { log }) : { sections: {}, redirects: {} }
const current: Record<string, string[]> = {}
for (const file of listArticleFiles(path.join(dir, 'articles'))) {
  // Only the headings matter here, so ids of sources and terms are not checked (null).
  const analysis = collectArticleAnalysis(readFileSync(file, 'utf8'), file, { references: null, terms: null, lockFile, keyPoints: null }, log)
  if (analysis) current[path.basename(file, '.mdx')] = analysis.headings.map((h) => h.id)
}
const headingProblems = log.messages.filter(
  (m) => m.ruleId === 'heading-id' || m.ruleId === 'mdx-syntax' || m.ruleId === 'section-lock' || m.ruleId === 'syntax',
)
if (!lock || headingProblems.length) {
  console.error(`${formatProblems(headingProblems)}\n\nFix these first; the lock was not changed.`)
  process.exit(1)
}
const { lock: next, changes, unresolved } = updateSectionLock(lock, current)
writeFileSync(lockFile, `${JSON.stringify(next, null, 2)}\n`)
for (const change of changes) console.log(`- ${change}`)
console.log(`${changes.length ? '' : 'Nothing to change. '}${Object.values(next.sections).flat().length} section ids recorded in ${shownPath(lockFile)}.`)
if (unresolved.length) {
  console.error(`\n${unresolved.map((u) => `- ${u}`).join('\n')}`)
  process.exit(1)
}
