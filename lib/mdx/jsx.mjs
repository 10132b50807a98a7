// Small helpers for MDX JSX nodes in mdast (mdxJsxFlowElement / mdxJsxTextElement).
import { valueToEstree } from 'estree-util-value-to-estree'

export function isJsx(node, name) {
  return (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && (name === undefined || node.name === name)
}

/** The value of a literal string attribute; undefined when absent; null when it is an expression. */
export function literalAttribute(node, name) {
  const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)
  if (!attribute) return undefined
  if (typeof attribute.value === 'string') return attribute.value
  return null
}

export function attributeNames(node) {
  return node.attributes.map((a) => (a.type === 'mdxJsxAttribute' ? a.name : '{...spread}'))
}

/**
 * A JSX attribute whose value is a JavaScript value built at compile time. The estree `data` is
 * what makes MDX emit a real expression rather than a string.
 */
export function expressionAttribute(name, value) {
  const expression = valueToEstree(value)
  return {
    type: 'mdxJsxAttribute',
    name,
    value: {
      type: 'mdxJsxAttributeValueExpression',
      value: JSON.stringify(value),
      data: { estree: { type: 'Program', sourceType: 'module', comments: [], body: [{ type: 'ExpressionStatement', expression }] } },
    },
  }
}

export function setAttribute(node, name, value) {
  node.attributes = node.attributes.filter((a) => !(a.type === 'mdxJsxAttribute' && a.name === name))
  node.attributes.push(expressionAttribute(name, value))
}

export function flowElement(name, props) {
  return { type: 'mdxJsxFlowElement', name, children: [], attributes: Object.entries(props).map(([k, v]) => expressionAttribute(k, v)) }
}

export function* walk(node, parent = null) {
  yield [node, parent]
  if (node.children) for (const child of node.children) yield* walk(child, node)
}
