/**
 * Which paragraphs and list items of an article state a number, and which carry a <Cite>.
 * A content rule, not an NLP parser: it reads only the words a reader sees (text nodes, never
 * props, link URLs or code) and errs towards asking for a citation. content/README.md
 * ("Numbers need a citation") holds the exact definition writers follow; keep the two in step.
 */
import { SKIP, visit } from 'unist-util-visit'
import type { Node, Parent } from 'unist'
import type { Root } from 'mdast'
import type { Finding } from '../problem-log'

/** The part of a node this module reads; mdast's MDX node types are not all exported. */
interface MdNode extends Node {
  name?: string | null
  value?: string
  children?: MdNode[]
  attributes?: { type: string; name?: string; value?: unknown }[]
}

export interface CitationUnit {
  kind: 'paragraph' | 'list item'
  line: number
  /** False for a paragraph with no words (only a component); such units are not counted. */
  hasText: boolean
  /** Contains a <Cite>. */
  cited: boolean
  /** A list item whose introducing paragraph (the list's previous sibling) contains a <Cite>. */
  introCited: boolean
  /** Marked with {/* illustration *\/} (in the unit, or in a list item's introducing paragraph). */
  illustration: boolean
  /** The first number stated, for the message; null when there is none. */
  number: { text: string; line: number; column: number } | null
}

// Not content: never scanned. Tables, code and headings are labels and data, not claims; a figure
// cites the sources in its data file; the questions to ask a care team are questions, not facts.
const IGNORED_TYPES = new Set(['heading', 'table', 'code', 'inlineCode', 'yaml', 'html'])
const IGNORED_COMPONENTS = new Set(['Figure', 'QuestionsToAsk'])

const ILLUSTRATION = /^\s*\/\*\s*illustration\b[\s\S]*\*\/\s*$/i

// Crisis and emergency lines are the site's safety net, not claims: 988, 911, 9-8-8, 9-1-1, the
// Crisis Text Line 741741, and US toll-free numbers (1-800-..., 1-888-...).
const CRISIS = /(?<![\d-])(?:988|911|9-8-8|9-1-1|741741|1-8\d\d-[\dA-Z]{3}-[\dA-Z]{4})(?![\d-])/g

const W =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million'
const UNIT =
  'seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|doses?|sessions?|treatments?|infusions?|percent|per cent|people|persons?|patients?|adults?|children|teens|women|men'
/** A digit run that is not glued to a word (so not CYP3A4, COVID-19, 988lifeline, 2nd), with the next word for the message. */
const DIGITS = /(?<![\p{L}\d]|\p{L}[-‐])\d+(?:[.,]\d+)*(?!\p{L})(?:\s?%|\s+(?:in|out of)\s+[\d,]+|\s+\p{L}+)?/u
/** A number word followed by a unit ("two weeks", "forty-minute") or by "in"/"out of" a number ("one in five"). */
const SPELLED = new RegExp(`\\b(?:${W})(?:[- ](?:${W}))*(?:[\\s-]+(?:${UNIT})\\b|\\s+(?:in|out of)\\s+(?:\\d|(?:${W})\\b))`, 'iu')

/** The first number a text states, ignoring crisis lines; null when there is none. */
export function findNumber(text: string): { text: string; index: number } | null {
  const clean = text.replace(CRISIS, (m) => ' '.repeat(m.length))
  const hits = [DIGITS.exec(clean), SPELLED.exec(clean)].filter((m): m is RegExpExecArray => m !== null)
  if (!hits.length) return null
  const first = hits.reduce((a, b) => (b.index < a.index ? b : a))
  return { text: first[0], index: first.index }
}

