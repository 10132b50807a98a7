/**
 * `npm run bench:glossary`: builds the search index for the real glossary and for synthetic
 * glossaries of 1,000 and 10,000 terms, runs a fixed list of queries (exact, alias, prefix, typo,
 * no match) as per-keystroke searches, and prints index build time, p50/p95 query time, and the
 * gzipped size of the glossary page's own JavaScript (beyond the framework). Prints figures only;
 * it never fails on timing.
 */
import { performance } from 'node:perf_hooks'
import { loadGlossary } from '../lib/content'
import { buildIndex, searchGlossary, type SearchableTerm } from '../lib/glossary-search'
import { pageJs } from './page-js.mjs'

const QUERIES = ['Spravato', 'ketamine', 'NMDA', 'TRD', 'dissoc', 'neuroplast', 'ketamene', 'eskatamine', 'troach', 'off label', 'post traumatic', 'zzqxv']

function synthetic(real: SearchableTerm[], n: number): SearchableTerm[] {
  const out: SearchableTerm[] = []
  for (let i = 0; i < n; i++) {
    const base = real[i % real.length]!
    const k = Math.floor(i / real.length)
    out.push({ id: `${base.id}-${k}`, term: k ? `${base.term} ${k}` : base.term, aliases: base.aliases.map((a) => (k ? `${a}${k}` : a)), definition: base.definition })
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
  console.log(`${label.padEnd(14)} ${String(terms.length).padStart(6)}  ${build.toFixed(1).padStart(8)}  ${percentile(times, 50).toFixed(3).padStart(8)}  ${percentile(times, 95).toFixed(3).padStart(8)}  ${times.length}`)
}

const real = loadGlossary()
console.log('glossary search: index build and per-keystroke query times (ms)')
console.log('set             terms  build ms   p50 ms    p95 ms  searches')
bench('real', real)
bench('synthetic 1k', synthetic(real, 1000))
bench('synthetic 10k', synthetic(real, 10000))

// The glossary page's own JavaScript: chunks it loads beyond the home page (the framework).
const js = pageJs('/glossary')
if (!js) console.log('\n(build first with `npm run build` to measure the page JavaScript)')
else console.log(`\nglossary page JavaScript (gzip -9, module scripts): ${js.total.toFixed(1)} KB in total; framework ${js.framework.toFixed(1)} KB; the page's own ${js.own.toFixed(1)} KB (target under 15 KB)`)
