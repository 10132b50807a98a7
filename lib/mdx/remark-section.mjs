// @ts-check
// remark plugin: keeps one "##" section of an article, so a section page numbers its citations
// from 1 and lists only its own references, and opens it with its main message
// (lib/mdx/section-message.mjs): the frontmatter's (checked by remark-section-messages), with its
// sources, or the opening paragraph's first words, emphasised where they stand. It runs after
// remark-headings, remark-vocabulary and remark-section-messages (the whole article is checked
// and gets the same ids as its own page) and before remark-citations and remark-terms (which then
// see only this section, its message's sources numbered first).
import { isJsx } from './jsx.mjs'
import { fallbackMessage } from './section-message.mjs'

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
    const own = file.data.sectionMessages?.[options.id]
    if (own) {
      const at = (/** @type {number} */ line) => ({ start: { line, column: 1 }, end: { line, column: 1 } })
      /** @type {import('mdast').PhrasingContent[]} */
      const words = [{ type: 'text', value: own.message, position: at(own.line) }]
      if (own.cite.length > 0) {
        words.push({
          type: 'mdxJsxTextElement',
          name: 'Cite',
          attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: own.cite.join(' ') }],
          children: [],
          position: at(own.citeLine),
        })
      }
      tree.children.unshift(mainMessage({ type: 'paragraph', children: words, position: at(own.line) }))
      file.data.sectionLead = { text: own.message.replace(/\s+/g, ' '), from: 'frontmatter' }
      return
    }
    // Not repeated: the opening paragraph itself (or its first sentences) becomes the message, moved
    // above an evidence label if one comes first; the rest of the paragraph follows it.
    const lead = fallbackMessage(tree.children)
    if (!lead) return // remark-section-messages reported it: a section needs a message or an opening paragraph
    tree.children.splice(lead.at, 1)
    tree.children.unshift(mainMessage(lead.lead), ...(lead.rest ? [lead.rest] : []))
    file.data.sectionLead = { text: lead.text, from: 'paragraph' }
  }
}

/**
 * The <MainMessage> block around a paragraph (the component the article's own main message uses).
 * @param {import('mdast').Paragraph} paragraph
 * @returns {import('mdast').RootContent}
 */
function mainMessage(paragraph) {
  return /** @type {import('mdast').RootContent} */ ({
    type: 'mdxJsxFlowElement',
    name: 'MainMessage',
    attributes: [],
    children: [paragraph],
    position: paragraph.position,
  })
}
