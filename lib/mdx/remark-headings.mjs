import path from 'node:path'
import { existsSync } from 'node:fs'
import { SECTION_LOCK_FILE, readData } from '../content-files.mjs'
import { assignHeadingIds } from './headings.mjs'

/**
 * remark plugin: stable ids on h2/h3 (see headings.mjs); the list lands in file.data.headings.
 * Renamed ids listed under `redirects` in content/section-ids.lock.json are attached to their
 * new heading, which renders an anchor with the old id: old shared links land on the right
 * section with no JavaScript.
 */
export default function remarkHeadings(options = {}) {
  return (tree, file) => {
    const headings = assignHeadingIds(tree, (message, node) => file.fail(message, node, 'remark-headings:heading-id'))
    file.data.headings = headings
    const lockFile = options.lockFile ?? SECTION_LOCK_FILE
    const slug = file.path ? path.basename(file.path, '.mdx') : null
    if (!slug || !existsSync(lockFile)) return
    const redirects = readData(lockFile).redirects?.[slug] ?? {}
    const byTarget = new Map()
    for (const [from, to] of Object.entries(redirects)) byTarget.set(to, [...(byTarget.get(to) ?? []), from])
    visitHeadings(tree, (node) => {
      const id = node.data?.hProperties?.id
      if (id && byTarget.has(id)) node.data.hProperties.dataRedirects = byTarget.get(id).join(' ')
    })
  }
}

function visitHeadings(node, fn) {
  if (node.type === 'heading') fn(node)
  else if (node.children) for (const child of node.children) visitHeadings(child, fn)
}
