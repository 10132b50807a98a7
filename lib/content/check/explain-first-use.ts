/**
 * Medical words explained where they first appear. Each language's term list
 * (content/en/terms.yaml, content/<locale>/terms.yaml) may name, under `explain`, words a reader must
 * have explained in the sentence where each first appears on an article page: a pop-up does not
 * print and is a plain link without JavaScript (CDC Clear Communication Index item 7, PEMAT item 4).
 *
 * The writer explains the word in the sentence and marks that use `<Term id="..." explained>`. The
 * check reads the article in reading order (the key points first, then the body; headings and
 * callout titles are signposts, not where a word is explained) and reports the first use of each
 * listed word that is not so marked, with its line. A listed word in `mainMessage` is reported
 * too: the main message is the first thing on the page and plain words belong there.
 */
import { readFileSync } from 'node:fs'
import type { Root } from 'mdast'
import type { Node } from 'unist'
import { displayPath, listArticleFiles } from '../files.mjs'
import { frontmatterOf, mainMessageOf, readArticleSource } from '../article-source'
import { parseYamlText } from '../data-file'
import type { ProblemLog } from '../problem-log'
import type { ExplainEntry } from '../schemas/term-list'
import { pattern } from '../term-lists'

interface MdNode extends Node {
  name?: string | null
  value?: unknown
  depth?: number
  children?: MdNode[]
  attributes?: { type: string; name?: string; value?: unknown }[]
}

export interface FirstUse {
  entry: ExplainEntry
  /** The words as written. */
  found: string
  line: number
  column: number
  /** Inside a `<Term … explained>`. */
  explained: boolean
}

const isTerm = (node: MdNode) => (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'Term'
const hasAttribute = (node: MdNode, name: string) => (node.attributes ?? []).some((a) => a.type === 'mdxJsxAttribute' && a.name === name)

/** The first use of each listed word in an article's body, in reading order. */
export function firstUses(tree: Root, entries: ExplainEntry[], source?: string): FirstUse[] {
  const lines = source?.split('\n')
  const rules = entries.map((entry) => ({ entry, pattern: pattern(entry.forms) }))
  const found = new Map<ExplainEntry, FirstUse>()
  const walk = (node: MdNode, term: MdNode | null) => {
    if (found.size === rules.length) return
    // Not where a word is explained: headings, code, expressions (comments), the frontmatter.
    if (['heading', 'code', 'inlineCode', 'yaml', 'mdxFlowExpression', 'mdxTextExpression'].includes(node.type)) return
    if (node.type === 'text' && typeof node.value === 'string' && node.position) {
      const text = node.value
      for (const { entry, pattern } of rules) {
        if (found.has(entry)) continue
        pattern.lastIndex = 0
        const m = pattern.exec(text)
        if (!m) continue
        // Columns within a text node follow its source as long as it has no line break before the match.
        const before = text.slice(0, m.index)
        const breaks = before.split('\n').length - 1
        const line = node.position.start.line + breaks
        // After a break, Markdown has dropped the line's indent (a list item's "  "): find the words in the source line.
        const rest = before.slice(before.lastIndexOf('\n') + 1) + m[0].split(/\s/)[0]
        const inSource = lines?.[line - 1]?.indexOf(rest) ?? -1
        const column = !breaks
          ? node.position.start.column + m.index
          : inSource >= 0
            ? inSource + 1 + rest.length - m[0].split(/\s/)[0]!.length
            : before.length - before.lastIndexOf('\n')
        // Any term marked explained counts: "dissociative anesthetic" explains the word inside it.
        const explained = !!term && hasAttribute(term, 'explained')
        found.set(entry, { entry, found: m[0].replace(/\s+/g, ' '), line, column, explained })
      }
      return
    }
    for (const child of node.children ?? []) walk(child, isTerm(child) ? child : term)
  }
  walk(tree as MdNode, null)
  return [...found.values()].sort((a, b) => a.line - b.line || a.column - b.column)
}

export interface ExplainFiles {
  /** The term list the entries come from (named in each report). */
  list: string
  /** The language's articles folder. */
  articles: string
  /** The language's glossary, named in the report of an unknown `term`. */
  glossary: string
  /** The glossary's term ids (null: it could not be read, so no id is called unknown). */
  ids: Set<string> | null
}

/** Reports, per article, the first unexplained use of each listed word, and listed words in its main message. */
export function checkFirstUseExplanations(files: ExplainFiles, entries: ExplainEntry[], log: ProblemLog): void {
  if (!entries.length) return
  const listShown = displayPath(files.list)
  if (files.ids) {
    const list = parseYamlText(readFileSync(files.list, 'utf8'))
    entries.forEach((entry, i) => {
      if (files.ids!.has(entry.term)) return
      log.add(listShown, `explain: "${entry.term}" is not a term in ${displayPath(files.glossary)}.`, {
        line: (list.ok ? list.value.at(['explain', i, 'term'])?.line : undefined) ?? 1,
        expected: 'the id of a glossary entry',
        fix: 'correct the id, or add the word to the glossary first.',
        ruleId: 'explain',
      })
    })
  }
  for (const file of listArticleFiles(files.articles)) {
    const { source, tree } = readArticleSource(file)
    if (!tree) continue // an article that does not parse has its own problem
    const shown = displayPath(file)
    const message = mainMessageOf(tree)
    const frontmatter = frontmatterOf(tree)
    for (const entry of entries) {
      const m = pattern(entry.forms).exec(message)
      if (!m) continue
      log.add(shown, `mainMessage uses «${m[0]}», a word readers need explained.`, {
        line: (frontmatter?.ok ? frontmatter.value.at(['mainMessage'])?.line : undefined) ?? 1,
        expected: `plain words in the main message (${listShown}, explain)`,
        fix: `say it in everyday words here, and explain «${m[0]}» where the article first uses it, for example: «${entry.example}».`,
        ruleId: 'explain',
      })
    }
    for (const use of firstUses(tree, entries, source)) {
      if (use.explained) continue
      log.add(shown, `«${use.found}» is first used here without an explanation in the sentence.`, {
        line: use.line,
        column: use.column,
        expected: `the word explained where it first appears on the page, marked <Term id="${use.entry.term}" explained>…</Term> (${listShown}, explain)`,
        fix: `explain it in this sentence, for example: «${use.entry.example}», and mark the word <Term id="${use.entry.term}" explained>${use.found}</Term>; or use everyday words here and explain it at its first use further down.`,
        ruleId: 'explain',
      })
    }
  }
}
