// `npm run dev`: the islands bundler in watch mode beside `next dev`, so islands load and
// behave as in production (<script type="module" src="/islands/...">). Telemetry off.
import { spawn, spawnSync } from 'node:child_process'
import { tsImport } from 'tsx/esm/api'

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }
// Build once first: pages read the bundles while they render.
spawnSync(process.execPath, ['scripts/islands.mjs'], { stdio: 'inherit', env })
// The search index files, which the build writes into out/: here into public/, once (restart to re-index).
await (await tsImport('../lib/search/write-index.ts', import.meta.url)).writeSearchIndex('public')
const children = [
  spawn(process.execPath, ['scripts/islands.mjs', '--watch'], { stdio: 'inherit', env }),
  spawn(process.execPath, ['node_modules/next/dist/bin/next', 'dev', '-H', process.env.HOST || '127.0.0.1', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env,
  }),
]
const stop = () => children.forEach((c) => c.kill('SIGTERM'))
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, stop)
for (const child of children)
  child.on('exit', (code) => {
    stop()
    process.exit(code ?? 0)
  })
