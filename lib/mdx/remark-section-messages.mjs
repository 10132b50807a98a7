// @ts-check
// remark plugin: checks an article's section messages (frontmatter `sectionMessages`, one per "##"
// section at most; lib/mdx/section-message.mjs says what a section page shows) and leaves the
// valid ones on `file.data.sectionMessages` for remark-section, which puts one on its section's
// page. It changes nothing in the article itself: the article has its own main message.
// Reported, each at its line with the fix: an id that names no "##" section of the article (a
// "###" heading, a retired id, a typo), a source id the bibliography lacks, and a section that
// has neither a message nor an opening paragraph to stand in for one. The frontmatter schema
// (lib/schemas.ts) reports the shape and the one-to-three-sentence rule.
import { didYouMean, locate, report } from '../content/problems.mjs'
import { leadIndex, sectionMessagesOf } from './section-message.mjs'
import { sectionRanges } from './remark-section.mjs'
import { sectionIds } from './section-ids.mjs'

/**
 * @typedef {object} Options
 * @property {Iterable<string> | null} [known] the bibliography's ids (validated); null or absent: not known
 * @property {import('./section-ids.mjs').Redirects | null} [redirects] the section-id lock's redirects, for ids that were renamed
 */

/** What a section opens with, in a writer's words. @param {import('mdast').RootContent | undefined} node */
function opening(node) {
  if (!node) return 'nothing (the section is empty)'
  if (node.type === 'mdxJsxFlowElement') return `<${node.name ?? 'component'}>`
  /** @type {Record<string, string>} */
  const words = { list: 'a list', table: 'a table', heading: 'a "###" heading', blockquote: 'a quote', code: 'code', thematicBreak: 'a rule (---)' }
  return words[node.type] ?? `a ${node.type}`
}

/** @param {Options} [options] */
export default function remarkSectionMessages(options = {}) {
  return (/** @type {import('mdast').Root} */ tree, /** @type {import('vfile').VFile} */ file) => {
    file.data.sectionMessages = {}
    const yaml = tree.children.find((n) => n.type === 'yaml')
    const messages = yaml?.type === 'yaml' ? sectionMessagesOf(yaml.value) : {}
    // The frontmatter text starts on the line after the opening ---.
    const offset = yaml?.position?.start.line ?? 0
    /** @param {(string | number)[]} keys */
    const lineOf = (keys) => (yaml?.type === 'yaml' ? locate(yaml.value, keys, offset) : undefined)
    const ids = sectionIds(file, options.redirects)
    // No ids means the bibliography could not be read: no id is called unknown because of it.
    const known = options.known ? new Set(options.known) : null

    for (const [id, entry] of Object.entries(messages)) {
      const place = lineOf(['sectionMessages', id])
      if (!ids.has(id)) {
        ids.reportUnknown(id, { field: 'sectionMessages', h3Reason: 'only "##" sections have their own page and message.', place, ruleId: 'section-message' })
        continue
      }
      const cite = entry.cite.filter((ref) => {
        if (!known || known.has(ref)) return true
        report(file, `sectionMessages.${id}.cite: unknown citation id "${ref}".`, {
          place: lineOf(['sectionMessages', id, 'cite']) ?? place,
          expected: 'the id of an entry in content/references.json',
          fix: `${didYouMean(ref, known)}Correct the id, or add the source to content/references.json (see content/README.md, "References").`,
          ruleId: 'unknown-citation',
        })
        return false
      })
      file.data.sectionMessages[id] = {
        message: entry.message,
        cite,
        line: lineOf(['sectionMessages', id, 'message'])?.line ?? place?.line ?? 1,
        citeLine: lineOf(['sectionMessages', id, 'cite'])?.line ?? place?.line ?? 1,
      }
    }

    // A section page always opens with a message: the frontmatter's, or the opening paragraph's.
    const ranges = sectionRanges(tree.children)
    ranges.forEach((range, k) => {
      const id = ids.h2[k]
      if (!id || messages[id]) return
      const body = tree.children.slice(range.start, range.end)
      if (leadIndex(body) >= 0) return
      report(
        file,
        `The section "${id}" opens with ${opening(body.find((n) => n.type !== 'mdxJsxFlowElement' || n.name !== 'Evidence'))}, not a paragraph: its page has no opening words to show as its main message.`,
        {
          place: tree.children[range.heading],
          expected: 'a paragraph first in the section (an evidence label may come before it), or a message for it in the frontmatter',
          fix: `give the section a message in the frontmatter, one to three plain sentences on what its reader most needs to know or do (sectionMessages: { ${id}: { message: "…" } }, or "${id}:" with "message: …" under it in an existing sectionMessages); or open the section with a short paragraph.`,
          ruleId: 'section-message',
        },
      )
    })
  }
}
