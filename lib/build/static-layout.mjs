// @ts-check
// The folder layout of the static export: every page is `<path>/index.html`.
//
// `next build` writes `articles/safety.html` beside the folder `articles/safety/` that holds the
// section pages. A host that knows nothing about the site (python3 -m http.server, nginx and Caddy
// defaults, GitHub Pages, S3 website hosting) then finds a folder at /articles/safety and lists it
// or refuses it. Written as `articles/safety/index.html`, the page is that folder's index: every
// static host serves /articles/safety/ as is, and turns /articles/safety into it (a redirect, or
// directly with the generated nginx config and `npm start`). Starlight and Docusaurus do the same.
//
// The URLs the site links to stay without a trailing slash (links, sitemap, canonical, hreflang):
// only the files move. The planning is pure (paths in, moves out) so the unit tests pin it;
// relocatePages() applies it to a folder.
import { existsSync, mkdirSync, readdirSync, renameSync } from 'node:fs'
import { dirname, join } from 'node:path'

/** Pages that stay where they are: the home page is already an index, and hosts look for 404.html at the root (and a translated edition's in its folder). */
const STAY = new Set(['index.html', '404.html'])

/**
 * Where an exported page belongs, as a path relative to the export folder with `/` separators:
 * `articles/safety.html` -> `articles/safety/index.html`, `es.html` -> `es/index.html`. Returns the
 * path unchanged for the root `index.html` and `404.html`, for any `index.html` (already in place)
 * and for files that are not pages.
 * @param {string} file
 */
export function pageTarget(file) {
  if (!file.endsWith('.html') || STAY.has(file) || file.endsWith('/index.html') || file.endsWith('/404.html')) return file
  return `${file.slice(0, -'.html'.length)}/index.html`
}

/**
 * The moves that give a folder the layout, and what stands in the way: a target the export already
 * holds (a page written there by the export itself). The build fails on one rather than overwrite
 * a page.
 * @param {string[]} files every file of the export, relative, with `/` separators
 * @returns {{ moves: [string, string][], conflicts: string[] }}
 */
export function planLayout(files) {
  const existing = new Set(files)
  /** @type {[string, string][]} */
  const moves = []
  /** @type {string[]} */
  const conflicts = []
  for (const file of [...files].sort()) {
    const target = pageTarget(file)
    if (target === file) continue
    if (existing.has(target)) conflicts.push(`${file}: ${target} already exists`)
    else moves.push([file, target])
  }
  return { moves, conflicts }
}

/**
 * The file that answers a URL path in this layout: `/articles/safety` and `/articles/safety/` ->
 * `articles/safety/index.html`, `/` -> `index.html`. For tests and scripts that read a page from
 * the export by its address.
 * @param {string} urlPath
 */
export function pageFile(urlPath) {
  const path = urlPath.split(/[?#]/)[0]?.replace(/^\/+|\/+$/g, '') ?? ''
  return path ? `${path}/index.html` : 'index.html'
}

/**
 * Moves every page of the folder `root` to `<path>/index.html` (see planLayout). Throws, having
 * moved nothing, when the plan has a conflict.
 * @param {string} root
 * @returns {[string, string][]} the moves made
 */
export function relocatePages(root) {
  const files = listFiles(root)
  const { moves, conflicts } = planLayout(files)
  if (!files.includes('404.html')) conflicts.push('404.html is missing: hosts look for the not-found page at the root')
  if (conflicts.length) throw new Error(`cannot give every page its own folder:\n${conflicts.map((c) => `  - ${c}`).join('\n')}`)
  for (const [from, to] of moves) {
    mkdirSync(dirname(join(root, to)), { recursive: true })
    renameSync(join(root, from), join(root, to))
  }
  return moves
}

/**
 * @param {string} root
 * @param {string} [prefix]
 * @returns {string[]}
 */
function listFiles(root, prefix = '') {
  return readdirSync(join(root, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name
    return entry.isDirectory() ? listFiles(root, path) : [path]
  })
}

/**
 * The translated editions that have a not-found page of their own (`es` for out/es/404.html), in
 * name order: the static server, nginx and Caddy answer a missing address under /<edition>/ with it.
 * @param {string} root the export folder
 * @returns {string[]}
 */
export function editionsWithNotFound(root) {
  return readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(root, e.name, '404.html')))
    .map((e) => e.name)
    .sort()
}
