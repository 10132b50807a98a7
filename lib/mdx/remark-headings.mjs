// @ts-check
import path from 'node:path'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { visit } from 'unist-util-visit'
import { SECTION_LOCK_FILE, SOURCE_LOCALE, readData } from '../content-files.mjs'
import { assignCalloutIds, assignHeadingIds, calloutsOf } from './headings.mjs'
import { report } from '../problems.mjs'

/**
 * remark plugin: stable ids on h2/h3 (see headings.mjs); the list lands in file.data.headings.
 * Every <Callout> gets an `id` prop for its heading too (assignCalloutIds).
 * Each h2 also gets `data-section="<slug>/<id>"`, the key of its section page. Renamed ids listed
 * under `redirects` in content/section-ids.lock.json are attached to their new heading, which
 * renders an anchor with the old id: old shared links land on the right section with no JavaScript.
 * `lockFile`: another lock file than content/section-ids.lock.json (the content check and tests);
 * when it is given, the caller reports a broken lock file itself.
 * @param {{ lockFile?: string }} [options]
 */
export default function remarkHeadings(options = {}) {
  return (/** @type {import('mdast').Root} */ tree, /** @type {import('vfile').VFile} */ file) => {
    const headings = assignHeadingIds(tree, (problem, node) => report(file, problem.reason, { ...problem, place: node, ruleId: 'heading-id' }))
    file.data.headings = headings
    // A section runs from its "##" to the next one: a "##" inside a component would cut the
    // component in two (the section pages, the translation hashes and the table of contents split
    // the article at top-level headings only).
    for (const node of tree.children) {
      if (node.type !== 'mdxJsxFlowElement') continue
      visit(node, 'heading', (heading) => {
        if (heading.depth !== 2) return
        report(file, `A "##" heading is inside <${node.name ?? 'component'}>.`, {
          place: heading,
          expected: 'section headings ("##") on their own, outside components',
          fix: `move the heading out of <${node.name ?? 'component'}>, or make it "###" or bold text (**…**) inside it.`,
          ruleId: 'heading-nested',
        })
      })
    }
    const slug = file.path ? path.basename(file.path, '.mdx') : null
    if (slug) {
      // Each "##" has its own page (/articles/<slug>/<id>): its copy button copies that page's URL,
      // the one whose link preview shows this section, and "Add to handout" names it.
      visit(tree, 'heading', (node) => {
        const props = node.data?.hProperties
        if (props?.id && node.depth === 2) props.dataSection = `${slug}/${props.id}`
      })
    }
    const redirects = slug ? readRedirects(slug, file, options.lockFile) : {}
    /** @type {Map<string, string[]>} */
    const byTarget = new Map()
    for (const [from, to] of Object.entries(redirects)) byTarget.set(to, [...(byTarget.get(to) ?? []), from])
    visit(tree, 'heading', (node) => {
      const props = node.data?.hProperties
      const old = typeof props?.id === 'string' ? byTarget.get(props.id) : undefined
      if (props && old) props.dataRedirects = old.join(' ')
    })
    // The callouts' headings get ids too, apart from every section id, old ones included.
    /** @type {Map<string, string>} */
    const taken = new Map()
    for (const h of headings) taken.set(h.id, `the heading "${'#'.repeat(h.depth)} ${h.text}" on line ${h.line}`)
    for (const [from, to] of Object.entries(redirects)) taken.set(from, `the old id of the section "${to}" (content/section-ids.lock.json, redirects)`)
    const english = file.path ? englishCallouts(file.path) : null
    assignCalloutIds(tree, taken, (problem, node) => report(file, problem.reason, { ...problem, place: node, ruleId: 'heading-id' }), english)
  }
}

/** @type {Map<string, { mtime: number, callouts: ReturnType<typeof calloutsOf> }>} */
const englishCache = new Map()

/**
 * For a translation (<content>/<locale>/articles/<slug>.mdx), the callouts of the English article
 * it mirrors (<content>/<source locale>/articles/<slug>.mdx), whose ids it takes; null for an English article.
 * Cached by the English file's modification time: each section page compiles the article again.
 * @param {string} filePath
 */
function englishCallouts(filePath) {
  const match = /^(.*)[\\/]([a-z]{2,3}(?:-[A-Za-z0-9]+)*)[\\/]articles[\\/]([^\\/]+\.mdx)$/.exec(path.resolve(filePath))
  if (!match || match[2] === SOURCE_LOCALE) return null
  const english = path.join(/** @type {string} */ (match[1]), SOURCE_LOCALE, 'articles', /** @type {string} */ (match[3]))
  if (!existsSync(english)) return null
  const mtime = statSync(english).mtimeMs
  const cached = englishCache.get(english)
  if (cached && cached.mtime === mtime) return cached.callouts
  const callouts = calloutsOf(readFileSync(english, 'utf8'))
  englishCache.set(english, { mtime, callouts })
  return callouts
}

/**
 * The renamed section ids of an article (old id -> new id) from the section-id lock, or none.
 * `lockFile`: another lock file than content/section-ids.lock.json (the content check and tests);
 * when it is given, the caller reports a broken lock file itself.
 * @param {string} slug
 * @param {import('vfile').VFile} file
 * @param {string} [lockFile]
 * @returns {Record<string, string>}
 */
function readRedirects(slug, file, lockFile) {
  const lock = lockFile ?? SECTION_LOCK_FILE
  if (!existsSync(lock)) return {}
  try {
    return readData(lock).redirects?.[slug] ?? {}
  } catch (error) {
    // The content check reports a broken lock file once, on the file itself; only the build
    // (which has no such check) reports it here.
    if (lockFile === undefined) {
      report(file, `The section-id lock cannot be read: ${error instanceof Error ? error.message : String(error)}`, {
        expected: 'valid JSON in content/section-ids.lock.json',
        fix: 'run npm run check:content for the line, fix the file, then run npm run lock:sections.',
        ruleId: 'section-lock',
      })
    }
    return {}
  }
}
