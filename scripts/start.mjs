// `npm start`: serves the static export (out/) on $HOST:$PORT (default 127.0.0.1:3000) with the
// site's security headers. It builds first when there is no build, or when any file the site is
// built from is newer than the build, so a stale build is never served without a word. A rebuild
// keeps the SITE_URL the last build recorded (deploy/build.json) unless the environment sets one,
// and says which it uses, so a deploy build's addresses never silently become localhost ones.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { createStaticServer } from '../lib/build/static-server.mjs'
import { rebuildSiteUrl, recordedSiteUrl, servedSiteUrlNote } from '../lib/build/build-record.mjs'

const port = Number(process.env.PORT || 3000)
const host = process.env.HOST || '127.0.0.1'
const STAMP = 'out/_headers' // written last by the post-build step
const SOURCES = ['content', 'app', 'components', 'lib', 'public', 'next.config.ts', 'package.json', 'tailwind.config.ts']

/** Newest modification time under `path` (generated islands in public/islands are skipped). */
function newest(path) {
  if (!existsSync(path) || path === join('public', 'islands')) return 0
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))))
}

const built = existsSync(STAMP) ? statSync(STAMP).mtimeMs : 0
const changed = SOURCES.filter((s) => newest(s) > built)
const recorded = recordedSiteUrl()
if (!built || changed.length) {
  console.log(built ? `The build is older than ${changed.join(', ')}: rebuilding first.` : 'No build yet: building first.')
  const { siteUrl, message } = rebuildSiteUrl({ recorded, env: process.env.SITE_URL })
  if (message) console.log(message)
  const env = { ...process.env, ...(siteUrl ? { SITE_URL: siteUrl } : {}) }
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit', env })
  if (build.status !== 0) process.exit(build.status ?? 1)
} else {
  const note = servedSiteUrlNote({ recorded, env: process.env.SITE_URL })
  if (note) console.log(note)
}

const server = createStaticServer({ root: 'out' })
server.listen(port, host, () => console.log(`Serving out/ at http://${host}:${port}`))
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)))
