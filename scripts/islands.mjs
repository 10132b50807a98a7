// Bundles each vanilla island (components/islands/<name>.ts) into public/islands/<name>.js with
// esbuild: one small ES module per page type, loaded with <script type="module"> only where used.
// `node scripts/islands.mjs` builds once (before `next build`); `--watch` rebuilds on change (dev).
import { readFileSync, readdirSync, rmSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import * as esbuild from 'esbuild'

const entryPoints = readdirSync('components/islands')
  .filter((f) => f.endsWith('.ts'))
  .map((f) => `components/islands/${f}`)

/** @type {import('esbuild').BuildOptions} */
const options = {
  entryPoints,
  outdir: 'public/islands',
  bundle: true,
  format: 'esm',
  // A dynamic import() becomes its own file (the search code loads on first use, not with the page).
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  // Browsers with the Popover API and module scripts; older ones still read every page (no JS needed).
  target: ['chrome114', 'firefox125', 'safari17'],
  minify: true,
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
}

// Start empty: chunk names carry a content hash, so old chunks would pile up and be published.
rmSync('public/islands', { recursive: true, force: true })

if (process.argv.includes('--watch')) {
  const context = await esbuild.context(options)
  await context.watch()
  console.log(`islands: watching ${entryPoints.length} entry points`)
} else {
  const result = await esbuild.build(options)
  for (const [file, output] of Object.entries(result.metafile.outputs)) {
    console.log(`islands: ${file} ${(output.bytes / 1024).toFixed(1)} KB, ${(gzipSync(readFileSync(file), { level: 9 }).length / 1024).toFixed(1)} KB gzip`)
  }
}
