// @ts-check
// remark plugin: checks that each entry of an article's change log (frontmatter `changes:`) names
// only "##" sections the article has, since /updates, the feeds and the History list link to them.
// Reported at the id's line with the fix: a "###" heading, a renamed id (the lock's redirect), a typo.
// The frontmatter schema (lib/schemas.ts) checks the dates, the kind, the one-line summary, and
// that lastReviewed is not older than the newest change. Changes nothing in the tree.
import { existsSync } from 'node:fs'
import path from 'node:path'
import { parse as parseYaml } from 'yaml'
import { SECTION_LOCK_FILE, readData } from '../content-files.mjs'
import { didYouMean, locate, report } from '../problems.mjs'

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

/** @param {{ lockFile?: string }} [options] */
export default function remarkChanges(options = {}) {
  return (/** @type {import('mdast').Root} */ tree, /** @type {import('vfile').VFile} */ file) => {
    const yaml = tree.children.find((n) => n.type === 'yaml')
    if (yaml?.type !== 'yaml') return
    const offset = yaml.position?.start.line ?? 0
    const headings = file.data.headings ?? []
    const h2 = headings.filter((h) => h.depth === 2).map((h) => h.id)
    const h3 = new Set(headings.filter((h) => h.depth === 3).map((h) => h.id))
    const slug = file.path ? path.basename(file.path, '.mdx') : ''
    const renamed = (/** @type {string} */ id) => {
      const lock = options.lockFile ?? SECTION_LOCK_FILE
      try {
        return existsSync(lock) ? /** @type {Record<string, string> | undefined} */ (readData(lock).redirects?.[slug])?.[id] : undefined
      } catch {
        return undefined
      }
    }
    for (const { index, sections } of changeSections(yaml.value)) {
      sections.forEach((id, k) => {
        if (typeof id !== 'string' || h2.includes(id)) return
        const now = renamed(id)
        report(
          file,
          h3.has(id)
            ? `changes[${index}].sections: "${id}" is a "###" heading; a change names the "##" section it is in.`
            : `changes[${index}].sections: no "##" section has the id "${id}".`,
          {
            place: locate(yaml.value, ['changes', index, 'sections', k], offset) ?? locate(yaml.value, ['changes', index], offset),
            expected: `the id of a "##" section of this article: ${h2.join(', ')}`,
            fix:
              now && h2.includes(now)
                ? `the section was renamed: change "${id}" to "${now}".`
                : `${h3.has(id) ? '' : didYouMean(id, h2)}Use the id at the end of the section's heading ({/*id*/}), the one in its page's address; or leave sections empty ([]) for a change to the whole page.`,
            ruleId: 'change-log',
          },
        )
      })
    }
  }
}
