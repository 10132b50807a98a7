// @ts-check
// The "##" section ids an article has, for frontmatter fields that name sections (sectionMessages,
// changes): one place that reports an id that is not one, with the fix for each way it goes wrong
// (a "###" heading, a renamed id in the section-id lock, a typo).
import path from 'node:path'
import { didYouMean, report } from '../content/problems.mjs'

/**
 * The section-id lock's `redirects`: per article slug, old id -> the id it is now.
 * @typedef {Record<string, Record<string, string>>} Redirects
 */

/**
 * The renamed section ids of the article in `file` (old id -> new id), from the lock's redirects.
 * @param {import('vfile').VFile} file
 * @param {Redirects | null} [redirects]
 * @returns {Record<string, string>}
 */
export function articleRedirects(file, redirects) {
  const slug = file.path ? path.basename(file.path, '.mdx') : ''
  return (slug && redirects?.[slug]) || {}
}

/**
 * @param {import('vfile').VFile} file an article after remark-headings (file.data.headings)
 * @param {Redirects | null} [redirects] the section-id lock's redirects (validated)
 */
export function sectionIds(file, redirects) {
  const headings = file.data.headings ?? []
  const h2 = headings.filter((h) => h.depth === 2).map((h) => h.id)
  const h3 = new Set(headings.filter((h) => h.depth === 3).map((h) => h.id))
  const renamedTo = articleRedirects(file, redirects)
  /** The id a renamed section has now. */
  const renamed = (/** @type {string} */ id) => (Object.hasOwn(renamedTo, id) ? renamedTo[id] : undefined)
  return {
    h2,
    /** @param {string} id */
    has: (id) => h2.includes(id),
    /**
     * Reports `id`, which is not a "##" section of this article.
     * @param {string} id
     * @param {{ field: string, h3Reason: string, fixEnd?: string, place: any, ruleId: string }} how
     *   `field`: where the id is written ("sectionMessages"); `h3Reason`: why a "###" id is wrong there;
     *   `fixEnd`: added to the end of the general fix.
     */
    reportUnknown(id, { field, h3Reason, fixEnd = '', place, ruleId }) {
      const now = renamed(id)
      report(file, h3.has(id) ? `${field}: "${id}" is a "###" heading; ${h3Reason}` : `${field}: no "##" section has the id "${id}".`, {
        place,
        expected: `the id of a "##" section of this article: ${h2.join(', ')}`,
        fix:
          now && h2.includes(now)
            ? `the section was renamed: change "${id}" to "${now}".`
            : `${h3.has(id) ? '' : didYouMean(id, h2)}Use the id at the end of the section's heading ({/*id*/}), the one in its page's address${fixEnd}.`,
        ruleId,
      })
    },
  }
}
