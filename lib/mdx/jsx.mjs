// @ts-check
// Small helpers for MDX JSX nodes in mdast (mdxJsxFlowElement / mdxJsxTextElement).
import { valueToEstree } from 'estree-util-value-to-estree'

/**
 * The MDX node types come from remark-mdx's augmentation of mdast (mdast-util-mdx-jsx), so they
 * are reached through mdast's content maps rather than by importing a package we do not declare.
 * @typedef {import('mdast').RootContentMap['mdxJsxFlowElement']} JsxFlowElement
 * @typedef {import('mdast').RootContentMap['mdxJsxTextElement']} JsxTextElement
 * @typedef {JsxFlowElement | JsxTextElement} JsxElement
 * @typedef {JsxElement['attributes'][number]} JsxAttributeOrSpread
 */

/**
 * Whether `node` is an MDX JSX element (named `name`, when given).
 * @param {import('mdast').Node} node
 * @param {string} [name]
 * @returns {node is JsxElement}
 */
export function isJsx(node, name) {
  return (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && (name === undefined || /** @type {JsxElement} */ (node).name === name)
}

/**
 * The value of a literal string attribute; undefined when absent; null when it is an expression.
 * @param {JsxElement} node
 * @param {string} name
 * @returns {string | null | undefined}
 */
export function literalAttribute(node, name) {
  const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)
  if (!attribute) return undefined
  if (typeof attribute.value === 'string') return attribute.value
  return null
}

/** @param {JsxElement} node */
export function attributeNames(node) {
  return node.attributes.map((a) => (a.type === 'mdxJsxAttribute' ? a.name : '{...spread}'))
}

/**
 * A JSX attribute whose value is a JavaScript value built at compile time. The estree `data` is
 * what makes MDX emit a real expression rather than a string.
 * @param {string} name
 * @param {unknown} value
 * @returns {JsxAttributeOrSpread}
 */
function expressionAttribute(name, value) {
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

/**
 * Sets (or replaces) an attribute whose value is a compile-time JavaScript value.
 * @param {JsxElement} node
 * @param {string} name
 * @param {unknown} value
 */
export function setAttribute(node, name, value) {
  node.attributes = node.attributes.filter((a) => !(a.type === 'mdxJsxAttribute' && a.name === name))
  node.attributes.push(expressionAttribute(name, value))
}

/**
 * A block-level component with compile-time props and no children.
 * @param {string} name
 * @param {Record<string, unknown>} props
 * @returns {JsxFlowElement}
 */
export function flowElement(name, props) {
  return { type: 'mdxJsxFlowElement', name, children: [], attributes: Object.entries(props).map(([k, v]) => expressionAttribute(k, v)) }
}
