/**
 * An article file read once: its text, its syntax tree exactly as the build parses it (MDX,
 * frontmatter, GFM, before any plugin transforms it) and its frontmatter, read from that tree's
 * `yaml` node. Cached per file and modification time, so the loaders, the analysis, the content
 * check's rules and the translation hashes share one parse.
 */
import { readFileSync, statSync } from 'node:fs'
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkMdx from 'remark-mdx'
import type { Root } from 'mdast'
import type { VFileMessage } from 'vfile-message'
import { remarkPlugins } from '../mdx/pipeline.mjs'
import { parseYamlText, type SyntaxProblem, type YamlText } from './data-file'
import type { ProblemLog } from './problem-log'

export type PipelineOptions = NonNullable<Parameters<typeof remarkPlugins>[0]>

/** The remark stage of the build's MDX pipeline: parse and transform, nothing compiled or evaluated. */
export function articleProcessor(options: PipelineOptions = {}) {
  return unified().use(remarkParse).use(remarkMdx).use(remarkPlugins(options))
}

/** The article's syntax tree as the build parses it, before any plugin: for rules that read the text as written. */
export function parseArticleSource(source: string): Root {
  return articleProcessor().parse(source) as Root
}

export interface ArticleSource {
  file: string
  source: string
  /** Null when the MDX does not parse (`syntax` says where). */
  tree: Root | null
  syntax?: SyntaxProblem
}

const cache = new Map<string, { mtime: number; article: ArticleSource }>()

/** The file read and parsed, cached per modification time. Throws only when the file cannot be read at all. */
export function readArticleSource(file: string): ArticleSource {
  const mtime = statSync(file).mtimeMs
  const cached = cache.get(file)
  if (cached && cached.mtime === mtime) return cached.article
  const source = readFileSync(file, 'utf8')
  let article: ArticleSource
  try {
    article = { file, source, tree: parseArticleSource(source) }
  } catch (error) {
    const message = error as Partial<VFileMessage>
    article = { file, source, tree: null, syntax: { reason: message.reason ?? String(error), line: message.line ?? undefined, column: message.column ?? undefined } }
  }
  cache.set(file, { mtime, article })
  return article
}

/** The one message for an MDX syntax error (nothing else in the article is checked until it reads). */
export function logSyntaxProblem(log: ProblemLog, file: string, problem: SyntaxProblem): void {
  log.add(file, `The MDX cannot be read: ${problem.reason}`, {
    line: problem.line,
    column: problem.column,
    expected: 'Markdown with the components in content/README.md, each tag closed (<KeyPoints> … </KeyPoints>, <Cite id="…" />)',
    fix: 'fix the syntax at this line; the rest of the article is checked once it reads.',
    ruleId: 'mdx-syntax',
  })
}

export type Frontmatter = { ok: true; value: YamlText } | { ok: false; problem: SyntaxProblem }

/** The frontmatter from the tree's `yaml` node, with the file's line numbers; null when the article has none. */
export function frontmatterOf(tree: Root): Frontmatter | null {
  const node = tree.children.find((n) => n.type === 'yaml')
  if (!node || !('value' in node)) return null
  // The node starts at the opening ---; its text, one line further down.
  return parseYamlText(String(node.value), { lineOffset: node.position?.start.line ?? 1 })
}

/** The frontmatter's main message; '' when there is none or the YAML does not read (the frontmatter check reports that, once). */
export function mainMessageOf(tree: Root): string {
  const frontmatter = frontmatterOf(tree)
  if (!frontmatter?.ok) return ''
  return String((frontmatter.value.data as { mainMessage?: unknown } | null)?.mainMessage ?? '')
}
