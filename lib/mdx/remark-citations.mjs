// remark plugin: numbers <Cite id="a b" /> per article in order of first use, at build time, so
// numbering ships no client JavaScript. A repeated source keeps its first number; each citation
// gets its own anchor id (cite-1, cite-2, ...) so back-links can return to every place that cites.
// An unknown id fails the build with the file, line and id.
import path from 'node:path'
import { FIGURES_DIR, REFERENCES_FILE, knownIds, readData } from '../content-files.mjs'
import { isJsx, literalAttribute, setAttribute, flowElement, walk } from './jsx.mjs'
import { sourcesInOrder } from './figure-sources.mjs'

export function splitIds(value) {
  return value.split(/[\s,]+/).filter(Boolean)
}

export default function remarkCitations(options = {}) {
  return (tree, file) => {
    const known = new Set(options.known ?? knownIds(options.referencesFile ?? REFERENCES_FILE))
    const order = []
    const backlinks = new Map()
    let count = 0
    const number = (id, anchor) => {
      if (!order.includes(id)) order.push(id)
      const list = backlinks.get(id) ?? []
      if (!list.includes(anchor)) list.push(anchor)
      backlinks.set(id, list)
      return order.indexOf(id) + 1
    }
    for (const [node] of walk(tree)) {
      // A figure cites the sources listed in its data file, numbered where the figure stands.
      if (isJsx(node, 'Figure')) {
        const name = literalAttribute(node, 'name')
        if (typeof name !== 'string') continue
        const ids = figureSourceIds(options.figuresDir ?? FIGURES_DIR, name)
        for (const id of ids) {
          if (!known.has(id)) file.fail(`Unknown citation id "${id}" in content/figures/${name}.yaml. Add it to content/references.json or use an existing id.`, node, 'remark-citations:unknown')
        }
        setAttribute(node, 'refs', ids.map((id) => ({ id, n: number(id, `fig-${name}`) })))
        continue
      }
      if (!isJsx(node, 'Cite')) continue
      const raw = literalAttribute(node, 'id')
      if (typeof raw !== 'string' || splitIds(raw).length === 0) {
        file.fail('<Cite> needs a literal id, like <Cite id="berman2000" /> or <Cite id="anand2023 reif2023" />.', node, 'remark-citations:id')
      }
      const ids = splitIds(raw)
      for (const id of ids) {
        if (!known.has(id)) {
          file.fail(`Unknown citation id "${id}". Add it to content/references.json or use an existing id.`, node, 'remark-citations:unknown')
        }
      }
      count += 1
      const anchor = `cite-${count}`
      const numbers = ids.map((id) => number(id, anchor))
      setAttribute(node, 'refs', ids.map((id, i) => ({ id, n: numbers[i] })))
      setAttribute(node, 'anchor', anchor)
    }
    file.data.citations = order.map((id, i) => ({ id, n: i + 1, backlinks: backlinks.get(id) }))
    if (order.length > 0) tree.children.push(flowElement('References', { refs: file.data.citations }))
  }
}

function figureSourceIds(dir, name) {
  try {
    return sourcesInOrder(readData(path.join(dir, `${name}.yaml`)))
  } catch {
    return [] // A missing figure is reported by remark-vocabulary with the fix.
  }
}
