// Bundles each vanilla island (components/islands/<name>.ts) into public/islands/<name>.js with
// esbuild: one small ES module per page type, loaded with <script type="module"> only where used.
// It also minifies the stylesheets that are not in every page's inline stylesheet: the print rules
// (app/print.css -> print.css, linked by every page with media="print", PrintStylesheet in
// components/islands/Island.tsx) and the search panel's (components/enhance/site-search.css ->
// search.css, loaded by the search island with its code; the island gets its address, with a hash
// of its content, as SEARCH_CSS).
// `node scripts/islands.mjs` builds once (before `next build`); `--watch` rebuilds on change (dev).
import { createHash } from 'node:crypto'
import { readFileSync, readdirSync, rmSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import * as esbuild from 'esbuild'

const entryPoints = readdirSync('components/islands')
  .filter((f) => f.endsWith('.ts'))
  .map((f) => `components/islands/${f}`)

// Browsers with the Popover API and module scripts; older ones still read every page (no JS needed).
const target = ['chrome114', 'firefox125', 'safari17']

/** @type {import('esbuild').BuildOptions} */
const styles = {
  entryPoints: [
    { in: 'app/print.css', out: 'print' },
    { in: 'components/enhance/site-search.css', out: 'search' },
  ],
  outdir: 'public/islands',
  bundle: true,
  target,
  minify: true,
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
}

/** @param {string} file */
const version = (file) => createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 10)

// Start empty: chunk names carry a content hash, so old chunks would pile up and be published.
rmSync('public/islands', { recursive: true, force: true })
const styleResult = await esbuild.build(styles)

/** @type {import('esbuild').BuildOptions} */
const options = {
  entryPoints,
  outdir: 'public/islands',
  bundle: true,
  format: 'esm',
  // A dynamic import() becomes its own file (the search code loads on first use, not with the page).
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  target,
  define: { SEARCH_CSS: JSON.stringify(`/islands/search.css?v=${version('public/islands/search.css')}`) },
  minify: true,
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
}

if (process.argv.includes('--watch')) {
  const contexts = [await esbuild.context(options), await esbuild.context(styles)]
  await Promise.all(contexts.map((c) => c.watch()))
  console.log(`islands: watching ${entryPoints.length} entry points and ${styles.entryPoints.length} stylesheets`)
} else {
  const result = await esbuild.build(options)
  for (const [file, output] of Object.entries({ ...result.metafile.outputs, ...styleResult.metafile.outputs })) {
    console.log(`islands: ${file} ${(output.bytes / 1024).toFixed(1)} KB, ${(gzipSync(readFileSync(file), { level: 9 }).length / 1024).toFixed(1)} KB gzip`)
  }
}
