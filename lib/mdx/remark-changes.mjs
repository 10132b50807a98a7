// @ts-check
// remark plugin: checks that each entry of an article's change log (frontmatter `changes:`) names
// only "##" sections the article has, since /updates, the feeds and the History list link to them.
// Reported at the id's line with the fix: a "###" heading, a renamed id (the lock's redirect), a typo.
// The frontmatter schema (lib/schemas.ts) checks the dates, the kind, the one-line summary, and
// that lastReviewed is not older than the newest change. Changes nothing in the tree.
import { parse as parseYaml } from 'yaml'
import { locate } from '../content/problems.mjs'
import { sectionIds } from './section-ids.mjs'

/**
 * The `sections` of each change, as written (no schema: a bad shape is the schema's to report).
 * @param {string} yaml
 * @returns {{ index: number, sections: unknown[] }[]}
 */
function changeSections(yaml) {
  let data
  try {
    data = parseYaml(yaml)
  } catch {
    return []
  }
  const changes = data && typeof data === 'object' ? /** @type {{ changes?: unknown }} */ (data).changes : undefined
  if (!Array.isArray(changes)) return []
  return changes.flatMap((c, index) => (c && typeof c === 'object' && Array.isArray(c.sections) ? [{ index, sections: c.sections }] : []))
}

/** @param {{ redirects?: import('./section-ids.mjs').Redirects | null }} [options] the section-id lock's redirects */
export default function remarkChanges(options = {}) {
  return (/** @type {import('mdast').Root} */ tree, /** @type {import('vfile').VFile} */ file) => {
    const yaml = tree.children.find((n) => n.type === 'yaml')
    if (yaml?.type !== 'yaml') return
    const offset = yaml.position?.start.line ?? 0
    const ids = sectionIds(file, options.redirects)
    for (const { index, sections } of changeSections(yaml.value)) {
      sections.forEach((id, k) => {
        if (typeof id !== 'string' || ids.has(id)) return
        ids.reportUnknown(id, {
          field: `changes[${index}].sections`,
          h3Reason: 'a change names the "##" section it is in.',
          fixEnd: '; or leave sections empty ([]) for a change to the whole page',
          place: locate(yaml.value, ['changes', index, 'sections', k], offset) ?? locate(yaml.value, ['changes', index], offset),
          ruleId: 'change-log',
        })
      })
    }
  }
}
