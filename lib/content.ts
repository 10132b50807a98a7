/**
 * Loads and validates every content file. Pages call these functions at build time, so a bad
 * file fails `next build` with a message that names the file, the field and what was expected.
 * Plain file reading lives in content-files.mjs (shared with the MDX plugins).
 */
import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import matter from 'gray-matter'
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkMdx from 'remark-mdx'
import { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import type { Root } from 'mdast'
import {
  GLOSSARY_FILE,
  REFERENCES_FILE,
  contentPath,
  displayPath,
  listArticleFiles,
  readData,
} from './content-files.mjs'
import { remarkPlugins } from './mdx/pipeline.mjs'
import {
  articleFrontmatterSchema,
  formatIssues,
  glossaryEntrySchema,
  referenceSchema,
  type ArticleFrontmatter,
  type GlossaryEntry,
  type Reference,
} from './schemas'

/** A content problem: the file and one line per problem ("field: what was expected"). */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
    this.name = 'ContentError'
  }
}

/** Several content problems at once, so an editor can fix them in one pass. */
export class ContentErrors extends Error {
  constructor(readonly errors: ContentError[]) {
    super(`Content check failed:\n${errors.map((e) => e.message).join('\n')}`)
    this.name = 'ContentErrors'
  }
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export interface ArticleMeta extends ArticleFrontmatter {
  slug: string
  file: string
}

export function loadArticles(dir = contentPath('articles')): ArticleMeta[] {
  const errors: ContentError[] = []
  const articles: ArticleMeta[] = []
  const slugs = new Map<string, string>()
  const orders = new Map<number, string>()
  const keys = Object.keys(articleFrontmatterSchema.shape)
  for (const file of listArticleFiles(dir)) {
    const shown = displayPath(file)
    const slug = path.basename(file, '.mdx')
    const problems: string[] = []
    if (!SLUG.test(slug)) problems.push(`file name: expected lower-case words joined by hyphens (the file name is the URL), got '${slug}'`)
    const lower = slug.toLowerCase()
    if (slugs.has(lower)) problems.push(`slug: duplicate slug '${slug}' (also ${slugs.get(lower)}); rename one file`)
    slugs.set(lower, shown)
    let data: unknown
    try {
      data = matter(readFileSync(file, 'utf8')).data
    } catch (error) {
      errors.push(new ContentError(shown, [`frontmatter: could not be read as YAML: ${(error as Error).message.split('\n')[0]}`]))
      continue
    }
    if (!data || Object.keys(data as object).length === 0) {
      errors.push(new ContentError(shown, ['frontmatter: missing; start the file with a --- block holding title, description, order and the review fields']))
      continue
    }
    const parsed = articleFrontmatterSchema.safeParse(data)
    if (!parsed.success) problems.push(...formatIssues(parsed.error, keys))
    if (parsed.success) {
      const other = orders.get(parsed.data.order)
      if (other) problems.push(`order: ${parsed.data.order} is already used by ${other}; give each article its own order`)
      orders.set(parsed.data.order, shown)
    }
    if (problems.length) errors.push(new ContentError(shown, problems))
    else if (parsed.success) articles.push({ ...parsed.data, slug, file })
  }
  if (errors.length) throw new ContentErrors(errors)
  return articles.sort((a, b) => a.order - b.order)
}

export function loadReferences(file = REFERENCES_FILE): Map<string, Reference> {
  const shown = displayPath(file)
  const data = readData(file)
  if (!Array.isArray(data)) throw new ContentError(shown, ['(file): expected a CSL-JSON array of references'])
  const problems: string[] = []
  const refs = new Map<string, Reference>()
  data.forEach((entry, index) => {
    const name = entry && typeof entry === 'object' && 'id' in entry ? `entry "${String(entry.id)}"` : `entry #${index + 1}`
    const parsed = referenceSchema.safeParse(entry)
    if (!parsed.success) {
      problems.push(...formatIssues(parsed.error).map((line) => `${name}: ${line}`))
      return
    }
    if (refs.has(parsed.data.id)) problems.push(`${name}: duplicate id; each reference needs its own id`)
    refs.set(parsed.data.id, parsed.data)
  })
  if (problems.length) throw new ContentErrors([new ContentError(shown, problems)])
  return refs
}

export function loadGlossary(file = GLOSSARY_FILE, referenceIds?: Set<string>): GlossaryEntry[] {
  const shown = displayPath(file)
  const data = readData(file)
  if (!Array.isArray(data)) throw new ContentErrors([new ContentError(shown, ['(file): expected a YAML list of terms'])])
  const problems: string[] = []
  const entries: GlossaryEntry[] = []
  const ids = new Map<string, number>()
  const names = new Map<string, string>()
  data.forEach((raw, index) => {
    const name = raw && typeof raw === 'object' && 'id' in raw ? `term "${String(raw.id)}"` : `term #${index + 1}`
    const parsed = glossaryEntrySchema.safeParse(raw)
    if (!parsed.success) {
      problems.push(...formatIssues(parsed.error, Object.keys(glossaryEntrySchema.shape)).map((line) => `${name}: ${line}`))
      return
    }
    const entry = parsed.data
    if (ids.has(entry.id)) problems.push(`${name}: duplicate id (also term #${ids.get(entry.id)}); each term needs its own id`)
    ids.set(entry.id, index + 1)
    for (const label of [entry.term, ...entry.aliases]) {
      const key = normalizeLabel(label)
      const owner = names.get(key)
      if (owner && owner !== entry.id) problems.push(`${name}: duplicate alias "${label}" (already used by term "${owner}"); keep it on one term only`)
      else if (owner === entry.id && label !== entry.term) problems.push(`${name}: alias "${label}" repeats the term or another alias; remove it`)
      names.set(key, entry.id)
    }
    entries.push(entry)
  })
  for (const entry of entries) {
    for (const rel of entry.related) {
      if (!ids.has(rel)) problems.push(`term "${entry.id}": related: unknown term id "${rel}"; use the id of an existing term`)
      if (rel === entry.id) problems.push(`term "${entry.id}": related: a term cannot be related to itself`)
    }
    if (referenceIds) {
      for (const source of entry.sources) {
        if (!referenceIds.has(source)) problems.push(`term "${entry.id}": sources: unknown reference id "${source}"; add it to content/references.json`)
      }
    }
  }
  if (problems.length) throw new ContentErrors([new ContentError(shown, problems)])
  return entries.sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }))
}