const isJsx = (node: MdNode, name?: string) =>
  (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && (name === undefined || node.name === name)

const lineOf = (node: Node) => node.position?.start.line ?? 0

/** Reads the words, citations and marker of some nodes; nested lists are separate units. */
function scan(nodes: MdNode[]) {
  let text = ''
  let cited = false
  let illustration = false
  let number: CitationUnit['number'] = null
  for (const root of nodes) {
    visit(root, (node: MdNode) => {
      if (node.type === 'list' || IGNORED_TYPES.has(node.type) || (isJsx(node) && IGNORED_COMPONENTS.has(node.name ?? ''))) return SKIP
      if (isJsx(node, 'Cite')) cited = true
      if ((node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') && ILLUSTRATION.test(node.value ?? '')) illustration = true
      if (node.type !== 'text' || !node.value) return
      text += node.value
      const hit = number ? null : findNumber(node.value)
      // A text node may span lines (soft line breaks); count them to point at the number's line.
      if (hit) {
        const before = node.value.slice(0, hit.index)
        const breaks = before.match(/\n/g)?.length ?? 0
        // Soft line breaks keep their indentation out of the text node; close enough for a column.
        const column = breaks ? before.length - before.lastIndexOf('\n') : (node.position?.start.column ?? 1) + before.length
        number = { text: hit.text.trim(), line: lineOf(node) + breaks, column }
      }
    })
  }
  return { hasText: text.trim() !== '', cited, illustration, number }
}

/** Every paragraph and list item of an article, in document order (the units rules 3 and 5 count). */
export function citationUnits(tree: Root): CitationUnit[] {
  const units: CitationUnit[] = []
  visit(tree as MdNode, (node: MdNode, index, parent: Parent | undefined) => {
    if (IGNORED_TYPES.has(node.type) || (isJsx(node) && IGNORED_COMPONENTS.has(node.name ?? ''))) return SKIP
    // A paragraph inside a list item belongs to the item, which is counted once, below.
    if (node.type === 'paragraph' && parent?.type !== 'listItem') {
      units.push({ kind: 'paragraph', line: lineOf(node), introCited: false, ...scan([node]) })
      return SKIP
    }
    if (node.type !== 'list') return
    const before = parent && index !== undefined ? (parent.children[index - 1] as MdNode | undefined) : undefined
    const intro = before?.type === 'paragraph' ? scan([before]) : null
    for (const item of node.children ?? []) {
      const own = scan(item.children ?? [])
      units.push({
        kind: 'list item',
        line: lineOf(item),
        ...own,
        introCited: !!intro?.cited,
        illustration: own.illustration || !!intro?.illustration,
      })
    }
    // Keep walking: nested lists are units of their own, introduced by their item's paragraph.
  })
  return units
}

/** Rule 3: one finding per unit that states a number with nothing to back it, at the number's line. */
export function uncitedNumbers(units: CitationUnit[]): Finding[] {
  return units
    .filter((u) => u.number && !u.cited && !u.introCited && !u.illustration)
    .map((u) => ({
      line: u.number!.line,
      column: u.number!.column,
      reason: `A ${u.kind} states a number ("${u.number!.text}") with no <Cite>.`,
      expected: `a <Cite> in the same ${u.kind}${u.kind === 'list item' ? ' or in the paragraph that introduces the list' : ''}`,
      fix: 'cite the source of the number there, or mark a made-up example with {/* illustration */}.',
      ruleId: 'uncited-number',
    }))
}

/** Rule 5: the share (0 to 100) of units with words that carry a citation, theirs or their list's. */
export function citedPercent(units: CitationUnit[]): number {
  const counted = units.filter((u) => u.hasText)
  if (!counted.length) return 0
  return Math.round((100 * counted.filter((u) => u.cited || u.introCited).length) / counted.length)
}

/** The line of the first <Cite> of each reference id, to point a message about a source at it. */
export function firstCiteLines(tree: Root): Map<string, number> {
  const lines = new Map<string, number>()
  visit(tree as MdNode, (node: MdNode) => {
    if (!isJsx(node, 'Cite')) return
    const id = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value
    if (typeof id !== 'string') return
    for (const one of id.split(/[\s,]+/).filter(Boolean)) if (!lines.has(one)) lines.set(one, lineOf(node))
  })
  return lines
}
