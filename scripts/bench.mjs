// `npm run bench`: prints figures; never fails on timing. Needs `npm run build` first.
//  1. Per page type (home, an article, a section page, the glossary): JavaScript and total bytes
//     (gzip, as sent by the static server), request count, and Lighthouse mobile LCP, TBT, CLS and
//     performance, against the floor: the same page with its scripts removed and its render-blocking
//     stylesheets inlined (one HTML document and nothing else to wait for), served the same way.
//  2. A load test (autocannon, bounded in time) of the static server on an article page.
// Budgets from the issue are printed beside the figures.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import lighthouse from 'lighthouse'
import * as chromeLauncher from 'chrome-launcher'
import autocannon from 'autocannon'
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.mjs'
import { createStaticServer } from '../lib/build/static-server.mjs'

const PORT = Number(process.env.BENCH_PORT ?? 3300)
const RUNS = Number(process.env.BENCH_RUNS ?? 3)
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 10)
const PAGES = [
  ['home', '/', 'index.html'],
  ['article', '/articles/safety', 'articles/safety/index.html'],
  ['section', '/articles/safety/blood-pressure', 'articles/safety/blood-pressure/index.html'],
  ['glossary', '/glossary', 'glossary/index.html'],
]

if (!existsSync('out/_headers')) {
  console.error('Run `npm run build` first.')
  process.exit(1)
}

const listen = (server, port) => new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)))
const site = await listen(createStaticServer({ root: 'out' }), PORT)

// The floor: a copy of the export whose pages have every <script> removed (JSON-LD included) and
// every render-blocking stylesheet inlined, so the floor is the same for an inline or an external
// stylesheet: the page as one document.
const floorDir = mkdtempSync(join(tmpdir(), 'bench-floor-'))
cpSync('out', floorDir, { recursive: true })
for (const [, , file] of PAGES) {
  const html = readFileSync(join(floorDir, file), 'utf8')
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(
      /<link rel="stylesheet" href="(\/[^"]+\.css)"(?: data-precedence="[^"]*")?\/?>/g,
      (_, href) => `<style>${readFileSync(join(floorDir, href), 'utf8')}</style>`,
    )
  writeFileSync(join(floorDir, file), html)
}
const floor = await listen(createStaticServer({ root: floorDir }), PORT + 1)

const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_FLAGS })
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

async function audit(url) {
  const runs = []
  for (let i = 0; i < RUNS; i++) {
    const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', throttlingMethod: 'devtools', formFactor: 'mobile' })
    const items = lhr.audits['network-requests']?.details?.items ?? []
    runs.push({
      performance: lhr.categories.performance.score * 100,
      lcp: lhr.audits['largest-contentful-paint'].numericValue,
      tbt: lhr.audits['total-blocking-time'].numericValue,
      cls: lhr.audits['cumulative-layout-shift'].numericValue,
      requests: items.length,
      jsKiB: items.filter((r) => r.resourceType === 'Script').reduce((s, r) => s + (r.transferSize ?? 0), 0) / 1024,
      totalKiB: items.reduce((s, r) => s + (r.transferSize ?? 0), 0) / 1024,
    })
  }
  return Object.fromEntries(Object.keys(runs[0]).map((k) => [k, median(runs.map((r) => r[k]))]))
}

const results = []
for (const [type, path] of PAGES) {
  results.push({ type, page: path, ...(await audit(`http://127.0.0.1:${PORT}${path}`)) })
  results.push({ type: `${type} floor`, page: path, ...(await audit(`http://127.0.0.1:${PORT + 1}${path}`)) })
}
await chrome.kill()

const fmt = (k, v) =>
  ['lcp', 'tbt'].includes(k) ? `${Math.round(v)} ms` : k === 'cls' ? v.toFixed(3) : k.endsWith('KiB') ? `${v.toFixed(1)} KiB` : String(Math.round(v))
const cols = ['performance', 'lcp', 'tbt', 'cls', 'requests', 'jsKiB', 'totalKiB']
console.log(`\nLighthouse ${RUNS} runs each, medians (mobile, devtools throttling; bytes are transfer sizes as sent, compressed)`)
console.log(['page'.padEnd(18), 'path'.padEnd(18), ...cols.map((c) => c.padStart(12))].join(''))
for (const r of results) console.log([r.type.padEnd(18), r.page.padEnd(18), ...cols.map((c) => fmt(c, r[c]).padStart(12))].join(''))

const get = (type) => results.find((r) => r.type === type)
const budget = (label, ok, detail) => console.log(`${ok ? 'ok  ' : 'MISS'} ${label}: ${detail}`)
console.log('\nbudgets')
for (const [type] of PAGES) {
  const ours = get(type)
  const fl = get(`${type} floor`)
  budget(
    `${type} LCP within 1.1x the floor`,
    ours.lcp <= fl.lcp * 1.1,
    `${Math.round(ours.lcp)} / ${Math.round(fl.lcp)} ms = ${(ours.lcp / fl.lcp).toFixed(2)}x`,
  )
  budget(`${type} TBT <= 50 ms`, ours.tbt <= 50, `${Math.round(ours.tbt)} ms`)
  budget(`${type} CLS 0`, ours.cls === 0, ours.cls.toFixed(3))
  budget(`${type} performance 100`, ours.performance >= 100, String(Math.round(ours.performance)))
}
// Issue 22: the article and its section pages paint within 1.3x the floor in the same run.
for (const type of ['article', 'section']) {
  const ratio = get(type).lcp / get(`${type} floor`).lcp
  budget(`${type} LCP within 1.3x the floor (issue 22)`, ratio <= 1.3, `${ratio.toFixed(2)}x`)
}
budget('article JavaScript <= 10 KiB', get('article').jsKiB <= 10, `${get('article').jsKiB.toFixed(1)} KiB`)
budget('article total transfer <= 40 KiB', get('article').totalKiB <= 40, `${get('article').totalKiB.toFixed(1)} KiB`)
budget('glossary JavaScript before the first search <= 15 KiB', get('glossary').jsKiB <= 15, `${get('glossary').jsKiB.toFixed(1)} KiB`)

async function load(label, url) {
  const r = await autocannon({ url, connections: 50, duration: LOAD_SECONDS, headers: { 'accept-encoding': 'gzip, br' } })
  console.log(
    `${label.padEnd(22)} requests/s ${String(Math.round(r.requests.average)).padStart(6)}  p50 ${r.latency.p50} ms  p99 ${r.latency.p99} ms  errors ${r.errors}  non-2xx ${r.non2xx}  timeouts ${r.timeouts}`,
  )
}
console.log(`\nload test: autocannon, ${LOAD_SECONDS} s, 50 connections, /articles/safety (compressed)`)
await load('static server (npm start)', `http://127.0.0.1:${PORT}/articles/safety`)
site.close()
floor.close()
rmSync(floorDir, { recursive: true, force: true })

process.exit(0)
