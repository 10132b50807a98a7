/**
 * `npm run bench:glossary`: builds the search index for the real glossary and for synthetic
 * glossaries of 1,000 and 10,000 terms, runs a fixed list of queries (exact, alias, prefix, typo,
 * no match) as per-keystroke searches, and prints index build time, p50/p95 query time, and the
 * gzipped size of the glossary island and its data (from the build). Prints figures only;
 * it never fails on timing.
 */
import { performance } from 'node:perf_hooks'
import { loadGlossary } from '../lib/content/glossary'
import { buildIndex, searchGlossary, type SearchableTerm } from '../lib/glossary-search'
import { existsSync, readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'

const QUERIES = ['Spravato', 'ketamine', 'NMDA', 'TRD', 'dissoc', 'neuroplast', 'ketamene', 'eskatamine', 'troach', 'off label', 'post traumatic', 'zzqxv']

function synthetic(real: SearchableTerm[], n: number): SearchableTerm[] {
  const out: SearchableTerm[] = []
  for (let i = 0; i < n; i++) {
    const base = real[i % real.length]!
    const k = Math.floor(i / real.length)
    out.push({
      id: `${base.id}-${k}`,
      term: k ? `${base.term} ${k}` : base.term,
      aliases: base.aliases.map((a) => (k ? `${a}${k}` : a)),
      definition: base.definition,
    })
  }
  return out
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
}

function bench(label: string, terms: SearchableTerm[]) {
  const t0 = performance.now()
  const index = buildIndex(terms)
  const build = performance.now() - t0
  const times: number[] = []
  for (let round = 0; round < 5; round++) {
    for (const q of QUERIES) {
      // Every keystroke is a search: "S", "Sp", "Spr", ...
      for (let i = 1; i <= q.length; i++) {
        const s = performance.now()
        searchGlossary(index, q.slice(0, i))
        times.push(performance.now() - s)
      }
    }
  }
  times.sort((a, b) => a - b)
  console.log(
    `${label.padEnd(14)} ${String(terms.length).padStart(6)}  ${build.toFixed(1).padStart(8)}  ${percentile(times, 50).toFixed(3).padStart(8)}  ${percentile(times, 95).toFixed(3).padStart(8)}  ${times.length}`,
  )
}

const real = loadGlossary()
console.log('glossary search: index build and per-keystroke query times (ms)')
console.log('set             terms  build ms   p50 ms    p95 ms  searches')
bench('real', real)
bench('synthetic 1k', synthetic(real, 1000))
bench('synthetic 10k', synthetic(real, 10000))

// What the page loads: the island up front, the index data on first use (gzip -9).
const gz = (file: string) => (existsSync(file) ? gzipSync(readFileSync(file), { level: 9 }).length / 1024 : null)
const island = gz('out/islands/glossary.js')
const data = gz('out/glossary/entries.json')
if (island === null || data === null) console.log('\n(build first with `npm run build` to measure what the page loads)')
else
  console.log(`\nglossary island ${island.toFixed(1)} KiB gzip before the first search (target under 15 KiB); index data ${data.toFixed(1)} KiB on first use`)
