// @ts-check
// remark plugin: keeps articles to the writers' vocabulary (see vocabulary.mjs).
// Build-time evaluation: MDX compiles to JavaScript that runs during the build, so content files
// may not contain import/export statements or {expressions} (only {/* comments */}). Never relax
// this for MDX that comes from outside the repository.
import { visit } from 'unist-util-visit'
import { report, didYouMean } from '../content/problems.mjs'
import { VOCABULARY } from './vocabulary.mjs'
import { isJsx, literalAttribute, attributeNames } from './jsx.mjs'

const COMMENT = /^\s*\/\*[\s\S]*\*\/\s*$/
const README = 'content/README.md ("The MDX vocabulary")'

/**
 * @typedef {{ min: number, max: number }} Limits
 * @typedef {object} Options
 * @property {string[]} [figures] the figure names (the data files in content/en/figures)
 * @property {Limits | null} [keyPoints] how many key points an article has (content/settings.yaml, validated); null or absent: not checked
 */

/** @param {Options} [options] */
export default function remarkVocabulary(options = {}) {
  return (/** @type {import('mdast').Root} */ tree, /** @type {import('vfile').VFile} */ file) => {
    const figures = options.figures ?? []
    /** @param {string} reason @param {import('mdast').Node} node @param {string} expected @param {string} fix */
    const problem = (reason, node, expected, fix) => report(file, reason, { place: node, expected, fix, ruleId: 'vocabulary' })
    const components = Object.keys(VOCABULARY).map((n) => `<${n}>`)
    visit(tree, (node) => {
      if (node.type === 'heading' && node.depth === 1) {
        problem(
          'A "#" heading is not allowed: the title comes from the frontmatter.',
          node,
          'sections that start with "##"',
          'change "#" to "##", or move the words to `title` in the frontmatter.',
        )
      }
      if (node.type === 'mdxjsEsm')
        problem(
          'import/export statements are not allowed in articles.',
          node,
          `only the components listed in ${README}`,
          'remove the line; the components are available without importing them.',
        )
      if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && !COMMENT.test(node.value)) {
        problem(
          `Curly braces start a JavaScript expression in MDX ("{${node.value.slice(0, 30)}}").`,
          node,
          'text, or a {/* comment */}',
          'write the text without braces, or escape them as \\{ and \\}.',
        )
      }
      if (node.type === 'html')
        problem(
          'Raw HTML is not allowed in articles.',
          node,
          `Markdown or the components in ${README}`,
          'use Markdown (for example **bold**, [link](/glossary)) or a component.',
        )
      if (!isJsx(node)) return
      const spec = node.name && Object.hasOwn(VOCABULARY, node.name) ? VOCABULARY[node.name] : undefined
      if (!spec) {
        const name = node.name ?? 'fragment'
        problem(
          `Unknown component <${name}>.`,
          node,
          `one of: ${components.join(', ')}`,
          `${didYouMean(`<${name}>`, components)}Use one of the components in ${README}.`,
        )
        return
      }
      for (const name of attributeNames(node)) {
        if (!(name in spec.props)) {
          const allowed = Object.keys(spec.props)
          problem(
            `<${node.name}> does not take "${name}".`,
            node,
            allowed.length ? `one of: ${allowed.join(', ')}` : 'no props',
            allowed.length ? `${didYouMean(name, allowed)}Remove "${name}" or use one of the props above.` : `remove "${name}".`,
          )
        }
      }
      for (const [prop, rule] of Object.entries(spec.props)) {
        if (rule === 'flag?') {
          const flag = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === prop)
          if (flag && flag.value !== null && flag.value !== undefined)
            problem(`<${node.name} ${prop}> takes no value.`, node, `the bare word ${prop}`, `write just ${prop}, with no = and no value.`)
          continue
        }
        const value = literalAttribute(node, prop)
        const optional = typeof rule === 'string' && rule.endsWith('?')
        if (value === undefined) {
          if (!optional) problem(`<${node.name}> needs ${prop}="...".`, node, `a ${prop}="..." prop`, `add ${prop}="..." (see ${README}).`)
          continue
        }
        if (value === null) {
          problem(`<${node.name} ${prop}> must be a plain quoted value.`, node, `${prop}="..."`, `write ${prop}="..." with quotes, not braces.`)
          continue
        }
        if (Array.isArray(rule) && !rule.includes(value)) {
          problem(
            `<${node.name} ${prop}="${value}"> is not valid.`,
            node,
            `one of: ${rule.join(', ')}`,
            `${didYouMean(value, rule)}Use one of the values above.`,
          )
        }
        if (rule === 'figure' && !figures.includes(value)) {
          problem(
            `<Figure name="${value}"> has no data file.`,
            node,
            `one of: ${figures.join(', ') || '(none yet)'}`,
            `${didYouMean(value, figures)}Figure data lives in content/en/figures/<name>.yaml.`,
          )
        }
      }
    })
    const limits = options.keyPoints ?? null
    const first = tree.children.find((n) => n.type !== 'yaml')
    if (!first || !isJsx(first, 'KeyPoints')) {
      problem(
        'An article must open with <KeyPoints>.',
        first ?? tree,
        'a <KeyPoints> box right after the frontmatter',
        `start the article with <KeyPoints>, a list of the main points, and </KeyPoints> (see ${README}).`,
      )
    } else if (limits) {
      const list = first.children.find((n) => n.type === 'list')
      const count = list ? list.children.length : 0
      if (count < limits.min || count > limits.max) {
        problem(
          `<KeyPoints> has ${count} bullet${count === 1 ? '' : 's'}.`,
          first,
          `${limits.min} to ${limits.max} bullets (articles.keyPoints in content/settings.yaml)`,
          count === 0
            ? 'write the points as a Markdown list ("- "), with a blank line after <KeyPoints> and before </KeyPoints>.'
            : count < limits.min
              ? 'add the missing main points.'
              : 'keep the most important points; move the rest into the article.',
        )
      }
    }
  }
}
