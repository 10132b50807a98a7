// @ts-check
// remark plugin: keeps one "##" section of an article, so a section page numbers its citations
// from 1 and lists only its own references. It runs after remark-headings and remark-vocabulary
// (the whole article is checked and gets the same ids as its own page) and before
// remark-citations and remark-terms (which then see only this section).
import { isJsx } from './jsx.mjs'

/**
 * @typedef {import('mdast').RootContent} Node
 * @typedef {{ heading: number, start: number, end: number }} Range
 */

/**
 * Where each top-level h2 section's body lies in `children`: the heading's index and the body's
 * [start, end). The questions box after the last section belongs to the whole article, so the
 * last section stops before it, unless the box is all the section holds.
 * @param {Node[]} children
 * @returns {Range[]}
 */
export function sectionRanges(children) {
  const starts = children.flatMap((node, i) => (node.type === 'heading' && node.depth === 2 ? [i] : []))
  return starts.map((heading, k) => {
    let end = k + 1 < starts.length ? /** @type {number} */ (starts[k + 1]) : children.length
    const lastNode = children[end - 1]
    if (k === starts.length - 1 && end - 1 > heading + 1 && lastNode && isJsx(lastNode, 'QuestionsToAsk')) end -= 1
    return { heading, start: heading + 1, end }
  })
}

/** @param {{ id: string }} options */
export default function remarkSection(options) {
  return (/** @type {import('mdast').Root} */ tree, /** @type {import('vfile').VFile} */ file) => {
    const ranges = sectionRanges(tree.children)
    const range = ranges.find((r) => tree.children[r.heading]?.data?.hProperties?.id === options.id)
    if (!range) {
      file.fail(
        `No "##" section with the id "${options.id}" in this article. Section pages exist only for top-level "##" headings.`,
        undefined,
        'remark-section:missing',
      )
    }
    tree.children = tree.children.slice(range.start, range.end)
  }
}
