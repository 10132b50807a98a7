/** content/settings.yaml, the editorial limits, read and validated. */
import { SETTINGS_FILE, displayPath } from './files.mjs'
import { readDataFile } from './data-file'
import { withLog, type ProblemLog } from './problem-log'
import { issueProblems } from './zod-issues'
import { settingsSchema, type Settings } from './schemas/settings'

/** The settings, validated; null (with the problems logged) when they are not valid. */
export function loadSettings(file = SETTINGS_FILE, options: { log?: ProblemLog } = {}): Settings | null {
  return withLog(options, (log) => {
    const read = readDataFile(file, log)
    if (!read) return null
    const parsed = settingsSchema.safeParse(read.data)
    if (parsed.success) return parsed.data
    for (const p of issueProblems(parsed.error.issues, Object.keys(settingsSchema.shape))) {
      log.add(displayPath(file), p.reason, {
        ...read.at(p.path),
        expected: p.expected,
        fix: `${p.fix} Every field is described in content/README.md ("Settings").`,
        ruleId: 'settings',
      })
    }
    return null
  })
}

let cache: Settings | undefined

// Memoised for the build (one process renders every page); `next dev` re-reads on restart.
export function getSettings(): Settings {
  return (cache ??= loadSettings()!)
}
