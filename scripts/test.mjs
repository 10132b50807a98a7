// `npm test`: the whole suite, in the order a failure is cheapest to find.
// content check -> format (Prettier --check) -> type check -> lint -> unit tests -> build -> end-to-end tests (Playwright, against
// `npm start`, the static server on the exported folder). Ends with one line
// "N passed, N failed, N skipped" (unit + e2e totals), the line CI reads.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'

const started = Date.now()
const seconds = () => `${Math.round((Date.now() - started) / 1000)}s`
mkdirSync('reports', { recursive: true })
rmSync('reports/vitest.json', { force: true })
rmSync('reports/e2e.json', { force: true })

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

/** [passed, failed, skipped] from each runner's JSON report. */
function counts() {
  let unit = [0, 0, 0]
  let e2e = [0, 0, 0]
  if (existsSync('reports/vitest.json')) {
    const r = JSON.parse(readFileSync('reports/vitest.json', 'utf8'))
    unit = [r.numPassedTests, r.numFailedTests, r.numPendingTests + r.numTodoTests]
  }
  if (existsSync('reports/e2e.json')) {
    const s = JSON.parse(readFileSync('reports/e2e.json', 'utf8')).stats
    e2e = [s.expected + s.flaky, s.unexpected, s.skipped]
  }
  return { unit, e2e }
}

function summary() {
  const { unit, e2e } = counts()
  const line = ([p, f, s]) => `${p} passed, ${f} failed, ${s} skipped`
  console.log(`\nunit: ${line(unit)}`)
  console.log(`e2e: ${line(e2e)}`)
  console.log(line(unit.map((n, i) => n + e2e[i])))
}

run('content check', 'npm', ['run', '--silent', 'check:content'])
run('format', 'npx', ['prettier', '--check', '--log-level=warn', '.'])
run('type check', 'npm', ['run', '--silent', 'typecheck'])
run('lint', 'npm', ['run', '--silent', 'lint'])
const unitOk = run('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=reports/vitest.json'], {
  allowFail: true,
})
run('build', 'npm', ['run', '--silent', 'build'])
const e2eOk = run('end-to-end tests', 'npx', ['playwright', 'test'], { allowFail: true })
summary()
console.log(`\nfinished in ${seconds()}`)
process.exit(unitOk && e2eOk ? 0 : 1)
