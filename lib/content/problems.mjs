// One way to report a content problem, shared by the remark plugins (plain JavaScript, .mjs: they
// run inside the MDX loader from next.config.mjs) and the content check. A problem is a unified
// `file.message` (a VFileMessage, made by report()): the place (line:column), what is wrong
// (`reason`), what was expected (`expected`) and the fix (`note`). Nothing throws at the first
// problem: a run collects every problem, and formatProblems() is the one reporter that prints
// them, the same in the terminal and in `next dev`'s error overlay. Code that must stop (a page
// build, a loader without a log) throws ContentProblems, which carries the messages.
import { LineCounter, isMap, isScalar, isSeq, parseDocument } from 'yaml'
import { displayPath } from './files.mjs'

/**
 * Records a problem on a vfile and returns the message.
 * @param {import('vfile').VFile} file
 * @param {string} reason what is wrong, one sentence
 * @param {{ place?: any, expected?: string, fix?: string, ruleId?: string }} [options]
 */
export function report(file, reason, options = {}) {
  const { place, expected, fix, ruleId } = options
  const message = file.message(reason, { place: place?.position ?? place, ruleId, source: 'content' })
  // Every content problem stops the build; `fatal: true` is how vfile marks an error.
  message.fatal = true
  if (expected) message.expected = [expected]
  if (fix) message.note = fix
  return message
}

/**
 * Edit distance (optimal string alignment: insertions, deletions, substitutions and swaps of
 * neighbours each count 1), so "PSTD" is one step from "PTSD". A dozen lines, not a dependency.
 */
export function editDistance(a, b) {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)])
  for (let j = 1; j <= b.length; j++) d[0][j] = j
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1)
    }
  }
  return d[a.length][b.length]
}

/**
 * The known id closest to `value`, or null when none is close: at most a third of the letters
 * differ (at least 1, at most 3 edits), so a typo finds its id and an unrelated word finds none.
 * @param {string} value
 * @param {Iterable<string>} candidates
 */
