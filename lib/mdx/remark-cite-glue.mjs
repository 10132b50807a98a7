// @ts-check
// remark plugin: keeps each citation marker on the same line as the word before it, so a "[3]"
// never wraps onto a line of its own. The last word (with its punctuation) and the <Cite> are
// wrapped together in <span class="cite-glue"> (white-space: nowrap).
import { SKIP, visit } from 'unist-util-visit'

/** @param {any} node */
const isCite = (node) => node.type === 'mdxJsxTextElement' && node.name === 'Cite'

/** @param {any[]} children */
const glue = (children) => ({
  type: 'mdxJsxTextElement',
  name: 'span',
  attributes: [{ type: 'mdxJsxAttribute', name: 'className', value: 'cite-glue' }],
  children,
})

export default function remarkCiteGlue() {
  return (/** @type {import('mdast').Root} */ tree) => {
    visit(tree, (node, index, parent) => {
      if (!isCite(node) || !parent || index === undefined || index === 0) return undefined
      const siblings = /** @type {any[]} */ (parent.children)
      let prev = siblings[index - 1]
      // "*word* <Cite />": the space alone between them goes, so the two can be glued.
      if (prev.type === 'text' && !prev.value.trim() && index >= 2) {
        siblings.splice(index - 1, 1)
        index -= 1
        prev = siblings[index - 1]
      }
      if (prev.type === 'text') {
        const value = prev.value.replace(/\s+$/, '')
        const cut = value.search(/\S+$/)
        if (cut < 0) return undefined
        const before = value.slice(0, cut)
        const word = value.slice(cut)
        const replacement = [...(before ? [{ type: 'text', value: before }] : []), glue([{ type: 'text', value: word }, node])]
        siblings.splice(index - 1, 2, ...replacement)
        return [SKIP, index - 1 + replacement.length]
      }
      // A word in emphasis, a link or a <Term> right before the citation: keep the two together.
      siblings.splice(index - 1, 2, glue([prev, node]))
      return [SKIP, index]
    })
  }
}
