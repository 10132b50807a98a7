// `npm run dev`: the islands bundler in watch mode beside `next dev`, so islands load and
// behave as in production (<script type="module" src="/islands/...">). Telemetry off.
//
// The MDX pipeline's data (the bibliography's and glossary's ids, the figures, the key-point limits,
// the section-id lock) comes from next.config.ts, which `next dev` reads once (lib/mdx/options.ts).
// When one of those files changes, `next dev` restarts, so an article cites a source added a
// moment ago instead of calling it unknown.
import { spawn, spawnSync } from 'node:child_process'
import { watch } from 'node:fs'
import { tsImport } from 'tsx/esm/api'
import path from 'node:path'
import { FIGURES_DIR, GLOSSARY_FILE, REFERENCES_FILE, SECTION_LOCK_FILE, SETTINGS_FILE } from '../lib/content/files.mjs'

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }
const nextArgs = ['node_modules/next/dist/bin/next', 'dev', '-H', process.env.HOST || '127.0.0.1', ...process.argv.slice(2)]
// Build once first: pages read the bundles while they render.
spawnSync(process.execPath, ['scripts/islands.mjs'], { stdio: 'inherit', env })
// The search index files, which the build writes into out/: here into public/, once (restart to re-index).
await (await tsImport('../lib/search/write-index.ts', import.meta.url)).writeSearchIndex('public')

let stopping = false
const islands = spawn(process.execPath, ['scripts/islands.mjs', '--watch'], { stdio: 'inherit', env })
let next = startNext()
let restarting = false

function startNext() {
  const child = spawn(process.execPath, nextArgs, { stdio: 'inherit', env })
  child.on('exit', (code) => {
    if (restarting) {
      restarting = false
      next = startNext()
    } else exit(code)
  })
  return child
}

function exit(code) {
  if (!stopping) {
    stopping = true
    islands.kill('SIGTERM')
    next.kill('SIGTERM')
  }
  process.exit(code ?? 0)
}

const DATA = [REFERENCES_FILE, SETTINGS_FILE, SECTION_LOCK_FILE, GLOSSARY_FILE].map((f) => path.resolve(f))
const isData = (file) => DATA.includes(file) || (path.dirname(file) === path.resolve(FIGURES_DIR) && /\.ya?ml$/.test(file))
let timer
for (const dir of new Set([...DATA.map((f) => path.dirname(f)), path.resolve(FIGURES_DIR)])) {
  watch(dir, (_event, name) => {
    const file = name ? path.join(dir, name) : ''
    if (!isData(file) || restarting || stopping) return
    clearTimeout(timer)
    timer = setTimeout(() => {
      console.log(`\n${path.relative(process.cwd(), file)} changed: restarting next dev, so articles compile with the new data.\n`)
      restarting = true
      next.kill('SIGTERM')
    }, 300)
  })
}

islands.on('exit', (code) => exit(code))
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => exit(0))
