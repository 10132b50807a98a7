// @ts-check
// remark plugin: every crisis number in an article's text (988, 911, 9-8-8) becomes
// <CrisisNumber number="988" />, one tap-to-call link named by its digits. Writers type the plain
// number. Headings, links, code and a number inside a service's name ("the 988 Suicide & Crisis
// Lifeline") are left alone. The ways to text a line are the crisis callout's own action row.
import { SKIP, visit } from 'unist-util-visit'
import { splitCrisisNumbers } from '../crisis.mjs'

/** @typedef {import('mdast').Root} Root */

export default function remarkCrisisLinks() {
  return (/** @type {Root} */ tree) => {
    visit(tree, (node, index, parent) => {
      if (['heading', 'link', 'code', 'inlineCode'].includes(node.type)) return SKIP
      // A glossary term is itself a link: no link inside a link.
      if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && (node.name === 'Term' || node.name === 'a')) return SKIP
      if (node.type !== 'text' || !parent || index === undefined) return undefined
      const parts = splitCrisisNumbers(node.value)
      if (parts.every((part) => 'text' in part)) return undefined
      const replacement = parts.map((part) =>
        'text' in part
          ? { type: 'text', value: part.text }
          : {
              type: 'mdxJsxTextElement',
              name: 'CrisisNumber',
              attributes: [{ type: 'mdxJsxAttribute', name: 'number', value: part.line.number }],
              children: [],
            },
      )
      // @ts-expect-error mdx JSX nodes are not in mdast's core types.
      parent.children.splice(index, 1, ...replacement)
      return [SKIP, index + replacement.length]
    })
  }
}
