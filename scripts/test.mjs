// `npm test`: the whole suite, in the order a failure is cheapest to find.
// content check -> format (Prettier --check) -> type check -> lint -> unit tests -> build -> host tests (out/ served by
// Debian's nginx with the generated deploy/nginx.conf, and by python3 -m http.server) -> end-to-end tests (Playwright,
// against `npm start`, the static server on the exported folder). Ends with one line
// "N passed, N failed, N skipped" (unit + host + e2e totals), the line CI reads.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'

const started = Date.now()
const seconds = () => `${Math.round((Date.now() - started) / 1000)}s`
mkdirSync('reports', { recursive: true })
rmSync('reports/vitest.json', { force: true })
rmSync('reports/e2e.json', { force: true })
rmSync('reports/hosts.json', { force: true })

function run(label, command, args, { allowFail = false } = {}) {
  console.log(`\n::: ${label} (t=${seconds()})`)
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } })
  if (result.status !== 0 && !allowFail) {
    summary()
    console.error(`\n${label} failed.`)
    process.exit(result.status ?? 1)
  }
  return result.status === 0
}

/**
 * [passed, failed, skipped] from a Vitest JSON report. A test file that fails before its tests run
 * (an error at load, such as a missing build or server) has no failed test: it counts as one.
 */
function vitestCounts(file) {
  if (!existsSync(file)) return [0, 0, 0]
  const r = JSON.parse(readFileSync(file, 'utf8'))
  const brokenFiles = r.testResults.filter((t) => t.status === 'failed' && t.assertionResults.length === 0).length
  return [r.numPassedTests, r.numFailedTests + brokenFiles, r.numPendingTests + r.numTodoTests]
}

/** [passed, failed, skipped] from each runner's JSON report. */
function counts() {
  const unit = vitestCounts('reports/vitest.json')
  const hosts = vitestCounts('reports/hosts.json')
  let e2e = [0, 0, 0]
  if (existsSync('reports/e2e.json')) {
    const s = JSON.parse(readFileSync('reports/e2e.json', 'utf8')).stats
    e2e = [s.expected + s.flaky, s.unexpected, s.skipped]
  }
  return { unit, hosts, e2e }
}

function summary() {
  const { unit, hosts, e2e } = counts()
  const line = ([p, f, s]) => `${p} passed, ${f} failed, ${s} skipped`
  console.log(`\nunit: ${line(unit)}`)
  console.log(`hosts: ${line(hosts)}`)
  console.log(`e2e: ${line(e2e)}`)
  console.log(line(unit.map((n, i) => n + hosts[i] + e2e[i])))
}

run('content check', 'npm', ['run', '--silent', 'check:content'])
run('format', 'npx', ['prettier', '--check', '--log-level=warn', '.'])
run('type check', 'npm', ['run', '--silent', 'typecheck'])
run('lint', 'npm', ['run', '--silent', 'lint'])
const unitOk = run('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=reports/vitest.json'], {
  allowFail: true,
})
run('build', 'npm', ['run', '--silent', 'build'])
const hostsOk = run(
  'built-site and host tests (out/ read as HTML; served by nginx and python3 -m http.server)',
  'npx',
  ['vitest', 'run', '--config', 'vitest.site.config.mts', '--reporter=default', '--reporter=json', '--outputFile.json=reports/hosts.json'],
  { allowFail: true },
)
const e2eOk = run('end-to-end tests', 'npx', ['playwright', 'test'], { allowFail: true })
summary()
console.log(`\nfinished in ${seconds()}`)
process.exit(unitOk && hostsOk && e2eOk ? 0 : 1)
