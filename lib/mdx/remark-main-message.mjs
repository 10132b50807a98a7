// @ts-check
// remark plugin: puts the article's main message (frontmatter `mainMessage`, with its sources in
// `mainMessageCite`) first in the body, as <MainMessage>, before the key points. It runs before
// remark-citations, so the message's sources are numbered and listed like any other citation, and
// an unknown id is reported at the `mainMessageCite:` line. Writers never type <MainMessage>: the
// vocabulary check refuses it in the body (one message, kept in one place). `mainFigure` names a
// figure that goes right below the message, above the key points (an unknown name is reported at
// that line, like <Figure name>).
import { parse } from 'yaml'
import { didYouMean, report } from '../content/problems.mjs'

/**
 * The line of `key:` in a frontmatter node, or the node's first line.
 * @param {import('mdast').Yaml} yaml
 * @param {string} key
 */
function lineOf(yaml, key) {
  const start = yaml.position?.start.line ?? 1
  const index = yaml.value.split('\n').findIndex((line) => line.startsWith(`${key}:`))
  return index < 0 ? start : start + 1 + index
}

/**
 * A position spanning one whole line.
 * @param {number} line
 */
const at = (line) => ({ start: { line, column: 1 }, end: { line, column: 1 } })

/**
 * @typedef {object} Options
 * @property {string[]} [figures] the figure names (the data files in content/en/figures)
 */

/** @param {Options} [options] */
export default function remarkMainMessage(options = {}) {
  return (/** @type {import('mdast').Root} */ tree, /** @type {import('vfile').VFile} */ file) => {
    const index = tree.children.findIndex((n) => n.type === 'yaml')
    if (index < 0) return
    const yaml = /** @type {import('mdast').Yaml} */ (tree.children[index])
    /** @type {unknown} */
    let data
    try {
      data = parse(yaml.value)
    } catch {
      return // the frontmatter check reports YAML it cannot read
    }
    if (!data || typeof data !== 'object') return
    const { mainMessage, mainMessageCite, mainFigure } = /** @type {{ mainMessage?: unknown, mainMessageCite?: unknown, mainFigure?: unknown }} */ (data)
    if (typeof mainMessage !== 'string' || !mainMessage.trim()) return // required by the frontmatter schema
    const textLine = at(lineOf(yaml, 'mainMessage'))
    /** @type {import('mdast').PhrasingContent[]} */
    const children = [{ type: 'text', value: mainMessage.trim(), position: textLine }]
    if (typeof mainMessageCite === 'string' && mainMessageCite.trim()) {
      children.push(
        /** @type {import('mdast').PhrasingContent} */ ({
          type: 'mdxJsxTextElement',
          name: 'Cite',
          attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: mainMessageCite.trim().replace(/\s+/g, ' ') }],
          children: [],
          position: at(lineOf(yaml, 'mainMessageCite')),
        }),
      )
    }
    /** @type {import('mdast').RootContent[]} */
    const inserted = [
      /** @type {import('mdast').RootContent} */ ({
        type: 'mdxJsxFlowElement',
        name: 'MainMessage',
        attributes: [],
        children: [{ type: 'paragraph', children, position: textLine }],
        position: textLine,
      }),
    ]
    if (typeof mainFigure === 'string' && mainFigure.trim()) {
      const name = mainFigure.trim()
      const figures = options.figures ?? []
      const place = at(lineOf(yaml, 'mainFigure'))
      if (!figures.includes(name)) {
        report(file, `mainFigure: "${name}" has no figure data file.`, {
          place: { position: place },
          expected: `one of: ${figures.join(', ') || '(none yet)'}`,
          fix: `${didYouMean(name, figures)}Figure data lives in content/en/figures/<name>.yaml.`,
          ruleId: 'main-figure',
        })
      } else {
        inserted.push(
          /** @type {import('mdast').RootContent} */ ({
            type: 'mdxJsxFlowElement',
            name: 'Figure',
            attributes: [{ type: 'mdxJsxAttribute', name: 'name', value: name }],
            children: [],
            position: place,
          }),
        )
      }
    }
    tree.children.splice(index + 1, 0, ...inserted)
  }
}
