// remark plugin: checks <Term id="..."> against content/glossary.yaml, records which section each
// term appears in (for the glossary's "appears in" links), and appends the definitions the page
// needs for its popovers. An unknown id is reported with the file, line, id and the closest known
// id, and fails the build.
import { GLOSSARY_FILE, knownIds } from '../content-files.mjs'
import { report, didYouMean } from '../problems.mjs'
import { isJsx, literalAttribute, flowElement, walk } from './jsx.mjs'

export default function remarkTerms(options = {}) {
  return (tree, file) => {
    // `known: null`: the glossary could not be read; the check reports that file once.
    const known = options.known === null ? null : new Set(options.known ?? knownIds(options.glossaryFile ?? GLOSSARY_FILE))
    const uses = []
    let section = null
    for (const [node] of walk(tree)) {
      if (node.type === 'heading' && node.data?.hProperties?.id) section = node.data.hProperties.id
      if (!isJsx(node, 'Term')) continue
      const id = literalAttribute(node, 'id')
      if (typeof id !== 'string' || id === '') {
        report(file, '<Term> has no id.', {
          place: node,
          expected: 'a quoted id, like <Term id="nmda-receptor">NMDA receptor</Term>',
          fix: 'write the id of the term from content/glossary.yaml in quotes.',
          ruleId: 'term-id',
        })
        continue
      }
      if (known && !known.has(id)) {
        report(file, `Unknown glossary term id "${id}".`, {
          place: node,
          expected: 'the id of a term in content/glossary.yaml',
          fix: `${didYouMean(id, known)}Correct the id, or add the term to content/glossary.yaml.`,
          ruleId: 'unknown-term',
        })
        continue
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
    }
    file.data.terms = uses
    const ids = [...new Set(uses.map((u) => u.id))]
    if (ids.length > 0) tree.children.push(flowElement('TermDefinitions', { ids }))
  }
}
