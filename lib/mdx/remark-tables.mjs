// @ts-check
// remark plugin: gives every body cell of a Markdown table the text of its column header as
// `data-label`, so on a phone each row can be shown as a small card ("Driving: …") instead of a
// table that scrolls sideways (see components/mdx/table.css). Explicit ARIA table roles
// keep the table semantics that `display: block` would otherwise drop in some browsers.
import { toString } from 'mdast-util-to-string'
import { visit } from 'unist-util-visit'

/** @param {import('mdast').Node} node @param {Record<string, string>} props */
function setProps(node, props) {
  const data = /** @type {{ hProperties?: Record<string, string> }} */ (node.data ??= {})
  data.hProperties = { ...data.hProperties, ...props }
}

export default function remarkTables() {
  return (/** @type {import('mdast').Root} */ tree) => {
    visit(tree, 'table', (table) => {
      const [head, ...rows] = table.children
      if (!head) return
      const labels = head.children.map((cell) => toString(cell).trim())
      setProps(table, { role: 'table' })
      setProps(head, { role: 'row' })
      head.children.forEach((cell) => setProps(cell, { role: 'columnheader' }))
      for (const row of rows) {
        setProps(row, { role: 'row' })
        row.children.forEach((cell, i) => setProps(cell, { role: 'cell', ...(labels[i] ? { dataLabel: labels[i] } : {}) }))
      }
    })
  }
}
