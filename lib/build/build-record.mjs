// @ts-check
// What a build records about itself in deploy/build.json (written by the post-build step through
// lib/build/host-configs.mjs): the SITE_URL it was made for. `npm start` reads it so that a rebuild after
// a content edit never silently replaces a deploy build's addresses with localhost ones.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

export const BUILD_RECORD = join('deploy', 'build.json')

/**
 * The SITE_URL the last build recorded: a URL, null (built without one), or undefined (no record).
 * @param {string} [file]
 * @returns {string | null | undefined}
 */
export function recordedSiteUrl(file = BUILD_RECORD) {
  if (!existsSync(file)) return undefined
  try {
    const { siteUrl } = JSON.parse(readFileSync(file, 'utf8'))
    return typeof siteUrl === 'string' && siteUrl ? siteUrl : null
  } catch {
    return undefined
  }
}

/** @param {string | null | undefined} url */
const normal = (url) => url?.trim().replace(/\/+$/, '') || null

/**
 * The SITE_URL a rebuild uses, and the one line that says so when it is not plain: the
 * environment's when it has one (the person asked for it), else the recorded one.
 * @param {{ recorded: string | null | undefined, env: string | undefined, file?: string }} options
 * @returns {{ siteUrl: string | null, message: string | null }}
 */
export function rebuildSiteUrl({ recorded, env, file = BUILD_RECORD }) {
  const fromEnv = normal(env)
  const fromRecord = normal(recorded)
  if (fromEnv && fromRecord && fromEnv !== fromRecord) {
    return { siteUrl: fromEnv, message: `Rebuilding with SITE_URL=${fromEnv} from the environment; the last build was made for ${fromRecord} (${file}).` }
  }
  if (fromEnv) return { siteUrl: fromEnv, message: null }
  if (fromRecord) {
    return {
      siteUrl: fromRecord,
      message: `Rebuilding with SITE_URL=${fromRecord}, the address the last build was made for (${file}); set SITE_URL to build for another.`,
    }
  }
  return { siteUrl: null, message: null }
}

/**
 * When the build is up to date but the environment asks for another SITE_URL: the line that says
 * which one is served and why (start.mjs does not rebuild a fresh build).
 * @param {{ recorded: string | null | undefined, env: string | undefined }} options
 * @returns {string | null}
 */
export function servedSiteUrlNote({ recorded, env }) {
  const fromEnv = normal(env)
  if (!fromEnv || recorded === undefined || fromEnv === normal(recorded)) return null
  return `Serving the build made for ${normal(recorded) ?? 'http://localhost (no SITE_URL)'}: SITE_URL=${fromEnv} applies from the next build (npm run build).`
}
