/**
 * `npm run lock:sections`: run after adding, renaming or removing a section id. Records new ids
 * in content/section-ids.lock.json, turns a rename (one id gone, one new, in the same article)
 * into a redirect, points older redirects straight at the section their chain now ends on, and
 * drops redirects from ids that are sections again. Prints every change; when several ids of an
 * article changed at once it cannot tell which is which, says what to add, and exits 1.
 * `npm run lock:sections -- path/to/folder` works on another content folder.
 * The work is lib/content/lock-sections.ts; this file prints its result.
 */
import path from 'node:path'
import { lockSections } from '../lib/content/lock-sections'
import { formatProblems } from '../lib/content/problems.mjs'
import { displayPath } from '../lib/content/files.mjs'

const result = lockSections(process.argv[2] ? path.resolve(process.argv[2]) : undefined)
if (!result.written) {
  console.error(`${formatProblems(result.problems)}\n\nFix these first; the lock was not changed.`)
  process.exit(1)
}
for (const change of result.changes) console.log(`- ${change}`)
console.log(`${result.changes.length ? '' : 'Nothing to change. '}${result.recorded} section ids recorded in ${displayPath(result.lockFile)}.`)
if (result.unresolved.length) {
  console.error(`\n${result.unresolved.map((u) => `- ${u}`).join('\n')}`)
  process.exit(1)
}
