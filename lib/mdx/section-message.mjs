// @ts-check
// A section page's main message, shared by the remark plugins (which check it and put it on the
// page) and lib/sections/sections.ts (which makes it the page's link-preview description), so the two can
// never disagree. A section's message is its frontmatter `sectionMessages.<id>.message` when the
// article gives one; otherwise the section's opening paragraph, or its first sentences when that
// paragraph is long, emphasised where it stands rather than repeated.
import { parse } from 'yaml'
import { SKIP, visit } from 'unist-util-visit'
import { isJsx } from './jsx.mjs'
import { splitSentences } from '../sentences.mjs'

/** A main message is one to three sentences. */
export const MAX_SENTENCES = 3

/**
 * An opening paragraph longer than this (in characters of text) lends only its first sentences
 * (at least one): enough for the question's answer to sit in a phone's first screen.
 */
export const LEAD_MAX_CHARS = 280

/**
 * Blocks that may come before the opening paragraph: a one-line evidence label. The paragraph is
 * moved above it, so the message stays the first thing under the question. Anything else first (a
 * list, a table, a callout, a figure) means the section has no opening paragraph: it then needs a
 * `sectionMessages` entry (the check says so).
 */
const LABELS = ['Evidence']

/**
 * @typedef {import('mdast').RootContent} Node
 * @typedef {import('mdast').Paragraph} Paragraph
 * @typedef {{ message: string, cite: string[] }} SectionMessage
 */

/**
 * The raw `sectionMessages` map of a frontmatter text: { id: { message, cite } } with only the
 * well-formed entries (the frontmatter schema reports the rest, with their lines). Empty when the
 * YAML does not read.
 * @param {string} yaml
 * @returns {Record<string, SectionMessage>}
 */
export function sectionMessagesOf(yaml) {
  /** @type {unknown} */
  let data
  try {
    data = parse(yaml)
  } catch {
    return {}
  }
  const raw = data && typeof data === 'object' ? /** @type {{ sectionMessages?: unknown }} */ (data).sectionMessages : undefined
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {}
  /** @type {Record<string, SectionMessage>} */
  const out = {}
  for (const [id, entry] of Object.entries(raw)) {
    if (!entry || typeof entry !== 'object') continue
    const { message, cite } = /** @type {{ message?: unknown, cite?: unknown }} */ (entry)
    if (typeof message !== 'string' || !message.trim()) continue
    out[id] = { message: message.trim(), cite: typeof cite === 'string' ? cite.split(/\s+/).filter(Boolean) : [] }
  }
  return out
}

/**
 * Text as a reader sees it: no {/* comments *\/}, no citation markers.
 * @param {import('mdast').Nodes} node
 */
export function plainText(node) {
  let text = ''
  visit(node, (n) => {
    if (n.type === 'mdxFlowExpression' || n.type === 'mdxTextExpression' || n.type === 'yaml') return SKIP
    if ('value' in n && typeof n.value === 'string') text += n.value
    return undefined
  })
  return text
}

/**
 * Where a section body's opening paragraph is: its index in `nodes` (the body, without the
 * heading), after any evidence labels; -1 when the body opens with something else.
 * @param {readonly Node[]} nodes
 */
export function leadIndex(nodes) {
  let i = 0
  while (i < nodes.length && LABELS.some((name) => isJsx(/** @type {Node} */ (nodes[i]), name))) i += 1
  return nodes[i]?.type === 'paragraph' && plainText(/** @type {Paragraph} */ (nodes[i])).trim() ? i : -1
}

/**
 * The sentences of an opening paragraph's text that make the message: up to three, as many as
 * fit in LEAD_MAX_CHARS, never fewer than one.
 * @param {string} text
 * @returns {string[]}
 */
export function leadSentences(text) {
  const sentences = splitSentences(text.replace(/\s+/g, ' ').trim())
  /** @type {string[]} */
  const out = []
  for (const sentence of sentences.slice(0, MAX_SENTENCES)) {
    if (out.length > 0 && [...out, sentence].join(' ').length > LEAD_MAX_CHARS) break
    out.push(sentence)
  }
  return out
}

/**
 * The fallback message of a section body (without its heading): its opening paragraph, or that
 * paragraph's first sentences (leadSentences) when it is long. `at`: the paragraph's index in
 * `nodes`; `lead`: the words that make the message; `rest`: the rest of the paragraph, or null;
 * `text`: the message as plain text, spaces collapsed. Null when the body has no opening paragraph.
 * @param {readonly Node[]} nodes
 * @returns {{ at: number, lead: Paragraph, rest: Paragraph | null, text: string } | null}
 */
export function fallbackMessage(nodes) {
  const at = leadIndex(nodes)
  if (at < 0) return null
  const paragraph = /** @type {Paragraph} */ (nodes[at])
  const [lead, rest] = splitParagraph(paragraph, leadSentences(plainText(paragraph)).length)
  return { at, lead, rest, text: plainText(lead).replace(/\s+/g, ' ').trim() }
}

/**
 * Splits a paragraph after its first `count` sentences: [the lead, the rest], the rest null when
 * the lead is the whole paragraph. A citation right after a sentence's full stop stays with that
 * sentence. When a sentence ends inside emphasis, a link or a <Term>, the lead takes that whole
 * element (a sentence never loses its end).
 * @param {Paragraph} paragraph
 * @param {number} count
 * @returns {[Paragraph, Paragraph | null]}
 */
export function splitParagraph(paragraph, count) {
  const text = plainText(paragraph)
  const sentences = splitSentences(text)
  if (count >= sentences.length) return [paragraph, null]
  // Where sentence `count + 1` starts in the paragraph's plain text.
  let end = 0
  for (const sentence of sentences.slice(0, count)) end = text.indexOf(sentence, end) + sentence.length
  const cut = text.indexOf(/** @type {string} */ (sentences[count]), end)
  /** @type {import('mdast').PhrasingContent[]} */
  const lead = []
  /** @type {import('mdast').PhrasingContent[]} */
  const rest = []
  let offset = 0
  for (const child of paragraph.children) {
    const length = plainText(child).length
    if (rest.length > 0 || offset >= cut) rest.push(child)
    else if (offset + length <= cut) lead.push(child)
    else if (child.type === 'text') {
      const at = cut - offset
      const before = child.value.slice(0, at).replace(/\s+$/, '')
      const after = child.value.slice(at)
      if (before) lead.push({ ...child, value: before })
      rest.push({ ...child, value: after })
    } else lead.push(child)
    offset += length
  }
  // Whitespace that was between the two parts belongs to neither.
  while (lead.at(-1)?.type === 'text' && !(/** @type {import('mdast').Text} */ (lead.at(-1)).value.trim())) lead.pop()
  while (rest[0]?.type === 'text' && !(/** @type {import('mdast').Text} */ (rest[0]).value.trim())) rest.shift()
  const first = rest[0]
  if (first?.type === 'text') rest[0] = { ...first, value: first.value.replace(/^\s+/, '') }
  if (rest.length === 0) return [paragraph, null]
  return [
    { ...paragraph, children: lead },
    { type: 'paragraph', children: rest },
  ]
}
