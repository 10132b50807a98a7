// remark plugin: keeps articles to the writers' vocabulary (see vocabulary.mjs).
// Build-time evaluation: MDX compiles to JavaScript that runs during the build, so content files
// may not contain import/export statements or {expressions} (only {/* comments */}). Never relax
// this for MDX that comes from outside the repository.
import { listFigureNames } from '../content-files.mjs'
import { VOCABULARY } from './vocabulary.mjs'
import { isJsx, literalAttribute, attributeNames, walk } from './jsx.mjs'

const COMMENT = /^\s*\/\*[\s\S]*\*\/\s*$/

export default function remarkVocabulary(options = {}) {
  return (tree, file) => {
    const figures = options.figures ?? listFigureNames()
    const fail = (message, node) => file.fail(message, node, 'remark-vocabulary')
    for (const [node] of walk(tree)) {
      if (node.type === 'heading' && node.depth === 1) {
        fail('A "#" heading is not allowed: the title comes from the frontmatter. Start sections with "##".', node)
      }
      if (node.type === 'mdxjsEsm') fail('import/export statements are not allowed in articles. Use the components listed in content/README.md.', node)
      if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && !COMMENT.test(node.value)) {
        fail(`Curly braces start a JavaScript expression in MDX ("{${node.value.slice(0, 30)}}"). Write the text without braces, or escape them as \\{ and \\}.`, node)
      }
      if (node.type === 'html') fail('Raw HTML is not allowed in articles. Use Markdown or the components in content/README.md.', node)
      if (!isJsx(node)) continue
      const spec = VOCABULARY[node.name]
      if (!spec) {
        fail(`Unknown component <${node.name ?? 'fragment'}>. Expected one of: ${Object.keys(VOCABULARY).map((n) => `<${n}>`).join(', ')}.`, node)
      }
      for (const name of attributeNames(node)) {
        if (!(name in spec.props)) {
          const allowed = Object.keys(spec.props)
          fail(`<${node.name}> does not take "${name}". ${allowed.length ? `It takes: ${allowed.join(', ')}.` : 'It takes no props.'}`, node)
        }
      }
      for (const [prop, rule] of Object.entries(spec.props)) {
        const value = literalAttribute(node, prop)
        const optional = typeof rule === 'string' && rule.endsWith('?')
        if (value === undefined) {
          if (!optional) fail(`<${node.name}> needs ${prop}="...".`, node)
          continue
        }
        if (value === null) fail(`<${node.name} ${prop}> must be a plain quoted value, like ${prop}="...".`, node)
        if (Array.isArray(rule) && !rule.includes(value)) {
          fail(`<${node.name} ${prop}="${value}"> is not valid. Expected one of: ${rule.join(', ')}.`, node)
        }
        if (rule === 'figure' && !figures.includes(value)) {
          fail(`<Figure name="${value}"> has no data file. Expected one of: ${figures.join(', ') || '(none yet)'}; figure data lives in content/figures/.`, node)
        }
      }
    }
    const first = tree.children.find((n) => n.type !== 'yaml')
    if (!first || !isJsx(first, 'KeyPoints')) {
      fail('An article must open with <KeyPoints> (3 to 5 bullets) right after the frontmatter.', first ?? tree)
    } else {
      const list = first.children.find((n) => n.type === 'list')
      const count = list ? list.children.length : 0
      if (count < 3 || count > 5) fail(`<KeyPoints> needs a list of 3 to 5 bullets; found ${count}. Leave blank lines around the list.`, first)
    }
  }
}
