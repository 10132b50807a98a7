// @ts-check
// remark plugin: numbers <Cite id="a b" /> per article in order of first use, at build time, so
// numbering ships no client JavaScript. A repeated source keeps its first number; each citation
// gets its own anchor id (cite-1, cite-2, ...) so back-links can return to every place that cites.
// An unknown id is reported with the file, line, id and the closest known id, and fails the build.
import { visit } from 'unist-util-visit'
import { isJsx, literalAttribute, setAttribute, flowElement } from './jsx.mjs'
import { report, didYouMean } from '../content/problems.mjs'

/** @param {string} value one or more ids, separated by spaces or commas */
function splitIds(value) {
  return value.split(/[\s,]+/).filter(Boolean)
}

/**
 * @typedef {object} Options
 * @property {Iterable<string> | null} [known] the bibliography's ids (content/references.json, validated); null or absent: not known, so no id is called unknown
 * @property {Record<string, string[]>} [figureSources] each figure's sources, in order (content/en/figures)
 * @property {boolean} [figureSourcesChecked] the caller checks figures' own sources, so do not report them here
 */

/** @param {Options} [options] */
export default function remarkCitations(options = {}) {
  return (/** @type {import('mdast').Root} */ tree, /** @type {import('vfile').VFile} */ file) => {
    // No ids means the bibliography could not be read: its loader (or the content check) reports
    // that file once, and no citation is called unknown because of it.
    const known = options.known ? new Set(options.known) : null
    /** @param {string} id @param {import('mdast').Node} node @param {string} where */
    const unknown = (id, node, where) =>
      report(file, `Unknown citation id "${id}"${where}.`, {
        place: node,
        expected: 'the id of an entry in content/references.json',
        fix: `${didYouMean(id, known)}Correct the id, or add the source to content/references.json (see content/README.md, "References").`,
        ruleId: 'unknown-citation',
      })
    /** @type {string[]} */
    const order = []
    /** @type {Map<string, string[]>} */
    const backlinks = new Map()
    let count = 0
    /** @param {string} id @param {string} anchor */
    const number = (id, anchor) => {
      if (!order.includes(id)) order.push(id)
      const list = backlinks.get(id) ?? []
      if (!list.includes(anchor)) list.push(anchor)
      backlinks.set(id, list)
      return order.indexOf(id) + 1
    }
    visit(tree, (node) => {
      // A figure cites the sources listed in its data file, numbered where the figure stands.
      if (isJsx(node, 'Figure')) {
        const name = literalAttribute(node, 'name')
        if (typeof name !== 'string') return
        // The content check reports a figure's unknown ids once, in the figure's own file.
        // A missing figure is reported by remark-vocabulary with the fix.
        const ids = (options.figureSources?.[name] ?? []).filter((id) => {
          if (!known || known.has(id)) return true
          if (!options.figureSourcesChecked) unknown(id, node, ` in content/en/figures/${name}.yaml`)
          return false
        })
        setAttribute(
          node,
          'refs',
          ids.map((id) => ({ id, n: number(id, `fig-${name}`) })),
        )
        return
      }
      if (!isJsx(node, 'Cite')) return
      const raw = literalAttribute(node, 'id')
      if (typeof raw !== 'string' || splitIds(raw).length === 0) {
        report(file, '<Cite> has no id.', {
          place: node,
          expected: 'a quoted id, like <Cite id="berman2000" /> or <Cite id="anand2023 reif2023" />',
          fix: 'write the id of the source from content/references.json in quotes.',
          ruleId: 'cite-id',
        })
        return
      }
      // An unknown id gets no number, so the rest of the article still numbers as it will.
      const ids = splitIds(raw).filter((id) => {
        if (!known || known.has(id)) return true
        unknown(id, node, '')
        return false
      })
      if (ids.length === 0) return
      count += 1
      const anchor = `cite-${count}`
      const numbers = ids.map((id) => number(id, anchor))
      setAttribute(
        node,
        'refs',
        ids.map((id, i) => ({ id, n: numbers[i] })),
      )
      setAttribute(node, 'anchor', anchor)
    })
    file.data.citations = order.map((id, i) => ({ id, n: i + 1, backlinks: backlinks.get(id) ?? [] }))
    if (order.length > 0) tree.children.push(flowElement('References', { refs: file.data.citations }))
  }
}
