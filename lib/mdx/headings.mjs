// @ts-check
// Stable section ids for h2/h3: one slugger for the page, the table of contents and the lock file.
// An id comes from the heading text (github-slugger, as GitHub does it) unless the writer pins
// one with a trailing MDX comment, `## Blood pressure {/*blood-pressure*/}` (react.dev's syntax,
// which MDX parses without complaint). Clinicians share these ids, so duplicates are an error.
import { slug as githubSlug } from 'github-slugger'
import { toString } from 'mdast-util-to-string'
import { SKIP, visit } from 'unist-util-visit'

const PIN = /^\s*\/\*\s*([^*]*?)\s*\*\/\s*$/
const VALID_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * @typedef {import('./data').HeadingInfo} HeadingInfo
 * @typedef {{ reason: string, expected: string, fix: string }} HeadingProblem
 */

/**
 * Gives every h2/h3 in an mdast tree an id, removes the pin comments, and returns the headings in
 * document order: [{ depth, id, text, pinned, line }]. Calls `fail({ reason, expected, fix }, node)`
 * on a bad pin or a duplicate id, and carries on, so every heading problem is reported at once.
 * @param {import('mdast').Root} tree
 * @param {(problem: HeadingProblem, node: import('mdast').Heading) => void} fail
 * @returns {HeadingInfo[]}
 */
export function assignHeadingIds(tree, fail) {
  /** @type {Map<string, number | '?'>} */
  const seen = new Map()
  /** @type {HeadingInfo[]} */
  const headings = []
  // SKIP: a heading holds no headings, and its pin comment is removed below.
  visit(tree, 'heading', (node) => {
    if (node.depth !== 2 && node.depth !== 3) return SKIP
    /** @type {string | null} */
    let pinned = null
    const last = node.children[node.children.length - 1]
    if (last && last.type === 'mdxTextExpression') {
      const match = PIN.exec(last.value)
      if (match) {
        pinned = match[1] ?? ''
        node.children.pop()
        const before = node.children[node.children.length - 1]
        if (before && before.type === 'text') before.value = before.value.replace(/\s+$/, '')
        if (!VALID_ID.test(pinned)) {
          const suggestion = githubSlug(pinned)
          fail(
            {
              reason: `Pinned section id "${pinned}" is not valid.`,
              expected: 'lower-case words joined by hyphens, like {/*blood-pressure*/}',
              fix: `write {/*${suggestion || 'a-short-id'}*/}.`,
            },
            node,
          )
        }
      }
    }
    const text = toString(node).trim()
    // Not de-duplicated with -1/-2 suffixes: a duplicate must be a visible error, since a
    // suffix would silently move when headings are reordered.
    const id = pinned ?? githubSlug(text)
    if (seen.has(id)) {
      fail(
        {
          reason: `Duplicate section id "${id}" (the heading on line ${seen.get(id)} has it too).`,
          expected: 'a different id for every section of an article',
          fix: `give one of the headings its own pinned id, for example "## ${text} {/*${id}-2*/}", and keep the old id on the section that links were shared to.`,
        },
        node,
      )
    }
    seen.set(id, node.position?.start.line ?? '?')
    node.data = { ...node.data, hProperties: { ...(node.data?.hProperties ?? {}), id, dataHeading: text } }
    headings.push({ depth: node.depth, id, text, pinned: pinned !== null, line: node.position?.start.line ?? 0 })
    return SKIP
  })
  return headings
}

/**
 * Slug for arbitrary text with a fresh slugger (used by tests and tools).
 * @param {string} text
 */
export function slugify(text) {
  return githubSlug(text)
}