export function closest(value, candidates) {
  const limit = Math.min(3, Math.max(1, Math.floor(value.length / 3)))
  let best = null
  let bestDistance = Infinity
  for (const candidate of candidates) {
    const distance = editDistance(value.toLowerCase(), String(candidate).toLowerCase())
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return best !== null && bestDistance <= limit ? best : null
}

/** "Did you mean "x"? " or "" when nothing is close. */
export function didYouMean(value, candidates) {
  const hit = closest(value, candidates)
  return hit ? `Did you mean "${hit}"? ` : ''
}

/**
 * The line and column of a path (keys and list indexes) inside YAML or JSON text (JSON is YAML),
 * for messages about data files; `lineOffset` shifts frontmatter lines. Points at the key of the
 * last field found, or at the list item. Undefined when the text does not parse.
 * @param {string} text
 * @param {(string|number)[]} keys
 * @param {number} [lineOffset]
 * @returns {{ line: number, column: number } | undefined}
 */
export function locate(text, keys, lineOffset = 0) {
  const lineCounter = new LineCounter()
  let doc
  try {
    doc = parseDocument(text, { lineCounter, uniqueKeys: false })
  } catch {
    return undefined
  }
  return locateIn(doc, lineCounter, keys, lineOffset)
}

/**
 * As locate(), in a document parsed already (lib/content/data-file.ts keeps one per file).
 * @param {import('yaml').Document} doc
 * @param {LineCounter} lineCounter the one the document was parsed with
 * @param {(string|number)[]} keys
 * @param {number} [lineOffset]
 * @returns {{ line: number, column: number } | undefined}
 */
export function locateIn(doc, lineCounter, keys, lineOffset = 0) {
  let node = doc.contents
  let offset = node?.range?.[0]
  for (const key of keys) {
    if (isMap(node)) {
      const pair = node.items.find((p) => String(isScalar(p.key) ? p.key.value : p.key) === String(key))
      if (!pair) break
      offset = /** @type {any} */ (pair.key)?.range?.[0] ?? offset
      node = /** @type {any} */ (pair.value)
    } else if (isSeq(node) && typeof key === 'number') {
      const item = /** @type {any} */ (node.items[key])
      if (!item) break
      node = item
      offset = item.range?.[0] ?? offset
    } else break
  }
  if (offset === undefined) return undefined
  const { line, col } = lineCounter.linePos(offset)
  return { line: line + lineOffset, column: col }
}

/** Messages sorted by file, line and column, the order an editor fixes them in. */
function sortProblems(messages) {
  return [...messages].sort((a, b) => String(a.file).localeCompare(String(b.file)) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
}

/** Wraps a line at `width` characters, indenting the continuation lines by `indent` spaces. */
function wrap(line, width, indent) {
  if (!width || line.length <= width) return line
  const out = []
  let rest = line
  while (rest.length > width) {
    const cut = rest.lastIndexOf(' ', width)
    if (cut <= indent) break
    out.push(rest.slice(0, cut))
    rest = ' '.repeat(indent) + rest.slice(cut + 1)
  }
  return [...out, rest].join('\n')
}

/**
 * One problem as an editor reads it: `file:line:column` first (terminals and editors make it a
 * link), then what is wrong, what was expected and the fix. `width` wraps the lines (the dev
 * overlay does not wrap them itself); the first line is never wrapped before the reason starts.
 */
export function formatProblem(message, { width } = {}) {
  const where = [displayPath(message.file), message.line, message.line ? message.column : undefined].filter((p) => p !== undefined && p !== null).join(':')
  const lines = [wrap(`${where}: ${message.reason}`, width, 2)]
  if (message.expected?.length) lines.push(wrap(`  expected: ${message.expected.join(' or ')}`, width, 12))
  if (message.note) lines.push(wrap(`  fix: ${message.note.charAt(0).toUpperCase()}${message.note.slice(1)}`, width, 7))
  return lines.join('\n')
}

/** The reporter: every problem of a run, sorted, with a count at the end. */
export function formatProblems(messages, options = {}) {
  const sorted = sortProblems(messages)
  const files = new Set(sorted.map((m) => m.file)).size
  const count = `${sorted.length} content problem${sorted.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`
  return `${sorted.map((m) => formatProblem(m, options)).join('\n\n')}\n\n${count}`
}

/** The overlay shows lines as they are, without wrapping: a page build keeps them about this wide. */
export const OVERLAY_WIDTH = 100

/**
 * The one error for content problems: thrown by a page build's last remark plugin and by a loader
 * called without a log, always with every problem it found, so an editor fixes them in one pass.
 * Its message is the reporter's text; `messages` holds the problems themselves.
 */
export class ContentProblems extends Error {
  /**
   * @param {import('vfile-message').VFileMessage[]} messages the problems, each fatal
   * @param {{ width?: number, hint?: string }} [options] `width` wraps the lines (the dev overlay); `hint` ends the message
   */
  constructor(messages, { width, hint } = {}) {
    const text = hint ? `\n${formatProblems(messages, { width })}\n\n${hint}` : formatProblems(messages, { width })
    super(text)
    this.name = 'Content problem'
    this.messages = messages
    // @mdx-js/loader rewrites `message` to "<file>:<name>: <message>", repeating the place the
    // report already names, and a stack into the loader or unified's internals would only point
    // editors (and `next dev`'s overlay) at code they never need to open: the message is fixed,
    // and the stack is the message alone.
    Object.defineProperty(this, 'message', { get: () => text, set: () => {}, enumerable: false, configurable: true })
    this.stack = `${this.name}: ${text}`
  }
}

/**
 * The content problems an error carries: a ContentProblems' messages, or those of anything that
 * holds a list of messages with a reason (an error from another copy of this module); none
 * otherwise (a bug, not a content mistake).
 * @param {unknown} error
 * @returns {import('vfile-message').VFileMessage[]}
 */
export function problemsOf(error) {
  const messages = /** @type {{ messages?: unknown } | null} */ (error)?.messages
  return Array.isArray(messages) && messages.length && messages.every((m) => m && typeof m === 'object' && 'reason' in m) ? messages : []
}
