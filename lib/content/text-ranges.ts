/**
 * Where readers see words, per kind of file: the ranges of a file's text the term lists read
 * (article text, component titles and frontmatter values; YAML string values; the string literals
 * of the interface strings), and offsets to line:column.
 */
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml'
import { visit } from 'unist-util-visit'
import type { Root } from 'mdast'
import type { Node } from 'unist'
import { parseArticleSource } from './article-source'

/** A place in a file where readers see words: [start, end) offsets into the file's text. */
export type Range = [number, number]

/** Offsets to line:column (1-based), for one file's text. */
export function lineIndex(text: string) {
  const starts = [0]
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  return (offset: number) => {
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (starts[mid]! <= offset) lo = mid
      else hi = mid - 1
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 }
  }
}


/** YAML keys whose values are ids, sources or names for search, never prose. */
const YAML_SKIP = new Set(['id', 'aliases', 'misspellings', 'related', 'sources', 'section', 'evidence', 'pronunciation', 'translation', 'kind', 'limits'])

/** The string values of a YAML text (offsets into `text`, shifted by `base`), except under YAML_SKIP keys. */
export function yamlTextRanges(text: string, base = 0): Range[] {
  const doc = parseDocument(text, { lineCounter: new LineCounter(), uniqueKeys: false })
  if (doc.errors.length) return []
  const out: Range[] = []
  const walk = (node: unknown) => {
    if (isScalar(node)) {
      if (typeof node.value === 'string' && node.range) out.push([base + node.range[0], base + node.range[1]])
    } else if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue
        const key = isScalar(pair.key) ? String(pair.key.value) : ''
        if (!YAML_SKIP.has(key)) walk(pair.value as YamlNode)
      }
    } else if (isSeq(node)) node.items.forEach(walk)
  }
  walk(doc.contents)
  return out
}

interface MdNode extends Node {
  name?: string | null
  value?: unknown
  attributes?: { type: string; name?: string; value?: unknown; position?: Node['position'] }[]
}

/** Component props that are ids or settings, not words a reader sees. */
const PROP_SKIP = new Set(['id', 'name', 'type', 'level', 'number'])

/** The words a reader sees in an MDX article: its text, component titles and frontmatter values. */
export function mdxTextRanges(source: string, parsed?: Root): Range[] {
  const tree = parsed ?? parseArticleSource(source)
  const out: Range[] = []
  visit(tree as MdNode, (node: MdNode) => {
    if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') return
    if (node.type === 'yaml' && typeof node.value === 'string' && node.position) {
      // The frontmatter's text starts on the line after its opening ---.
      const base = source.indexOf('\n', node.position.start.offset ?? 0) + 1
      out.push(...yamlTextRanges(node.value, base))
      return
    }
    if (node.type === 'text' && node.position) out.push([node.position.start.offset!, node.position.end.offset!])
    for (const attribute of node.attributes ?? []) {
      if (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string' && !PROP_SKIP.has(attribute.name ?? '') && attribute.position)
        out.push([attribute.position.start.offset!, attribute.position.end.offset!])
    }
  })
  return out
}

/**
 * The string literals of a TypeScript module (the interface strings), as [start, end) of their
 * contents: '…', "…" and the text parts of `…${…}…`. Comments and code are skipped.
 */
export function stringLiteralRanges(source: string): Range[] {
  const out: Range[] = []
  // A stack of contexts: code (with its brace depth) or a template literal's text.
  const stack: ({ code: true; depth: number } | { code: false; start: number })[] = [{ code: true, depth: 0 }]
  let i = 0
  while (i < source.length) {
    const top = stack[stack.length - 1]!
    const c = source[i]!
    if (!top.code) {
      if (c === '\\') i += 2
      else if (c === '`') {
        out.push([top.start, i])
        stack.pop()
        i += 1
      } else if (c === '$' && source[i + 1] === '{') {
        out.push([top.start, i])
        stack.push({ code: true, depth: 0 })
        i += 2
      } else i += 1
      continue
    }
    if (c === '/' && source[i + 1] === '/') {
      const end = source.indexOf('\n', i)
      i = end < 0 ? source.length : end
    } else if (c === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2)
      i = end < 0 ? source.length : end + 2
    } else if (c === "'" || c === '"') {
      const start = i + 1
      i += 1
      while (i < source.length && source[i] !== c && source[i] !== '\n') i += source[i] === '\\' ? 2 : 1
      out.push([start, i])
      i += 1
    } else if (c === '`') {
      stack.push({ code: false, start: i + 1 })
      i += 1
    } else if (c === '{') {
      top.depth += 1
      i += 1
    } else if (c === '}') {
      if (top.depth === 0 && stack.length > 1) {
        // The end of a ${…}: back to the template's text.
        stack.pop()
        stack[stack.length - 1] = { code: false, start: i + 1 }
      } else top.depth -= 1
      i += 1
    } else i += 1
  }
  return out
}
