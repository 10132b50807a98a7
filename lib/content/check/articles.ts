/**
 * The content check's step for the source language's articles: each one read once, run through the
 * build's remark plugins (ids of sources, terms, figures, headings), measured against the limits of
 * its kind, and checked for numbers without a citation and drug labels checked too long ago.
 */
import path from 'node:path'
import type { Root } from 'mdast'
import { listArticleFiles } from '../files.mjs'
import { collectArticleAnalysis, type ArticleAnalysis } from '../analysis'
import { frontmatterOf, readArticleSource } from '../article-source'
import { loadArticles, type ArticleMeta } from '../articles'
import { measure } from '../readability'
import type { ArticleLimits } from '../schemas/article'
import { citationUnits, citedPercent, firstCiteLines, uncitedNumbers } from './citation-coverage'
import { pipelineOptions, sourceFile, type CheckContext } from './context'
import { articleLimits, limitsFinding } from './limits'
import { checkLabelAges } from './references'

export interface ArticleReport {
  slug: string
  kind: string
  words: number
  /** Body-text words outside <MoreDetail> blocks. */
  mainWords: number
  grade: number
  references: number
  terms: number
  /** Share (0 to 100) of paragraphs and list items that carry a <Cite> (theirs or their list's). */
  citedPercent: number
  /** The limits that applied (its kind's, with any frontmatter override); null when unknown. */
  limits: ArticleLimits | null
  /** Number of problems in this article's file. */
  problems: number
}

export interface SourceArticles {
  reports: ArticleReport[]
  /** The articles whose frontmatter is valid, by file. */
  metas: Map<string, ArticleMeta>
  /** Each analysed article's headings, by slug (absent when its MDX does not parse). */
  headings: Map<string, ArticleAnalysis['headings']>
  /** Every source cited anywhere. */
  cited: Set<string>
}

/** The tree without its <MoreDetail> blocks: the main text a reader sees without opening anything. */
function withoutMoreDetail(tree: Root): Root {
  const strip = <T extends { children?: unknown[] }>(node: T): T => {
    if (!Array.isArray(node.children)) return node
    const children = (node.children as { type?: string; name?: string; children?: unknown[] }[])
      .filter((c) => !((c.type === 'mdxJsxFlowElement' || c.type === 'mdxJsxTextElement') && c.name === 'MoreDetail'))
      .map((c) => strip(c))
    return { ...node, children }
  }
  return strip(tree)
}

function articleReport(meta: ArticleMeta, analysis: ArticleAnalysis, tree: Root, units: ReturnType<typeof citationUnits>): ArticleReport {
  const r = measure(tree)
  return {
    slug: meta.slug,
    kind: meta.kind,
    words: r.words,
    mainWords: measure(withoutMoreDetail(tree)).words,
    grade: r.grade,
    references: analysis.citations.length,
    terms: new Set(analysis.terms.map((t) => t.id)).size,
    citedPercent: citedPercent(units),
    limits: null,
    problems: 0,
  }
}

export function checkSourceArticles(ctx: CheckContext): SourceArticles {
  const { log, settings } = ctx
  const dir = sourceFile(ctx.dir, 'articles')
  const metas = new Map(loadArticles(dir, { log, settings }).map((a) => [a.file, a]))
  const out: SourceArticles = { reports: [], metas, headings: new Map(), cited: new Set() }
  for (const file of listArticleFiles(dir)) {
    const slug = path.basename(file, '.mdx')
    const article = readArticleSource(file)
    // The MDX does not parse: its one problem is reported (by loadArticles); nothing that depends on its content is checked.
    if (!article.tree) continue
    const before = log.count(file)
    const analysis = collectArticleAnalysis(article.source, file, pipelineOptions(ctx), log, article.tree)
    if (!analysis) continue
    const analysisProblems = log.count(file) > before
    analysis.citations.forEach((c) => out.cited.add(c.id))
    out.headings.set(slug, analysis.headings)
    const units = citationUnits(article.tree)
    log.addAll(file, uncitedNumbers(units))
    const meta = metas.get(file)
    if (!meta) continue // frontmatter problems are reported; limits need a valid frontmatter
    const report = articleReport(meta, analysis, article.tree, units)
    report.limits = settings ? articleLimits(meta, settings) : null
    if (settings && report.limits) {
      const frontmatter = frontmatterOf(article.tree)
      const kindPlace = frontmatter?.ok ? frontmatter.value.at(['kind']) : undefined
      const finding = limitsFinding(meta, report, report.limits, settings, kindPlace, analysisProblems)
      if (finding) log.addAll(file, [finding])
    }
    if (settings && ctx.references.ids) {
      const ids = analysis.citations.map((c) => c.id)
      log.addAll(file, checkLabelAges(meta.lastReviewed, ids, ctx.references.refs, firstCiteLines(article.tree), settings.references))
    }
    out.reports.push(report)
  }
  return out
}
