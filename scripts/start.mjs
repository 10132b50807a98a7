// `npm start`: serves the production build on $PORT (default 3000), building first if needed,
// so a fresh clone needs only `npm install && npm start`.
import { existsSync } from 'node:fs'
import { spawnSync, spawn } from 'node:child_process'

const port = process.env.PORT || '3000'
const host = process.env.HOST || '127.0.0.1'
if (!existsSync('.next/BUILD_ID')) {
  console.log('No production build yet: running `next build` first.')
  const build = spawnSync('npx', ['next', 'build'], { stdio: 'inherit' })
  if (build.status !== 0) process.exit(build.status ?? 1)
}
const server = spawn('npx', ['next', 'start', '-H', host, '-p', port], { stdio: 'inherit' })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
server.on('exit', (code) => process.exit(code ?? 0))
