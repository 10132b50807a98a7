// `npm run bench`: prints figures; never fails on timing.
//  1. Lighthouse (mobile settings, devtools throttling, Debian chromium) against `next start` on
//     /, one article and /glossary: 3 runs each, medians.
//  2. The same article as plain static HTML with the same CSS and no JavaScript (the "floor"),
//     measured the same way; prints our/floor ratios for LCP and bytes.
//  3. autocannon: 20 s at 50 connections on an article page: requests/s, p50/p99 latency, errors.
// Needs a production build (`npm run build`).
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import http from 'node:http'
import { gzipSync } from 'node:zlib'
import lighthouse from 'lighthouse'
import * as chromeLauncher from 'chrome-launcher'
import autocannon from 'autocannon'
import { pageJs } from './page-js.mjs'

const PORT = Number(process.env.BENCH_PORT ?? 3300)
const FLOOR_PORT = PORT + 1
const RUNS = Number(process.env.BENCH_RUNS ?? 3)
const ARTICLE = '/articles/safety'
const base = `http://127.0.0.1:${PORT}`

if (!existsSync('.next/BUILD_ID')) {
  console.error('Run `npm run build` first.')
  process.exit(1)
}

const server = spawn('npx', ['next', 'start', '-H', '127.0.0.1', '-p', String(PORT)], { stdio: 'ignore', detached: true })
const stop = () => {
  try {
    process.kill(-server.pid)
  } catch {
    /* already stopped */
  }
}
process.on('exit', stop)
for (let i = 0; i < 60; i++) {
  try {
    const r = await fetch(`${base}/`)
    if (r.ok) break
  } catch {
    /* not up yet */
  }
  await new Promise((r) => setTimeout(r, 500))
}

// The floor: our article's HTML with every script removed (framework, islands, RSC payload) and
// the same inlined CSS, served by a bare static server.
const articleHtml = await (await fetch(`${base}${ARTICLE}`)).text()
const floorHtml = articleHtml.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '').replace(/<link[^>]+rel="(?:preload|modulepreload)"[^>]*>/g, '')
// Compressed like next start compresses, so byte counts compare like for like.
const floorGzip = gzipSync(floorHtml)
const floor = http.createServer((req, res) => {
  if (req.url === '/floor') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' })
    res.end(floorGzip)
  } else {
    res.writeHead(404)
    res.end()
  }
})
await new Promise((r) => floor.listen(FLOOR_PORT, '127.0.0.1', r))

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
})

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

async function audit(url) {
  const runs = []
  for (let i = 0; i < RUNS; i++) {
    const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', throttlingMethod: 'devtools', formFactor: 'mobile' })
    const items = lhr.audits['network-requests']?.details?.items ?? []
    const js = items.filter((i) => i.resourceType === 'Script').reduce((s, i) => s + (i.transferSize ?? 0), 0)
    const total = items.reduce((s, i) => s + (i.transferSize ?? 0), 0)
    runs.push({
      performance: lhr.categories.performance.score * 100,
      accessibility: lhr.categories.accessibility.score * 100,
      bestPractices: lhr.categories['best-practices'].score * 100,
      seo: lhr.categories.seo.score * 100,
      fcp: lhr.audits['first-contentful-paint'].numericValue,
      lcp: lhr.audits['largest-contentful-paint'].numericValue,
      tbt: lhr.audits['total-blocking-time'].numericValue,
      cls: lhr.audits['cumulative-layout-shift'].numericValue,
      jsKB: js / 1024,
      totalKB: total / 1024,
    })
  }
  return Object.fromEntries(Object.keys(runs[0]).map((k) => [k, median(runs.map((r) => r[k]))]))
}

const targets = [
  ['home /', `${base}/`],
  [`article ${ARTICLE}`, `${base}${ARTICLE}`],
  ['glossary', `${base}/glossary`],
  ['floor (no JS)', `http://127.0.0.1:${FLOOR_PORT}/floor`],
]
const results = {}
for (const [label, url] of targets) results[label] = await audit(url)
await chrome.kill()

const cols = ['performance', 'accessibility', 'bestPractices', 'seo', 'fcp', 'lcp', 'tbt', 'cls', 'jsKB', 'totalKB']
const fmt = (k, v) => (['fcp', 'lcp', 'tbt'].includes(k) ? `${Math.round(v)} ms` : k === 'cls' ? v.toFixed(3) : k.endsWith('KB') ? `${v.toFixed(1)} KB` : String(Math.round(v)))
console.log(`\nLighthouse ${RUNS} runs each, medians (mobile, devtools throttling, transfer sizes)`)
console.log(['page'.padEnd(26), ...cols.map((c) => c.padStart(13))].join(''))
for (const [label, r] of Object.entries(results)) console.log([label.padEnd(26), ...cols.map((c) => fmt(c, r[c]).padStart(13))].join(''))
const ours = results[`article ${ARTICLE}`]
const fl = results['floor (no JS)']
console.log(`\narticle / floor: LCP ${(ours.lcp / fl.lcp).toFixed(2)}x (target <= 1.1x), bytes ${(ours.totalKB / fl.totalKB).toFixed(2)}x, JavaScript ${ours.jsKB.toFixed(1)} KB`)
const js = pageJs(ARTICLE)
if (js) console.log(`article JavaScript from the build (gzip -9, module scripts): framework ${js.framework.toFixed(1)} KB + our islands ${js.own.toFixed(1)} KB (target: + 10 KB at most)`)
console.log('targets: article performance >= 99, other scores 100, CLS 0, JS <= framework + 10 KB gzip')

console.log(`\nload test: autocannon, 20 s, 50 connections, ${ARTICLE}`)
const load = await autocannon({ url: `${base}${ARTICLE}`, connections: 50, duration: Number(process.env.BENCH_LOAD_SECONDS ?? 20) })
console.log(`requests/s ${Math.round(load.requests.average)}  latency p50 ${load.latency.p50} ms  p99 ${load.latency.p99} ms  errors ${load.errors}  non-2xx ${load.non2xx}  timeouts ${load.timeouts}`)

floor.close()
stop()
process.exit(0)
