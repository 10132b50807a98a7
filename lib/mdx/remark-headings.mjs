// @ts-check
import path from 'node:path'
import { existsSync } from 'node:fs'
import { visit } from 'unist-util-visit'
import { SECTION_LOCK_FILE, readData } from '../content-files.mjs'
import { assignHeadingIds } from './headings.mjs'
import { report } from '../problems.mjs'

/**
 * remark plugin: stable ids on h2/h3 (see headings.mjs); the list lands in file.data.headings.
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
    const lockFile = options.lockFile ?? SECTION_LOCK_FILE
    const slug = file.path ? path.basename(file.path, '.mdx') : null
    if (!slug) return
    // Each "##" has its own page (/articles/<slug>/<id>): its copy button copies that page's URL,
    // the one whose link preview shows this section, and "Add to handout" names it.
    visit(tree, 'heading', (node) => {
      const props = node.data?.hProperties
      if (props?.id && node.depth === 2) props.dataSection = `${slug}/${props.id}`
    })
    if (!existsSync(lockFile)) return
    /** @type {Record<string, string>} */
    let redirects
    try {
      redirects = readData(lockFile).redirects?.[slug] ?? {}
    } catch (error) {
      // The content check reports a broken lock file once, on the file itself; only the build
      // (which has no such check) reports it here.
      if (options.lockFile === undefined) {
        report(file, `The section-id lock cannot be read: ${error instanceof Error ? error.message : String(error)}`, {
          expected: 'valid JSON in content/section-ids.lock.json',
          fix: 'run npm run check:content for the line, fix the file, then run npm run lock:sections.',
          ruleId: 'section-lock',
        })
      }
      return
    }
    /** @type {Map<string, string[]>} */
    const byTarget = new Map()
    for (const [from, to] of Object.entries(redirects)) byTarget.set(to, [...(byTarget.get(to) ?? []), from])
    visit(tree, 'heading', (node) => {
      const props = node.data?.hProperties
      const old = typeof props?.id === 'string' ? byTarget.get(props.id) : undefined
      if (props && old) props.dataRedirects = old.join(' ')
    })
  }
}
