/**
 * Shared links must survive edits. content/section-ids.lock.json lists every section id each
 * article has had; an id that disappears must appear under `redirects` (old id -> new id), and
 * every redirect must point straight at a section that exists: the build renders the old id as
 * an anchor on that section, so a redirect through another redirected id, or to nothing, would
 * silently land a reader at the top of the page.
 */
import { SECTION_LOCK_FILE, displayPath } from './files.mjs'
import { didYouMean } from './problems.mjs'
import { readDataFile, type YamlText } from './data-file'
import { withLog, type ProblemLog } from './problem-log'
import { issueProblems } from './zod-issues'
import { sectionLockSchema, type SectionLock } from './schemas/section-lock'

/** The lock with every problem logged, and the parsed file (for locating a key); null when it is not valid. */
export function readSectionLock(file: string, log: ProblemLog): { lock: SectionLock; file: YamlText } | null {
  const read = readDataFile(file, log)
  if (!read) return null
  const parsed = sectionLockSchema.safeParse(read.data)
  if (parsed.success) return { lock: parsed.data, file: read }
  for (const p of issueProblems(parsed.error.issues, Object.keys(sectionLockSchema.shape))) {
    log.add(displayPath(file), p.reason, { ...read.at(p.path), expected: p.expected, fix: `${p.fix} See content/README.md ("Section-id lock").`, ruleId: 'section-lock' })
  }
  return null
}

/** content/section-ids.lock.json, validated. */
export function loadSectionLock(file = SECTION_LOCK_FILE, options: { log?: ProblemLog } = {}): SectionLock | null {
  return withLog(options, (log) => readSectionLock(file, log)?.lock ?? null)
}

let cache: SectionLock | undefined

export function getSectionLock(): SectionLock {
  return (cache ??= loadSectionLock()!)
}

export interface LockProblem {
  slug: string
  /** Point at this key path of the lock file ... */
  lockPath?: string[]
  /** ... or at this section's heading in the article. */
  headingId?: string
  reason: string
  expected: string
  fix: string
}

const LOCK = 'content/section-ids.lock.json'

/** Ids (in the lock) that are neither sections now nor redirected. */
function vanishedIds(locked: string[], now: Set<string>, redirects: Record<string, string>): string[] {
  return locked.filter((id) => !now.has(id) && !(id in redirects))
}

/** Follows a redirect through other redirects; stops at a section, a dead end or a loop. */
function followRedirect(redirects: Record<string, string>, from: string, now: Set<string>): { target: string; via: string[] } {
  const via: string[] = []
  let target = redirects[from]!
  while (!now.has(target) && target in redirects && !via.includes(target) && target !== from) {
    via.push(target)
    target = redirects[target]!
  }
  return { target, via }
}

/**
 * One problem per mistake, naming the article, the id and the fix. `current` holds the section
 * ids of the articles that could be read (an article that failed to parse is left out, so its
 * ids are not reported as gone).
 */
