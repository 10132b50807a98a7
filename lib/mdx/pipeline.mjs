// @ts-check
// The remark plugins of the article pipeline, in order. next.config.mjs passes them to @next/mdx
// as absolute paths (Turbopack needs strings and resolves relative paths against each .mdx file);
// lib/content.ts and the tests run the very same plugins as functions.
import { fileURLToPath } from 'node:url'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkHeadings from './remark-headings.mjs'
import remarkVocabulary from './remark-vocabulary.mjs'
import remarkMainMessage from './remark-main-message.mjs'
import remarkSectionMessages from './remark-section-messages.mjs'
import remarkChanges from './remark-changes.mjs'
import remarkCitations from './remark-citations.mjs'
import remarkTerms from './remark-terms.mjs'
import remarkCrisisLinks from './remark-crisis-links.mjs'
import remarkTables from './remark-tables.mjs'
import remarkCiteGlue from './remark-cite-glue.mjs'
import remarkReport from './remark-report.mjs'

/** @param {string} p */
const local = (p) => fileURLToPath(new URL(p, import.meta.url))

/**
 * For next.config.mjs: [name or absolute path, JSON options].
 * @type {(string | [string, unknown])[]}
 */
export const remarkPluginSpecs = [
  ['remark-frontmatter', ['yaml']],
  'remark-gfm',
  local('./remark-headings.mjs'),
  local('./remark-vocabulary.mjs'),
  local('./remark-main-message.mjs'),
  local('./remark-section-messages.mjs'),
  local('./remark-changes.mjs'),
  local('./remark-citations.mjs'),
  local('./remark-terms.mjs'),
  local('./remark-crisis-links.mjs'),
  local('./remark-tables.mjs'),
  local('./remark-cite-glue.mjs'),
  // Keep last: fails the build with every problem the plugins above recorded.
  local('./remark-report.mjs'),
]

/**
 * The same list as functions, with options for the content check and tests (known ids, figure
 * names, the content folder's files). `collect: true` leaves out the final reporter, so problems
 * stay on the file for the caller to report.
 * @param {{
 *   lockFile?: string,
 *   figures?: string[],
 *   keyPoints?: { min: number, max: number } | null,
 *   references?: Iterable<string> | null,
 *   figuresDir?: string,
 *   figureSourcesChecked?: boolean,
 *   terms?: Iterable<string> | null,
 *   collect?: boolean,
 * }} [options]
 * @returns {import('unified').PluggableList}
 */
export function remarkPlugins(options = {}) {
  return [
    [remarkFrontmatter, ['yaml']],
    remarkGfm,
    [remarkHeadings, { lockFile: options.lockFile }],
    [remarkVocabulary, { figures: options.figures, keyPoints: options.keyPoints }],
    [remarkMainMessage, { figures: options.figures }],
    [remarkSectionMessages, { known: options.references, lockFile: options.lockFile }],
    [remarkChanges, { lockFile: options.lockFile }],
    [remarkCitations, { known: options.references, figuresDir: options.figuresDir, figureSourcesChecked: options.figureSourcesChecked }],
    [remarkTerms, { known: options.terms }],
    remarkCrisisLinks,
    remarkTables,
    remarkCiteGlue,
    ...(options.collect ? [] : [remarkReport]),
  ]
}
