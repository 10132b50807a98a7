// `npm test`: the whole suite, in the order a failure is cheapest to find.
// gates: content check, format (Prettier --check), type check, lint, run side by side; any failure
// stops the run -> unit tests beside the build (`next build` renders pages on one worker, so the
// second core is free for Vitest) -> built-site checks (tests/built: every page of out/ read as HTML)
// and host tests (out/ served by Debian's nginx with the generated deploy/nginx.conf, and by
// python3 -m http.server), side by side with the end-to-end tests (Playwright, against `npm start`,
// the static server on the exported folder). Ends with a table of each phase's time,
// then one line "N passed, N failed, N skipped" (unit + host + e2e totals), the line CI reads.
// `npm run test:quick` (`--quick`): the gates and the unit tests only, no build.
//
// Phases that run side by side print their output when they end, each in one piece, so two
// phases' lines never mix; a phase that runs alone prints as it goes.
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'

const quick = process.argv.includes('--quick')
const started = Date.now()
const seconds = (from = started) => (Date.now() - from) / 1000
mkdirSync('reports', { recursive: true })
rmSync('reports/vitest.json', { force: true })
rmSync('reports/e2e.json', { force: true })
rmSync('reports/hosts.json', { force: true })

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }
// The built-site checks read the "Report a problem" links: give the test build an address when
// neither the environment nor content/settings.yaml has one (example.org is reserved, never real).
if (!env.FEEDBACK_TO?.trim() && !/^\s*to:\s*["']?[^\s"']/m.test(readFileSync('content/settings.yaml', 'utf8').split(/^feedback:/m)[1] ?? '')) {
  env.FEEDBACK_TO = 'corrections@example.org'
}
// Output read through a pipe loses its colours; keep them when this run's own output is a terminal.
if (process.stdout.isTTY && env.FORCE_COLOR === undefined && env.NO_COLOR === undefined) env.FORCE_COLOR = '1'

/** Each phase that ran: [label, seconds, passed]. */
const phases = []

/**
 * Runs one phase; resolves to its exit code (0: passed). `live`: its output goes straight to the
 * terminal (a phase that runs alone); otherwise it is kept and printed in one piece at the end.
 */
function run(label, command, args, { live = false } = {}) {
  const begun = Date.now()
  const output = []
  if (live) console.log(`\n::: ${label} (t=${Math.round(seconds())}s)`)
  const child = spawn(command, args, { env, stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'] })
  child.stdout?.on('data', (chunk) => output.push(chunk))
  child.stderr?.on('data', (chunk) => output.push(chunk))
  return new Promise((resolve) => {
    let done = false
    const finish = (code) => {
      if (done) return
      done = true
      const took = seconds(begun)
      phases.push([label, took, code === 0])
      const status = `${code === 0 ? 'passed' : 'failed'} in ${took.toFixed(1)}s (t=${Math.round(seconds())}s)`
      if (live) console.log(`::: ${label}: ${status}`)
      else {
        console.log(`\n::: ${label}: ${status}`)
        const text = Buffer.concat(output).toString()
        if (text.trim()) process.stdout.write(text.endsWith('\n') ? text : `${text}\n`)
      }
      resolve(code)
    }
    child.on('error', (error) => {
      output.push(Buffer.from(`${error.message}\n`))
      finish(1)
    })
    child.on('close', (code) => finish(code ?? 1))
  })
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

/** The time table, then the counts; the last of them is the line CI reads. */
function summary() {
  const width = Math.max('total'.length, ...phases.map(([label]) => label.length))
  console.log(`\n${'phase'.padEnd(width)}  seconds`)
  for (const [label, took, passed] of phases) console.log(`${label.padEnd(width)}  ${took.toFixed(1).padStart(7)}${passed ? '' : '  failed'}`)
  console.log(`${'total'.padEnd(width)}  ${seconds().toFixed(1).padStart(7)}`)
  const { unit, hosts, e2e } = counts()
  const line = ([p, f, s]) => `${p} passed, ${f} failed, ${s} skipped`
  console.log(`\nunit: ${line(unit)}`)
  console.log(`built site and hosts: ${line(hosts)}`)
  console.log(`e2e: ${line(e2e)}`)
  console.log(line(unit.map((n, i) => n + hosts[i] + e2e[i])))
}

function stop(labels, code) {
  summary()
  console.error(`\n${labels.join(', ')} failed.`)
  process.exit(code || 1)
}

// Gates, side by side (each is mostly one process on one core; Prettier and ESLint keep a cache of
// the files that passed, in node_modules/.cache, so an unchanged file is not read again).
const gates = [
  ['content check', 'npm', ['run', '--silent', 'check:content']],
  ['format', 'npx', ['prettier', '--check', '--log-level=warn', '--cache', '--cache-location', 'node_modules/.cache/prettier/cache.json', '.']],
  ['type check', 'npm', ['run', '--silent', 'typecheck']],
  ['lint', 'npx', ['eslint', '.', '--max-warnings=0', '--cache', '--cache-location', 'node_modules/.cache/eslint/']],
]
const gateCodes = await Promise.all(gates.map(([label, command, args]) => run(label, command, args)))
const failedGates = gates.filter((_, i) => gateCodes[i] !== 0).map(([label]) => label)
if (failedGates.length)
  stop(
    failedGates,
    gateCodes.find((code) => code !== 0),
  )

const unitArgs = ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=reports/vitest.json']
let unitOk
if (quick) {
  unitOk = (await run('unit tests', 'npx', unitArgs, { live: true })) === 0
} else {
  const [buildCode, unitCode] = await Promise.all([run('build', 'npm', ['run', '--silent', 'build']), run('unit tests', 'npx', unitArgs)])
  unitOk = unitCode === 0
  if (buildCode !== 0) stop(['build'], buildCode)
}
let hostsOk = true
let e2eOk = true
if (!quick) {
  // The built-site and host tests read out/ and serve it on ports of their own; the end-to-end tests
  // serve it on theirs. Neither waits for the other: side by side, each printed when it ends.
  const [hostsCode, e2eCode] = await Promise.all([
    run('built-site and host tests (out/ read as HTML; served by nginx and python3 -m http.server)', 'npx', [
      'vitest',
      'run',
      '--config',
      'vitest.site.config.mts',
      '--reporter=default',
      '--reporter=json',
      '--outputFile.json=reports/hosts.json',
    ]),
    run('end-to-end tests', 'npx', ['playwright', 'test']),
  ])
  hostsOk = hostsCode === 0
  e2eOk = e2eCode === 0
}
summary()
console.log(`\nfinished in ${Math.round(seconds())}s`)
process.exit(unitOk && hostsOk && e2eOk ? 0 : 1)
