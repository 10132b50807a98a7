/**
 * The articles of a language (content/<locale>/articles/<slug>.mdx): the frontmatter of each,
 * validated, in reading order. The file name is the slug. Pages call getArticles; the content
 * check calls loadArticles with its ProblemLog, which collects every problem (file:line:column,
 * what was expected, the fix) instead of stopping at the first.
 */
import path from 'node:path'
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales'
import { displayPath, listArticleFiles, localeContent } from './files.mjs'
import { didYouMean } from './problems.mjs'
import { frontmatterOf, logSyntaxProblem, readArticleSource } from './article-source'
import type { Place, YamlText } from './data-file'
import { withLog, type LoadOptions, type ProblemLog } from './problem-log'
import { issueProblems } from './zod-issues'
import { articleFrontmatterSchema, type ArticleFrontmatter } from './schemas/article'
import type { Settings } from './schemas/settings'
import { getSettings } from './settings'

export interface ArticleMeta extends ArticleFrontmatter {
  slug: string
  file: string
  /** Place in reading order, 1-based, and the number of articles: "Article 2 of 7". */
  position: number
  of: number
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Where a language's articles live: content/<locale>/articles. */
export function articlesDir(locale: Locale = DEFAULT_LOCALE): string {
  return localeContent(locale, 'articles')
}

/** The file name is the URL: a problem when it is not lower-case words joined by hyphens. */
function checkSlug(shown: string, slug: string, log: ProblemLog) {
  if (SLUG.test(slug)) return
  log.add(shown, `file name: "${slug}" is not a valid URL.`, {
    line: 1,
    expected: 'lower-case words joined by hyphens (the file name is the URL)',
    fix: `rename the file to ${slug
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')}.mdx.`,
  })
}

/** The frontmatter rules that need the settings: the kind, the lengths, the review window. */
function checkAgainstSettings(shown: string, data: ArticleFrontmatter, at: (keys: string[]) => Place | undefined, settings: Settings, log: ProblemLog) {
  const kinds = Object.keys(settings.articles.kinds)
  if (!kinds.includes(data.kind)) {
    log.add(shown, `kind: "${data.kind}" is not a kind of article.`, {
      ...at(['kind']),
      expected: `one of ${kinds.join(', ')} (articles.kinds in content/settings.yaml)`,
      fix: `${didYouMean(data.kind, kinds)}Use one of the kinds above, or add a kind to content/settings.yaml.`,
      ruleId: 'frontmatter',
    })
  }
  for (const field of ['title', 'navTitle', 'description'] as const) {
    const max = settings.articles.maxLength[field]
    if (data[field].length > max) {
      log.add(shown, `${field}: has ${data[field].length} characters.`, {
        ...at([field]),
        expected: `at most ${max} characters (articles.maxLength.${field} in content/settings.yaml)`,
        fix: `shorten the ${field}.`,
        ruleId: 'frontmatter',
      })
    }
  }
  const months = settings.articles.reviewWithinMonths
  const limit = new Date(`${data.lastReviewed}T00:00:00Z`)
  limit.setUTCMonth(limit.getUTCMonth() + months)
  const by = limit.toISOString().slice(0, 10)
  if (data.nextReview > by) {
    log.add(shown, `nextReview: ${data.nextReview} is more than ${months} months after lastReviewed (${data.lastReviewed}).`, {
      ...at(['nextReview']),
      expected: `a date within ${months} months of lastReviewed (by ${by}; articles.reviewWithinMonths in content/settings.yaml)`,
      fix: `set nextReview to ${by} or earlier.`,
      ruleId: 'frontmatter',
    })
  }
}

/** One article's frontmatter, read from its syntax tree and validated; null (with its problems logged) when it is not valid. */
function readFrontmatter(file: string, log: ProblemLog): { data: ArticleFrontmatter; yaml: YamlText } | { data: null; order?: { value: number; place?: Place } } {
  const shown = displayPath(file)
  const article = readArticleSource(file)
  if (!article.tree) {
    logSyntaxProblem(log, file, article.syntax!)
    return { data: null }
  }
  const frontmatter = frontmatterOf(article.tree)
  if (frontmatter && !frontmatter.ok) {
    log.add(shown, `frontmatter: cannot be read as YAML: ${frontmatter.problem.reason}`, {
      line: frontmatter.problem.line ?? 1,
      column: frontmatter.problem.column ?? 1,
      expected: 'YAML fields between two --- lines',
      fix: 'fix the syntax at this line or the line before it (a missing colon, quote, bracket or indent).',
      ruleId: 'frontmatter',
    })
    return { data: null }
  }
  const raw = frontmatter?.value.data
  if (!frontmatter || !raw || typeof raw !== 'object' || Object.keys(raw).length === 0) {
    log.add(shown, 'frontmatter: missing.', {
      line: 1,
      expected: 'a --- block at the top holding title, navTitle, description, order and the review fields',
      fix: 'copy the frontmatter block from content/README.md ("Article frontmatter") and fill it in.',
      ruleId: 'frontmatter',
    })
    return { data: null }
  }
  const yaml = frontmatter.value
  // The reading order is checked even when another field is wrong: it is a separate mistake.
  const order = (raw as { order?: unknown }).order
  const orderSeen = Number.isInteger(order) ? { value: order as number, place: yaml.at(['order']) } : undefined
  const parsed = articleFrontmatterSchema.safeParse(raw)
  if (parsed.success) return { data: parsed.data, yaml }
  for (const p of issueProblems(parsed.error.issues, Object.keys(articleFrontmatterSchema.shape)))
    log.add(shown, p.reason, { ...(yaml.at(p.path) ?? { line: 1 }), expected: p.expected, fix: p.fix, ruleId: 'frontmatter' })
  return { data: null, order: orderSeen }
}

export function loadArticles(dir = articlesDir(), options: LoadOptions = {}): ArticleMeta[] {
  return withLog(options, (log) => {
    const settings = options.settings === undefined ? getSettings() : options.settings
    const articles: Omit<ArticleMeta, 'position' | 'of'>[] = []
    const slugs = new Map<string, string>()
    const orders = new Map<number, { shown: string; place?: Place }[]>()
    for (const file of listArticleFiles(dir)) {
      const shown = displayPath(file)
      const slug = path.basename(file, '.mdx')
      const before = log.count(shown)
      checkSlug(shown, slug, log)
      const lower = slug.toLowerCase()
      if (slugs.has(lower))
        log.add(shown, `slug: duplicate slug '${slug}' (also ${slugs.get(lower)}).`, { line: 1, expected: 'one file per URL', fix: 'rename or remove one of the files.' })
      slugs.set(lower, shown)
      const read = readFrontmatter(file, log)
      const order = read.data ? { value: read.data.order, place: read.yaml.at(['order']) } : read.order
      if (order) orders.set(order.value, [...(orders.get(order.value) ?? []), { shown, place: order.place }])
      if (!read.data) continue
      if (settings) checkAgainstSettings(shown, read.data, (keys) => read.yaml.at(keys), settings, log)
      if (log.count(shown) === before) articles.push({ ...read.data, slug, file })
    }
    // One message per shared order, at the first file that has it, naming the others.
    const free = Math.max(0, ...orders.keys()) + 1
    for (const [order, files] of orders) {
      if (files.length < 2) continue
      const [first, ...others] = files
      log.add(first!.shown, `order: ${order} is used by ${files.length} articles (also ${others.map((f) => f.shown).join(', ')}).`, {
        ...first!.place,
        expected: 'a reading order no other article has',
        fix: `give one of them another order, for example ${free} (the next free number); "Article N of M" follows these numbers.`,
        ruleId: 'frontmatter',
      })
      for (const f of files) {
        const index = articles.findIndex((a) => displayPath(a.file) === f.shown)
        if (index >= 0) articles.splice(index, 1)
      }
    }
    articles.sort((a, b) => a.order - b.order)
    return articles.map((a, i) => ({ ...a, position: i + 1, of: articles.length }))
  })
}

const cache = new Map<Locale, ArticleMeta[]>()

/** The articles of a language, in reading order. A translation keeps the source language's order and slugs. */
export function getArticles(locale: Locale = DEFAULT_LOCALE): ArticleMeta[] {
  let list = cache.get(locale)
  if (!list) {
    list = loadArticles(articlesDir(locale))
    cache.set(locale, list)
  }
  return list
}

export function getArticle(slug: string, locale: Locale = DEFAULT_LOCALE): ArticleMeta | undefined {
  return getArticles(locale).find((a) => a.slug === slug)
}
