// @ts-check
import path from 'node:path'
import { visit } from 'unist-util-visit'
import { assignCalloutIds, assignHeadingIds } from './headings.mjs'
import { articleRedirects } from './section-ids.mjs'
import { report } from '../content/problems.mjs'

/**
 * remark plugin: stable ids on h2/h3 (see headings.mjs); the list lands in file.data.headings.
 * Every <Callout> gets an `id` prop for its heading too (assignCalloutIds).
 * Each h2 also gets `data-section="<slug>/<id>"`, the key of its section page. Renamed ids listed
 * under `redirects` in content/section-ids.lock.json are attached to their new heading, which
 * renders an anchor with the old id: old shared links land on the right section with no JavaScript.
 * @param {{
 *   redirects?: import('./section-ids.mjs').Redirects | null,
 *   translatedCallouts?: Record<string, { type: string, id: string }[]>,
 * }} [options]
 *   `redirects`: the section-id lock's (validated); `translatedCallouts`: for each translation (by
 *   its absolute path), the callouts of the article it translates, whose ids it takes.
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
    const redirects = articleRedirects(file, options.redirects)
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
    const english = file.path ? (options.translatedCallouts?.[path.resolve(file.path)] ?? null) : null
    assignCalloutIds(tree, taken, (problem, node) => report(file, problem.reason, { ...problem, place: node, ruleId: 'heading-id' }), english)
  }
}
