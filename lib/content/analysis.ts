/**
 * What an article holds, learned by running its MDX through the build's own remark plugins (no
 * JavaScript compile): its headings, citations and glossary terms. Every problem the plugins find
 * goes to the caller's log, or is thrown as one ContentProblems.
 */
import { statSync } from 'node:fs'
import type { Root } from 'mdast'
import { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import { pipelineData } from '../mdx/options'
import { articleProcessor, readArticleSource, type PipelineOptions } from './article-source'
import { ProblemLog } from './problem-log'

export interface ArticleAnalysis {
  headings: { depth: number; id: string; text: string; pinned: boolean; line: number }[]
  citations: { id: string; n: number; backlinks: string[] }[]
  terms: { id: string; section: string | null }[]
}

/**
 * Runs the plugins over the article (a copy of `parsed`, its tree as read, when the caller has it:
 * the plugins change the tree they run on). Returns null when the MDX cannot be read at all (one
 * problem at the syntax error; nothing else is checked).
 */
export function collectArticleAnalysis(source: string, file: string, options: PipelineOptions, log: ProblemLog, parsed?: Root): ArticleAnalysis | null {
  const processor = articleProcessor({ ...options, collect: true })
  const vfile = new VFile({ path: file, value: source })
  try {
    processor.runSync(parsed ? structuredClone(parsed) : processor.parse(vfile), vfile)
  } catch (error) {
    // A syntax error, or a plugin that stopped: one problem at its place, never a crash.
    const message = error as Partial<VFileMessage>
    log.add(file, `The MDX cannot be read: ${message.reason ?? String(error)}`, {
      line: message.line ?? undefined,
      column: message.column ?? undefined,
      expected: 'Markdown with the components in content/README.md, each tag closed (<KeyPoints> … </KeyPoints>, <Cite id="…" />)',
      fix: 'fix the syntax at this line; the rest of the article is checked once it reads.',
      ruleId: 'mdx-syntax',
    })
    return null
  }
  log.adopt(vfile)
  return { headings: vfile.data.headings ?? [], citations: vfile.data.citations ?? [], terms: vfile.data.terms ?? [] }
}

/** As collectArticleAnalysis, but throws ContentProblems with every problem (pages, tests). */
export function analyzeArticleSource(source: string, file: string, options: PipelineOptions = {}, parsed?: Root): ArticleAnalysis {
  const log = new ProblemLog()
  const analysis = collectArticleAnalysis(source, file, options, log, parsed)
  log.throwIfAny()
  return analysis!
}

const cache = new Map<string, { mtime: number; analysis: ArticleAnalysis }>()

/** Cached per file and modification time: pages, the glossary and the sources page share it. The plugins get the site's validated data, as in the build. */
export function analyzeArticle(article: { file: string }): ArticleAnalysis {
  const mtime = statSync(article.file).mtimeMs
  const cached = cache.get(article.file)
  if (cached && cached.mtime === mtime) return cached.analysis
  const read = readArticleSource(article.file)
  const analysis = analyzeArticleSource(read.source, article.file, pipelineData(), read.tree ?? undefined)
  cache.set(article.file, { mtime, analysis })
  return analysis
}
