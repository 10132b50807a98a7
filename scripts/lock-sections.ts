/** `npm run lock:sections`: records new section ids in content/section-ids.lock.json. */
import { existsSync, writeFileSync } from 'node:fs'
import { SECTION_LOCK_FILE, readData } from '../lib/content-files.mjs'
import { analyzeArticle, loadArticles } from '../lib/content'
import { sectionLockSchema } from '../lib/schemas'
import { updateSectionLock } from '../lib/section-lock'

const lock = existsSync(SECTION_LOCK_FILE) ? sectionLockSchema.parse(readData(SECTION_LOCK_FILE)) : { sections: {}, redirects: {} }
const current = Object.fromEntries(loadArticles().map((a) => [a.slug, analyzeArticle(a).headings.map((h) => h.id)]))
const next = updateSectionLock(lock, current)
writeFileSync(SECTION_LOCK_FILE, `${JSON.stringify(next, null, 2)}\n`)
console.log(`Recorded ${Object.values(next.sections).flat().length} section ids in ${SECTION_LOCK_FILE}`)
