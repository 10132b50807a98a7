// `npm run build`: islands -> next build (static export to out/) -> post-build step (which also
// writes deploy/: host configs, and build.json with this build's SITE_URL for `npm start`).
import { spawnSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { contentPath, readData } from '../lib/content/files.mjs'

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }
const warning = process.env.SITE_URL?.trim()
  ? null
  : 'SITE_URL is not set: canonical URLs, link previews (Open Graph) and the sitemap will point at http://localhost. ' +
    'Set it for a real deployment, for example: SITE_URL=https://ketamine.example.org npm run build'

// "Report a problem with this page" needs somewhere to send readers; without it the link is left out.
const feedbackTo = process.env.FEEDBACK_TO?.trim() || String(readData(contentPath('settings.yaml'))?.feedback?.to ?? '').trim()
const feedbackWarning = feedbackTo
  ? null
  : 'No feedback address is set: pages will have no "Report a problem with this page" link. ' +
    'Set feedback.to in content/settings.yaml to an email address or an https:// form address (or FEEDBACK_TO=corrections@example.org npm run build).'

function run(label, command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', env })
  if (result.status !== 0) {
    console.error(`\n${label} failed.`)
    process.exit(result.status ?? 1)
  }
}

// out/ starts empty: a page or image removed from the site must not linger in the folder a host
// publishes. deploy/ stays: its build.json is what a failed build must not lose (the post-build
// step rewrites every file). .next stays too: the MDX pipeline reads no file of its own; its data
// comes from next.config.ts, which `next build` evaluates afresh each time.
rmSync('out', { recursive: true, force: true })
run('islands', process.execPath, ['scripts/islands.mjs'])
run('next build', process.execPath, ['node_modules/next/dist/bin/next', 'build'])
run('post-build', process.execPath, ['scripts/postbuild.mjs', 'out'])
// Once, at the end, where it is read (not above several screens of build output).
if (warning) console.warn(`\nWarning: ${warning}`)
if (feedbackWarning) console.warn(`\nWarning: ${feedbackWarning}`)
