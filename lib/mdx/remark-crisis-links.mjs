// @ts-check
// remark plugin: every crisis number in an article's text (988, 911, 9-8-8) becomes
// <CrisisNumber number="988" />, which renders tap-to-call and tap-to-text links. Writers type the
// plain number. Headings, links and code are left alone. Words just before the number that say to
// text it ("mensaje de texto al 988") move into the element, which makes them the text link.
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
              attributes: [
                { type: 'mdxJsxAttribute', name: 'number', value: part.line.number },
                // "envíe un mensaje de texto al 988": the words become the text link (lib/crisis.mjs).
                ...(part.texting
                  ? [
                      { type: 'mdxJsxAttribute', name: 'texting', value: part.texting.words },
                      { type: 'mdxJsxAttribute', name: 'joiner', value: part.texting.joiner },
                    ]
                  : []),
              ],
              children: [],
            },
      )
      // @ts-expect-error mdx JSX nodes are not in mdast's core types.
      parent.children.splice(index, 1, ...replacement)
      return [SKIP, index + replacement.length]
    })
  }
}
