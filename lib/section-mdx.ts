/**
 * Compiles one "##" section of an article on its own, at build time, with the article pipeline
 * (lib/mdx/pipeline.mjs) plus remark-section, which keeps only that section before citations are
 * numbered. So a section page numbers its citations from 1 and lists only its own references.
 *
 * Build-time evaluation: `evaluate` runs the compiled MDX as JavaScript. That is safe only because
 * the source is our own content/en/articles/*.mdx, which remark-vocabulary already limits to the
 * writers' components (no import/export, no expressions). Never pass MDX from outside the repo.
 */
import { readFileSync } from 'node:fs'
import { evaluate } from '@mdx-js/mdx'
import type { MDXContent } from 'mdx/types'
import * as runtime from 'react/jsx-runtime'
import type { PluggableList } from 'unified'
import { VFile } from 'vfile'
import type { ArticleMeta } from './content'
import { remarkPlugins } from './mdx/pipeline.mjs'
import remarkCitations from './mdx/remark-citations.mjs'
import remarkSection from './mdx/remark-section.mjs'

export interface CompiledSection {
  Content: MDXContent
  /** The section's own citation numbers, in order of first use (1, 2, ...). */
  citations: { id: string; n: number; backlinks: string[] }[]
}

/** The article plugins with remark-section placed right before citations are numbered. */
function sectionPlugins(id: string): PluggableList {
  const plugins = remarkPlugins()
  const at = plugins.findIndex((p) => (Array.isArray(p) ? p[0] : p) === remarkCitations)
  if (at < 0) throw new Error('lib/mdx/pipeline.mjs no longer has remark-citations: section pages need it to number their citations.')
  plugins.splice(at, 0, [remarkSection, { id }])
  return plugins
}

const compiled = new Map<string, Promise<CompiledSection>>()

/** Cached per section: the page, its handout data and the sitemap share one compile. */
export function compileSection(article: Pick<ArticleMeta, 'slug' | 'file'>, id: string): Promise<CompiledSection> {
  const key = `${article.file}#${id}`
  let result = compiled.get(key)
  if (!result) {
    result = (async () => {
      // The file's real path: remark-headings reads the slug (for retired ids) from it.
      const file = new VFile({ path: article.file, value: readFileSync(article.file, 'utf8') })
      const mod = await evaluate(file, { ...runtime, remarkPlugins: sectionPlugins(id) })
      return { Content: mod.default, citations: file.data.citations ?? [] }
    })()
    compiled.set(key, result)
  }
  return result
}
