// @ts-check
// remark plugin: checks <Term id="..."> against content/en/glossary.yaml, records which section each
// term appears in (for the glossary's "appears in" links), and appends the definitions the page
// needs for its popovers. An unknown id is reported with the file, line, id and the closest known
// id, and fails the build.
import { visit } from 'unist-util-visit'
import { report, didYouMean } from '../content/problems.mjs'
import { isJsx, literalAttribute, flowElement } from './jsx.mjs'

/**
 * @typedef {object} Options
 * @property {Iterable<string> | null} [known] the glossary's ids (default: content/en/glossary.yaml); null when it could not be read
 */

/** @param {Options} [options] */
export default function remarkTerms(options = {}) {
  return (/** @type {import('mdast').Root} */ tree, /** @type {import('vfile').VFile} */ file) => {
    // No ids: the glossary could not be read; its loader (or the content check) reports that file once.
    const known = options.known ? new Set(options.known) : null
    /** @type {{ id: string, section: string | null }[]} */
    const uses = []
    /** @type {string | null} */
    let section = null
    visit(tree, (node) => {
      // remark-headings has given every h2/h3 its id by now.
      const headingId = node.type === 'heading' ? node.data?.hProperties?.id : undefined
      if (typeof headingId === 'string' && headingId) section = headingId
      if (!isJsx(node, 'Term')) return
      const id = literalAttribute(node, 'id')
      if (typeof id !== 'string' || id === '') {
        report(file, '<Term> has no id.', {
          place: node,
          expected: 'a quoted id, like <Term id="nmda-receptor">NMDA receptor</Term>',
          fix: 'write the id of the term from content/en/glossary.yaml in quotes.',
          ruleId: 'term-id',
        })
        return
      }
      if (known && !known.has(id)) {
        report(file, `Unknown glossary term id "${id}".`, {
          place: node,
          expected: 'the id of a term in content/en/glossary.yaml',
          fix: `${didYouMean(id, known)}Correct the id, or add the term to content/en/glossary.yaml.`,
          ruleId: 'unknown-term',
        })
        return
      }
      if (node.children.length === 0) {
        report(file, `<Term id="${id}"> marks no words.`, {
          place: node,
          expected: `<Term id="${id}">the words</Term>`,
          fix: 'put the words the term stands for between <Term ...> and </Term>.',
          ruleId: 'term-empty',
        })
      }
      uses.push({ id, section })
    })
    file.data.terms = uses
    const ids = [...new Set(uses.map((u) => u.id))]
    if (ids.length > 0) tree.children.push(flowElement('TermDefinitions', { ids }))
  }
}