export function checkSectionLock(lock: SectionLock, current: Record<string, string[]>): LockProblem[] {
  const problems: LockProblem[] = []
  for (const [slug, ids] of Object.entries(current)) {
    const now = new Set(ids)
    const locked = lock.sections[slug] ?? []
    const redirects = lock.redirects[slug] ?? {}
    const vanished = vanishedIds(locked, now, redirects)
    const fresh = ids.filter((id) => !locked.includes(id))
    const olderTo = (id: string) =>
      Object.entries(redirects)
        .filter(([from, to]) => to === id && !now.has(from))
        .map(([from]) => from)
    const quoted = (list: string[]) => list.map((id) => `"${id}"`).join(', ')

    if (vanished.length === 1 && fresh.length === 1) {
      // The common case: one pinned id was renamed. One message, whose fix also moves the
      // older redirects that pointed at the old id.
      const [gone, added] = [vanished[0]!, fresh[0]!]
      const older = olderTo(gone)
      problems.push({
        slug,
        headingId: added,
        reason: `Section id "${gone}" is gone and "${added}" is new${older.length ? `; the older redirect from ${quoted(older)} still points to "${gone}"` : ''}.`,
        expected: `every section id ever shared still leads to its section (${LOCK})`,
        fix: `if you renamed "${gone}" to "${added}", run npm run lock:sections: it redirects "${gone}"${older.length ? ` and ${quoted(older)}` : ''} to "${added}" and records "${added}". If "${gone}" was removed, add "${gone}": "<the id of the closest section>" under redirects.${slug} in ${LOCK}, then run npm run lock:sections.`,
      })
    } else {
      for (const id of vanished) {
        const older = olderTo(id)
        problems.push({
          slug,
          lockPath: ['sections', slug, String(locked.indexOf(id))],
          reason: `Section id "${id}" has disappeared from ${slug}, so shared links to #${id} would land at the top of the page${older.length ? ` (and so would the older redirect from ${quoted(older)})` : ''}.`,
          expected: 'a section with this id, or a redirect to one',
          fix: `${didYouMean(id, ids)}Pin it again ({/*${id}*/}) on the section it belonged to, or add "${id}": "<new-id>" under redirects.${slug} in ${LOCK}, then run npm run lock:sections${older.length ? ' (it points the older redirects at the same section)' : ''}.`,
        })
      }
      if (fresh.length) {
        problems.push({
          slug,
          headingId: fresh[0],
          reason: `New section id${fresh.length > 1 ? 's' : ''} ${quoted(fresh)} in ${slug} ${fresh.length > 1 ? 'are' : 'is'} not recorded.`,
          expected: `every section id recorded in ${LOCK}`,
          fix: `run npm run lock:sections and commit ${LOCK}.`,
        })
      }
    }

    for (const [from, to] of Object.entries(redirects)) {
      const at = ['redirects', slug, from]
      if (now.has(from)) {
        problems.push({
          slug,
          lockPath: at,
          reason: `The redirect from "${from}" is not needed: "${from}" is a section of ${slug} again.`,
          expected: 'redirects only for ids that no longer exist',
          fix: `remove "${from}" from redirects.${slug} (npm run lock:sections does this).`,
        })
        continue
      }
      if (now.has(to) || vanished.includes(to)) continue // fine, or covered by the message about `to`
      const { target, via } = followRedirect(redirects, from, now)
      if (now.has(target)) {
        problems.push({
          slug,
          lockPath: at,
          reason: `The redirect "${from}" → "${to}" goes through ${quoted(via)}, which now ${via.length > 1 ? 'redirect' : 'redirects'} to "${target}"; links to #${from} would land at the top of the page.`,
          expected: 'each redirect pointing straight at a section that exists',
          fix: `run npm run lock:sections (it points "${from}" straight to "${target}"), or write "${from}": "${target}".`,
        })
      } else {
        problems.push({
          slug,
          lockPath: at,
          reason: `The redirect from "${from}" points to "${to}", which is not a section of ${slug}.`,
          expected: `the id of a section of ${slug}`,
          fix: `${didYouMean(to, ids)}Point it at the section that now answers the question.`,
        })
      }
    }
  }
  return problems
}

export interface LockUpdate {
  lock: SectionLock
  /** What changed, one line each, for the editor to review. */
  changes: string[]
  /** What it could not decide (several ids gone at once): the editor adds those redirects. */
  unresolved: string[]
}

/**
 * The lock after an edit: every id ever seen stays; a renamed id (the only id gone from an
 * article while exactly one new id appeared) is redirected to the new one; older redirects are
 * pointed straight at the section their chain ends on; a redirect from an id that is a section
 * again is dropped; new ids are recorded.
 */
export function updateSectionLock(lock: SectionLock, current: Record<string, string[]>): LockUpdate {
  const sections: Record<string, string[]> = Object.fromEntries(Object.entries(lock.sections).map(([slug, ids]) => [slug, [...ids]]))
  const allRedirects: Record<string, Record<string, string>> = Object.fromEntries(Object.entries(lock.redirects).map(([slug, r]) => [slug, { ...r }]))
  const changes: string[] = []
  const unresolved: string[] = []
  for (const [slug, ids] of Object.entries(current)) {
    const now = new Set(ids)
    const locked = sections[slug] ?? []
    const redirects = (allRedirects[slug] ??= {})
    for (const from of Object.keys(redirects)) {
      if (now.has(from)) {
        changes.push(`${slug}: removed the redirect from "${from}" (it is a section again)`)
        delete redirects[from]
      }
    }
    const vanished = vanishedIds(locked, now, redirects)
    const fresh = ids.filter((id) => !locked.includes(id))
    if (vanished.length === 1 && fresh.length === 1) {
      redirects[vanished[0]!] = fresh[0]!
      changes.push(
        `${slug}: "${vanished[0]}" was renamed to "${fresh[0]}": old links now land on "${fresh[0]}" (if it was not a rename, change redirects.${slug}.${vanished[0]})`,
      )
    } else {
      for (const id of vanished) {
        unresolved.push(
          `${slug}: section id "${id}" has disappeared; add "${id}": "<new-id>" under redirects.${slug} in ${LOCK} (several ids changed at once, so it cannot tell which is which), then run npm run lock:sections again`,
        )
      }
    }
    for (const from of Object.keys(redirects)) {
      const to = redirects[from]!
      if (now.has(to)) continue
      const { target } = followRedirect(redirects, from, now)
      if (now.has(target)) {
        redirects[from] = target
        changes.push(`${slug}: the redirect from "${from}" now points straight to "${target}" (it went through "${to}")`)
      }
    }
    const added = ids.filter((id) => !locked.includes(id))
    if (added.length) {
      sections[slug] = [...locked, ...added]
      changes.push(`${slug}: recorded ${added.map((id) => `"${id}"`).join(', ')}`)
    }
    if (Object.keys(redirects).length === 0) delete allRedirects[slug]
  }
  return { lock: { sections, redirects: allRedirects }, changes, unresolved }
}
