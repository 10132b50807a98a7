/**
 * Shared links must survive edits. content/section-ids.lock.json lists every section id each
 * article has had; an id that disappears must appear under `redirects` (old id -> new id).
 */
import type { SectionLock } from './schemas'

/** Problems, one line each, naming the article, the id and the fix. */
export function checkSectionLock(lock: SectionLock, current: Record<string, string[]>): string[] {
  const problems: string[] = []
  for (const [slug, ids] of Object.entries(lock.sections)) {
    const now = new Set(current[slug] ?? [])
    const redirects = lock.redirects[slug] ?? {}
    for (const id of ids) {
      if (now.has(id)) continue
      const target = redirects[id]
      if (!target) {
        problems.push(
          `content/articles/${slug}.mdx: section id "${id}" has disappeared, so shared links to #${id} would break. Pin it again ({/*${id}*/}) or add "${id}": "<new-id>" under redirects.${slug} in content/section-ids.lock.json`,
        )
      } else if (!now.has(target)) {
        problems.push(`content/section-ids.lock.json: redirects.${slug}.${id} points to "${target}", which is not a section of ${slug}`)
      }
    }
  }
  for (const [slug, ids] of Object.entries(current)) {
    const locked = new Set(lock.sections[slug] ?? [])
    const missing = ids.filter((id) => !locked.has(id))
    if (missing.length) problems.push(`content/section-ids.lock.json: new section ids in ${slug} are not recorded (${missing.join(', ')}); run npm run lock:sections and commit the file`)
  }
  return problems
}

/** The lock after this build: every id ever seen stays, new ids are added. */
export function updateSectionLock(lock: SectionLock, current: Record<string, string[]>): SectionLock {
  const sections: Record<string, string[]> = { ...lock.sections }
  for (const [slug, ids] of Object.entries(current)) {
    const previous = sections[slug] ?? []
    sections[slug] = [...previous, ...ids.filter((id) => !previous.includes(id))]
  }
  return { sections, redirects: lock.redirects }
}
