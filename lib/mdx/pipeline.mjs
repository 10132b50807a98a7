// The remark plugins of the article pipeline, in order. next.config.mjs passes them to @next/mdx
// as absolute paths (Turbopack needs strings and resolves relative paths against each .mdx file);
// lib/content.ts and the tests run the very same plugins as functions.
import { fileURLToPath } from 'node:url'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkHeadings from './remark-headings.mjs'
import remarkVocabulary from './remark-vocabulary.mjs'
import remarkCitations from './remark-citations.mjs'
import remarkTerms from './remark-terms.mjs'

const local = (p) => fileURLToPath(new URL(p, import.meta.url))

/** For next.config.mjs: [name or absolute path, JSON options]. */
export const remarkPluginSpecs = [
  ['remark-frontmatter', ['yaml']],
  'remark-gfm',
  local('./remark-headings.mjs'),
  local('./remark-vocabulary.mjs'),
  local('./remark-citations.mjs'),
  local('./remark-terms.mjs'),
]

/** The same list as functions, with options for tests (known ids, figure names). */
export function remarkPlugins(options = {}) {
  return [
    [remarkFrontmatter, ['yaml']],
    remarkGfm,
    remarkHeadings,
    [remarkVocabulary, { figures: options.figures }],
    [remarkCitations, { known: options.references }],
    [remarkTerms, { known: options.terms }],
  ]
}
