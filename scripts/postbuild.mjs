// The post-build step on the static export in out/ (run by scripts/build.mjs after `next build`):
//  1. every HTML page loses the framework runtime (lib/build/static-export.mjs): only our island
//     modules and JSON-LD stay; each page gets its own policy (<meta http-equiv>) with the
//     hashes of its inline stylesheets;
//  2. the RSC payload files (*.txt beside each page) and the framework's chunks are deleted, and
//     so is every other file under out/_next that no page refers to any more;
//  3. out/_headers gets the security headers (lib/build/security-headers.mjs): the same for every build,
//     with nothing that depends on a page;
//  4. a final check fails the build if any page still holds a foreign script, so a future
//     Next.js release that emits something new cannot slip through.
//  5. every page moves to <path>/index.html (lib/build/static-layout.mjs), so any static host serves
//     /articles/safety and /articles/safety/ with no configuration;
//  6. deploy/, beside out/ (never published), gets the nginx, Caddy and CloudFront configs with
//     the headers of out/_headers, and build.json with the build's SITE_URL (lib/build/host-configs.mjs).
//  7. each section the handout offers gets a small JSON file, in every language
//     (<locale path>/handout/sections/<slug>/<id>.json, lib/build/handout-writer.ts): the handout
//     island renders from these, never from the pages' HTML.
//  8. the search index files of every language (lib/search/write-index.ts, TypeScript through tsx).
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, rmdirSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { foreignScripts, stripRuntime } from '../lib/build/static-export.mjs'
import { securityHeaders, toHeadersFile } from '../lib/build/security-headers.mjs'
import { relocatePages } from '../lib/build/static-layout.mjs'
import { writeDeployFolder } from '../lib/build/host-configs.mjs'
import { writeHandoutData } from '../lib/build/handout-data.mjs'
import { tsImport } from 'tsx/esm/api'

const OUT = process.argv[2] ?? 'out'

/** @param {string} dir */
function walk(dir) {
  /** @type {string[]} */
  const files = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) files.push(...walk(path))
    else files.push(path)
  }
  return files
}

const files = walk(OUT)
const pages = files.filter((f) => f.endsWith('.html'))
const policies = new Set()
const problems = []
let before = 0
let after = 0
let scripts = 0
for (const page of pages) {
  const input = readFileSync(page, 'utf8')
  const result = stripRuntime(input)
  before += Buffer.byteLength(input)
  after += Buffer.byteLength(result.html)
  scripts += result.removedScripts
  policies.add(result.policy)
  problems.push(...result.problems.map((p) => `${relative(OUT, page)}: ${p}`))
  problems.push(...foreignScripts(result.html).map((s) => `${relative(OUT, page)}: still loads ${s}`))
  writeFileSync(page, result.html)
}

// RSC payloads: `<page>.txt` beside `<page>.html`, and the `__next.*.txt` segment files.
const htmlSet = new Set(pages)
const payloads = files.filter((f) => f.endsWith('.txt') && (/(^|\/)__next\.[^/]*\.txt$/.test(f) || htmlSet.has(f.replace(/\.txt$/, '.html'))))
payloads.forEach((f) => rmSync(f))

// Framework files no page refers to any more (all of _next but, for example, a referenced image).
const html = pages.map((p) => readFileSync(p, 'utf8')).join('\n')
const unreferenced = walk(OUT)
  .filter((f) => relative(OUT, f).startsWith('_next/'))
  .filter((f) => !html.includes(`/${relative(OUT, f)}`))
unreferenced.forEach((f) => rmSync(f))
// Next writes the not-found page twice: 404.html, which hosts serve for a missing address, and
// _not-found.html, which would otherwise be published as a page at /_not-found.
rmSync(join(OUT, '_not-found.html'), { force: true })
// A translated edition's not-found page is built at /<locale>/not-found-page; hosts that look for
// the nearest 404.html (our server, the nginx and Caddy configs, Cloudflare Pages) find <locale>/404.html.
for (const entry of readdirSync(OUT, { withFileTypes: true })) {
  const page = join(OUT, entry.name, 'not-found-page.html')
  if (entry.isDirectory() && existsSync(page)) renameSync(page, join(OUT, entry.name, '404.html'))
}
removeEmptyDirs(OUT)
const relocated = relocatePages(OUT)
await writeHandoutData(OUT)
const { writeSearchIndex } = await tsImport('../lib/search/write-index.ts', import.meta.url)
const searchIndex = writeSearchIndex(OUT)

writeFileSync(join(OUT, '_headers'), toHeadersFile(securityHeaders()))

if (problems.length) {
  console.error(`post-build: ${problems.length} problem(s) in the exported pages:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
  process.exit(1)
}
const deployFiles = writeDeployFolder({ out: OUT, siteUrl: process.env.SITE_URL })
const kb = (n) => `${(n / 1024).toFixed(0)} KB`
console.log(
  `post-build: ${pages.length} pages, ${scripts} framework scripts removed, HTML ${kb(before)} -> ${kb(after)}; ` +
    `deleted ${payloads.length} RSC payload files and ${unreferenced.length} unused framework files; ` +
    `${policies.size} distinct page polic${policies.size === 1 ? 'y' : 'ies'} written into the pages`,
)
console.log(`post-build: ${relocated.length} pages moved to <path>/index.html; host configs in ${deployFiles.map((f) => relative('.', f)).join(', ')}`)
console.log(`post-build: search index ${searchIndex.map((i) => `${relative(OUT, i.dir)} (${i.files} files, ${kb(i.bytes)})`).join(', ')}`)

/** @param {string} dir */
function removeEmptyDirs(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) removeEmptyDirs(join(dir, entry.name))
  }
  if (dir !== OUT && readdirSync(dir).length === 0) rmdirSync(dir)
}
