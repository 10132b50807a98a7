// Real static servers on the exported folder, for the host tests: Debian's nginx with the generated
// deploy/nginx.conf, and `python3 -m http.server` with no configuration at all. Each listens on
// 127.0.0.1 on a free port, is started and stopped by its PID, and must answer within a bound.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import net from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export const OUT = resolve('out')
export const DEPLOY = resolve('deploy')
export const NGINX = '/usr/sbin/nginx'
const START_TIMEOUT_MS = 15_000
const STOP_TIMEOUT_MS = 5_000

/** Why the host tests cannot run yet, or null. */
export function missingBuild(): string | null {
  for (const file of [join(OUT, '404.html'), join(OUT, '_headers'), join(DEPLOY, 'nginx.conf')]) {
    if (!existsSync(file)) return `${file} is missing: run \`npm run build\` before the host tests`
  }
  return null
}

export const hasPython = () => spawnSync('python3', ['-c', 'import http.server'], { stdio: 'ignore' }).status === 0

export interface Server {
  base: string
  pid: number
  stop: () => Promise<void>
}

/** A port nothing listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const probe = net.createServer()
    probe.unref()
    probe.on('error', fail)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => ok(port))
    })
  })
}

/** Resolves when `base` answers any HTTP status; fails with the server's output after the bound. */
async function waitUntilUp(base: string, child: ChildProcess, output: () => string) {
  const until = Date.now() + START_TIMEOUT_MS
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}) before answering:\n${output()}`)
    try {
      await fetch(`${base}/`, { signal: AbortSignal.timeout(1_000) })
      return
    } catch {
      await new Promise((r) => setTimeout(r, 100))
    }
  }
  throw new Error(`${base} did not answer within ${START_TIMEOUT_MS / 1000} s:\n${output()}`)
}

/** Stops the process by its PID: SIGTERM, then SIGKILL if it has not exited within the bound. */
function stopper(child: ChildProcess, cleanup: () => void): () => Promise<void> {
  return async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((r) => child.once('exit', () => r()))
      process.kill(child.pid!, 'SIGTERM')
      const timer = setTimeout(() => child.exitCode === null && child.signalCode === null && process.kill(child.pid!, 'SIGKILL'), STOP_TIMEOUT_MS)
      await exited
      clearTimeout(timer)
    }
    cleanup()
  }
}

/**
 * The generated server block as a person deploying would use it: only `listen` and `root` changed.
 * @param snippet the text of deploy/nginx.conf
 */
export function localSnippet(snippet: string, port: number, root: string): string {
  const listen = /^(\s*)listen\s+[^;]+;/m
  const rootLine = /^(\s*)root\s+[^;]+;/m
  if (!listen.test(snippet) || !rootLine.test(snippet)) throw new Error('deploy/nginx.conf has no `listen` or `root` line to point at the test folder')
  return snippet.replace(listen, `$1listen 127.0.0.1:${port};`).replace(rootLine, `$1root ${root};`)
}

/**
 * Debian's nginx (/usr/sbin/nginx, `apt-get install nginx`) in the foreground, with a minimal
 * nginx.conf in a temp folder (pid, logs and temp paths there) that includes `snippet` inside
 * http { } with Debian's mime.types, as sites-enabled/ would.
 */
export async function startNginx(snippet: string, root = OUT): Promise<Server> {
  const dir = mkdtempSync(join(tmpdir(), 'nginx-host-test-'))
  const port = await freePort()
  writeFileSync(join(dir, 'site.conf'), localSnippet(snippet, port, root))
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${join(dir, t)};`).join('\n')
  writeFileSync(
    join(dir, 'nginx.conf'),
    `${process.getuid?.() === 0 ? 'user root;\n' : ''}daemon off;
worker_processes 1;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
${temp}
  include ${join(dir, 'site.conf')};
}
`,
  )
  const args = ['-p', dir, '-e', join(dir, 'error.log'), '-c', join(dir, 'nginx.conf')]
  const check = spawnSync(NGINX, ['-t', ...args], { encoding: 'utf8', timeout: 10_000 })
  if (check.status !== 0) throw new Error(`nginx -t refused the generated config:\n${check.stderr}`)
  const child = spawn(NGINX, args, { stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout!.on('data', (c) => (output += c))
  child.stderr!.on('data', (c) => (output += c))
  const log = () => `${output}${existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : ''}`
  const base = `http://127.0.0.1:${port}`
  const stop = stopper(child, () => rmSync(dir, { recursive: true, force: true }))
  try {
    await waitUntilUp(base, child, log)
  } catch (error) {
    await stop()
    throw error
  }
  return { base, pid: child.pid!, stop }
}

/** `python3 -m http.server` on the folder, with no configuration. */
export async function startPython(root = OUT): Promise<Server> {
  const port = await freePort()
  const child = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', root], { stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout!.on('data', (c) => (output += c))
  child.stderr!.on('data', (c) => (output += c))
  const base = `http://127.0.0.1:${port}`
  const stop = stopper(child, () => undefined)
  try {
    await waitUntilUp(base, child, () => output)
  } catch (error) {
    await stop()
    throw error
  }
  return { base, pid: child.pid!, stop }
}

/** Runs `npm run deploy:check -- <base>` (the script itself, bounded in time). */
export function deployCheck(base: string): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, ['scripts/deploy-check.mjs', base], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, DEPLOY_CHECK_TIMEOUT_MS: '5000' },
  })
  return { status: run.status, output: `${run.stdout}${run.stderr}` }
}
