/** Table of contents from the article's headings (the same ids the headings get). Pure. */
export interface TocItem {
  id: string
  text: string
  depth: number
  children: TocItem[]
}

/**
 * Nests h3s under the h2 before them. An h3 before any h2 stays at the top level, so nothing is
 * lost. Extra entries (such as the reference list) are appended at the top level.
 */
export function buildToc(headings: { depth: number; id: string; text: string }[], extra: { id: string; text: string }[] = []): TocItem[] {
  const toc: TocItem[] = []
  for (const h of headings) {
    const item: TocItem = { id: h.id, text: h.text, depth: h.depth, children: [] }
    const parent = toc[toc.length - 1]
    if (h.depth === 3 && parent && parent.depth === 2) parent.children.push(item)
    else toc.push(item)
  }
  for (const e of extra) toc.push({ id: e.id, text: e.text, depth: 2, children: [] })
  return toc
}
