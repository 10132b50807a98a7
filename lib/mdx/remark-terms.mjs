// remark plugin: checks <Term id="..."> against content/glossary.yaml, records which section each
// term appears in (for the glossary's "appears in" links), and appends the definitions the page
// needs for its popovers. An unknown id fails the build with the file, line and id.
import { GLOSSARY_FILE, knownIds } from '../content-files.mjs'
import { isJsx, literalAttribute, flowElement, walk } from './jsx.mjs'

export default function remarkTerms(options = {}) {
  return (tree, file) => {
    const known = new Set(options.known ?? knownIds(options.glossaryFile ?? GLOSSARY_FILE))
    const uses = []
    let section = null
    for (const [node] of walk(tree)) {
      if (node.type === 'heading' && node.data?.hProperties?.id) section = node.data.hProperties.id
      if (!isJsx(node, 'Term')) continue
      const id = literalAttribute(node, 'id')
      if (typeof id !== 'string' || id === '') {
        file.fail('<Term> needs a literal id, like <Term id="nmda-receptor">NMDA receptor</Term>.', node, 'remark-terms:id')
      }
      if (!known.has(id)) {
        file.fail(`Unknown glossary term id "${id}". Add it to content/glossary.yaml or use an existing id.`, node, 'remark-terms:unknown')
      }
      if (node.children.length === 0) {
        file.fail(`<Term id="${id}"> needs the words it marks, like <Term id="${id}">the words</Term>.`, node, 'remark-terms:empty')
      }
      uses.push({ id, section })
    }
    file.data.terms = uses
    const ids = [...new Set(uses.map((u) => u.id))]
    if (ids.length > 0) tree.children.push(flowElement('TermDefinitions', { ids }))
  }
}