function normalizeLabel(label: string): string {
  return label.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[\s\-‐–_.]+/g, ' ').trim()
}

export interface ArticleAnalysis {
  headings: { depth: number; id: string; text: string; pinned: boolean; line: number }[]
  citations: { id: string; n: number; backlinks: string[] }[]
  terms: { id: string; section: string | null }[]
}

/**
 * Runs the article's MDX through the same remark plugins as the build (no JavaScript compile)
 * to learn its headings, citations and glossary terms. Throws with file, line and id.
 */
export function analyzeArticleSource(source: string, file: string, options: Parameters<typeof remarkPlugins>[0] = {}): ArticleAnalysis {
  // Parse and transform only (the remark stage of MDX); nothing is compiled or evaluated.
  const processor = articleProcessor(options)
  const vfile = new VFile({ path: file, value: source })
  try {
    processor.runSync(processor.parse(vfile), vfile)
    return vfile.data as unknown as ArticleAnalysis
  } catch (error) {
    const message = error as VFileMessage
    const where = message.line ? `:${message.line}:${message.column ?? 1}` : ''
    throw new ContentErrors([new ContentError(`${displayPath(file)}${where}`, [message.reason ?? String(error)])])
  }
}

function articleProcessor(options: Parameters<typeof remarkPlugins>[0] = {}) {
  return unified().use(remarkParse).use(remarkMdx).use(remarkPlugins(options) as never)
}

/**
 * The article's syntax tree exactly as the build parses it (MDX, frontmatter, GFM), before any
 * plugin transforms it: for content rules that read the text as the writer wrote it.
 */
export function parseArticleSource(source: string): Root {
  return articleProcessor().parse(source) as Root
}

const analyses = new Map<string, { mtime: number; analysis: ArticleAnalysis }>()

/** Cached per file and modification time: pages, the glossary and the sources page share it. */
export function analyzeArticle(article: Pick<ArticleMeta, 'file'>): ArticleAnalysis {
  const mtime = statSync(article.file).mtimeMs
  const cached = analyses.get(article.file)
  if (cached && cached.mtime === mtime) return cached.analysis
  const analysis = analyzeArticleSource(readFileSync(article.file, 'utf8'), article.file)
  analyses.set(article.file, { mtime, analysis })
  return analysis
}

let articlesCache: ArticleMeta[] | undefined
let referencesCache: Map<string, Reference> | undefined
let glossaryCache: GlossaryEntry[] | undefined

// Memoised for the build (one process renders every page); `next dev` re-reads on restart.
export function getArticles(): ArticleMeta[] {
  return (articlesCache ??= loadArticles())
}

export function getArticle(slug: string): ArticleMeta | undefined {
  return getArticles().find((a) => a.slug === slug)
}

export function getReferences(): Map<string, Reference> {
  return (referencesCache ??= loadReferences())
}

export function getGlossary(): GlossaryEntry[] {
  return (glossaryCache ??= loadGlossary(GLOSSARY_FILE, new Set(getReferences().keys())))
}
