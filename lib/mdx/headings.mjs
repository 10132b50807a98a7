// @ts-check
// Stable section ids for h2/h3: one slugger for the page, the table of contents and the lock file.
// An id comes from the heading text (github-slugger, as GitHub does it) unless the writer pins
// one with a trailing MDX comment, `## Blood pressure {/*blood-pressure*/}` (react.dev's syntax,
// which MDX parses without complaint). Clinicians share these ids, so duplicates are an error.
import { slug as githubSlug } from 'github-slugger'
import { toString } from 'mdast-util-to-string'
import remarkFrontmatter from 'remark-frontmatter'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { SKIP, visit } from 'unist-util-visit'
import { isJsx, literalAttribute } from './jsx.mjs'

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
 * The ids the article and section pages give their own parts around the text (main, the key points,
 * the references, the "About this page" box, the footer's crisis box, popovers):
 * a callout may not take one. Ids that start with `cite-`, `ref-` or `fig-` belong to citations,
 * references and figures. tests/unit/callouts.test.tsx checks it holds the "About this page" id.
 */
export const PAGE_IDS = [
  'main',
  'article',
  'section-title',
  'toc-heading',
  'key-points',
  'questions-to-ask',
  'references',
  'references-heading',
  'about-this-page',
  'crisis-help',
  'term-popover',
  'term-popover-title',
  'cite-preview',
]
const PAGE_ID_PREFIX = /^(?:cite|ref|fig)-/

/**
 * An id from a box's title: github-slugger's slug with accents dropped and runs of hyphens joined,
 * so it is lower-case words joined by hyphens in either language ("Si está pensando en el
 * suicidio" -> "si-esta-pensando-en-el-suicidio"; "Call 911 now if" -> "call-911-now-if").
 * @param {string} text
 */
export function titleSlug(text) {
  return githubSlug(text.normalize('NFD').replace(/\p{M}/gu, '')).replace(/-{2,}/g, '-').replace(/^-|-$/g, '')
}

/**
 * The id of a callout's heading when the pipeline has not given it one (a test, or a page that
 * renders a callout itself): the slug of its title, else its type.
 * @param {{ title?: string, type: string }} callout
 */
export function calloutId({ title, type }) {
  return (title && titleSlug(title)) || type
}

/**
 * Gives every <Callout> an `id` prop for its heading, so a clinician can link to the box
 * ("#call-911-now-if"): the writer's `id="..."`, else the slug of its title (calloutId). A
 * translation's callouts take the English article's ids, in order (`english`, when its callouts
 * have the same types in the same order), as its sections take the English section ids: a shared
 * link works on both editions. Like a section id, a clash is an error, never a silent -2 suffix:
 * the id must be unique on the page and differ from every section id (`taken`: id -> what has it)
 * and from the page's own ids (PAGE_IDS).
 * @param {import('mdast').Root} tree
 * @param {Map<string, string>} taken
 * @param {(problem: HeadingProblem, node: import('mdast').Node) => void} fail
 * @param {{ type: string, id: string }[] | null} [english]
 */
export function assignCalloutIds(tree, taken, fail, english = null) {
  /** @type {import('./jsx.mjs').JsxElement[]} */
  const callouts = []
  visit(tree, (node) => {
    if (isJsx(node, 'Callout')) callouts.push(node)
  })
  const mirror =
    english &&
    english.length === callouts.length &&
    english.every((e, k) => e.type === literalAttribute(/** @type {import('./jsx.mjs').JsxElement} */ (callouts[k]), 'type'))
      ? english
      : null
  /** @type {Map<string, number | '?'>} */
  const seen = new Map()
  callouts.forEach((node, k) => {
    const explicit = literalAttribute(node, 'id')
    // An id={expression}: remark-vocabulary reports it.
    if (explicit === null) return
    const title = literalAttribute(node, 'title')
    const type = literalAttribute(node, 'type')
    const id = explicit ?? mirror?.[k]?.id ?? calloutId({ title: title ?? undefined, type: type ?? 'callout' })
    const line = node.position?.start.line ?? '?'
    const example = `${id}-box`
    if (explicit !== undefined && !VALID_ID.test(explicit)) {
      fail(
        {
          reason: `Callout id "${explicit}" is not valid.`,
          expected: 'lower-case words joined by hyphens, like id="if-you-feel-unsafe"',
          fix: `write id="${titleSlug(explicit) || 'a-short-id'}".`,
        },
        node,
      )
    } else if (taken.has(id) || PAGE_IDS.includes(id) || PAGE_ID_PREFIX.test(id)) {
      fail(
        {
          reason: `Callout id "${id}" is already taken by ${taken.get(id) ?? 'a part of the page itself (the key points, the references, a citation or a figure)'}.`,
          expected: 'a callout id that no section, and nothing else on the page, has',
          fix: `give the callout its own id, for example <Callout … id="${example}">.`,
        },
        node,
      )
    } else if (seen.has(id)) {
      fail(
        {
          reason: `Duplicate callout id "${id}" (the callout on line ${seen.get(id)} has it too).`,
          expected: 'a different id for every callout of an article',
          fix: `give one of the callouts its own id, for example <Callout … id="${example}">, and keep "${id}" on the one that links were shared to.`,
        },
        node,
      )
    }
    seen.set(id, line)
    if (explicit === undefined) node.attributes.push({ type: 'mdxJsxAttribute', name: 'id', value: id })
  })
}

/**
 * The callouts of an article's source, in order, with the ids assignCalloutIds gives them (the
 * writer's id, else the title's slug): what a translation mirrors. Null when it does not parse.
 * @param {string} source
 * @returns {{ type: string, id: string }[] | null}
 */
export function calloutsOf(source) {
  /** @type {import('mdast').Root} */
  let tree
  try {
    tree = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']).parse(source)
  } catch {
    return null
  }
  /** @type {{ type: string, id: string }[]} */
  const list = []
  visit(tree, (node) => {
    if (!isJsx(node, 'Callout')) return
    const type = literalAttribute(node, 'type') ?? 'callout'
    list.push({ type, id: literalAttribute(node, 'id') ?? calloutId({ title: literalAttribute(node, 'title') ?? undefined, type }) })
  })
  return list
}

/**
 * Slug for arbitrary text with a fresh slugger (used by tests and tools).
 * @param {string} text
 */
export function slugify(text) {
  return githubSlug(text)
}
