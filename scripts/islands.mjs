// Bundles each vanilla island (components/islands/<name>.ts) into public/islands/<name>.js with
// esbuild: one small ES module per page type, loaded with <script type="module"> only where used.
// It also minifies the stylesheets that are not in every page's inline stylesheet: the print rules
// (app/print.css -> print.css, linked by every page with media="print", PrintStylesheet in
// components/islands/Island.tsx) and the search panel's (components/enhance/site-search.css ->
// search.css, loaded by the search island with its code; the island gets its address, with a hash
// of its content, as SEARCH_CSS).
// Each language gets its own bundles, with its own words only (lib/i18n/islands.ts): the default
// language's in public/islands/, each other's in public/islands/<locale>/ (the chunks they share
// are in public/islands/chunks/). The languages come from lib/i18n/locales.ts itself.
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

/**
 * The site's languages, read from lib/i18n/locales.ts (bundled here to run it: this script runs
 * before any TypeScript loader). Each: its code, its address prefix ('' or '/es') and Intl locale.
 */
async function locales() {
  const built = await esbuild.build({ entryPoints: ['lib/i18n/locales.ts'], bundle: true, write: false, format: 'esm', platform: 'node', logLevel: 'warning' })
  const mod = await import(`data:text/javascript;base64,${Buffer.from(built.outputFiles[0].text).toString('base64')}`)
  return mod.LOCALES.map((/** @type {string} */ code) => ({
    code,
    prefix: code === mod.DEFAULT_LOCALE ? '' : `/${code}`,
    intl: mod.LOCALE_INFO[code].intl,
    strings: `content/${code}/strings.ts`,
  }))
}

/** @param {{ code: string, prefix: string, intl: string, strings: string }} locale @returns {import('esbuild').BuildOptions} */
const optionsFor = (locale) => ({
  entryPoints,
  outdir: `public/islands${locale.prefix}`,
  bundle: true,
  format: 'esm',
  // A dynamic import() becomes its own file (the search code loads on first use, not with the page).
  splitting: true,
  // One chunks/ folder for every language (a chunk's name is its content's hash; the host configs cache it for good).
  chunkNames: `${locale.prefix ? '../'.repeat(locale.prefix.split('/').length - 1) : ''}chunks/[name]-[hash]`,
  target,
  alias: { '@island/strings': `./${locale.strings}` },
  define: {
    SEARCH_CSS: JSON.stringify(`/islands/search.css?v=${version('public/islands/search.css')}`),
    ISLAND_LOCALE: JSON.stringify({ prefix: locale.prefix, intl: locale.intl }),
  },
  minify: true,
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
})

const languages = await locales()
if (process.argv.includes('--watch')) {
  const contexts = [...(await Promise.all(languages.map((l) => esbuild.context(optionsFor(l))))), await esbuild.context(styles)]
  await Promise.all(contexts.map((c) => c.watch()))
  console.log(`islands: watching ${entryPoints.length} entry points in ${languages.length} languages and ${styles.entryPoints.length} stylesheets`)
} else {
  const results = await Promise.all(languages.map((l) => esbuild.build(optionsFor(l))))
  const outputs = Object.assign({}, ...results.map((r) => r.metafile.outputs), styleResult.metafile.outputs)
  for (const [file, output] of Object.entries(outputs)) {
    console.log(`islands: ${file} ${(output.bytes / 1024).toFixed(1)} KB, ${(gzipSync(readFileSync(file), { level: 9 }).length / 1024).toFixed(1)} KB gzip`)
  }
}
