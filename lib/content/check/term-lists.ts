/**
 * The content check's part for the term lists: every avoided form wherever a reader of that
 * language sees it, with its place, the preferred word, the why and the fix; and search words
 * that the pages never use.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { STOP_WORDS, stem, words } from '../../site-search'
import { displayPath, listArticleFiles, listFigureNames } from '../files.mjs'
import { readArticleSource } from '../article-source'
import { parseYamlText } from '../data-file'
import type { ProblemLog } from '../problem-log'
import type { TermList } from '../schemas/term-list'
import { compileTermList, findAvoidedTerms, readTermList } from '../term-lists'
import { lineIndex, mdxTextRanges, stringLiteralRanges, yamlTextRanges, type Range } from '../text-ranges'

export interface TermListFiles {
  /** The term list: content/en/terms.yaml or content/<locale>/terms.yaml. */
  list: string
  /** The language's articles, glossary and figures folder. */
  articles: string
  glossary: string
  figures: string
  /** The interface strings (content/<locale>/strings.ts); undefined when not checked. */
  strings?: string
}

/** The preferred word in the case of what it replaces: "Etiqueta" at the start of a sentence. */
function inCaseOf(prefer: string, found: string): string {
  const first = found.charAt(0)
  return first !== first.toLowerCase() && prefer.charAt(0) === prefer.charAt(0).toLowerCase() ? prefer.charAt(0).toUpperCase() + prefer.slice(1) : prefer
}

/** Reports every avoided form in one language's files, each with its place, the preferred word, the why and the fix; returns the list (null when there is none or it cannot be read). */
export function checkTermList(files: TermListFiles, log: ProblemLog): TermList | null {
  if (!existsSync(files.list)) return null
  const list = readTermList(files.list, log)
  if (!list) return null
  const rules = compileTermList(list.terms)
  const listShown = displayPath(files.list)
  const articles: string[] = listArticleFiles(files.articles)
  // An article that does not parse has its own problem; its words are read once it does.
  const unread = articles.some((file) => !readArticleSource(file).tree)
  const sources: { file: string; ranges: (text: string) => Range[] }[] = [
    ...articles.map((file) => ({ file, ranges: (text: string) => articleRanges(file, text) })),
    ...(existsSync(files.glossary) ? [{ file: files.glossary, ranges: yamlTextRanges }] : []),
    ...listFigureNames(files.figures).map((name: string) => ({ file: path.join(files.figures, `${name}.yaml`), ranges: yamlTextRanges })),
    ...(files.strings && existsSync(files.strings) ? [{ file: files.strings, ranges: stringLiteralRanges }] : []),
  ]
  // Every word readers see on the pages (stemmed as search stems them), for the search entries below.
  const pageWords = new Set<string>()
  for (const { file, ranges } of sources) {
    let text: string
    try {
      text = readFileSync(file, 'utf8')
    } catch {
      continue // a missing file has its own problem
    }
    if (file !== files.glossary) for (const r of ranges(text)) for (const w of words(text.slice(r[0], r[1]))) pageWords.add(stem(w))
    const hits = findAvoidedTerms(text, rules, ranges(text))
    if (!hits.length) continue
    const at = lineIndex(text)
    for (const hit of hits) {
      const prefer = inCaseOf(hit.entry.prefer, hit.found)
      log.add(displayPath(file), `«${hit.found}»: this site says «${prefer}».`, {
        ...at(hit.start),
        expected: `«${prefer}» instead of «${hit.found}» (${listShown})`,
        fix: `${hit.entry.why.replace(/\s*$/, '').replace(/([^.!?])$/, '$1.')} Write «${prefer}»; if «${hit.found}» is right here, add the longer phrase to "allow" under «${hit.entry.prefer}» in ${listShown}.`,
        ruleId: 'terms',
      })
    }
  }
  // Which words the pages use is known only when every article reads: a search word is not called unused because of another problem.
  if (!unread) checkSearchWords(list, files.list, pageWords, log)
  return list
}

/**
 * A search entry's `means` words must be words the pages use: one that appears nowhere (a typo,
 * a word since rewritten) would silently find nothing.
 */
function checkSearchWords(list: TermList, file: string, pageWords: Set<string>, log: ProblemLog) {
  if (!list.search.length || !pageWords.size) return
  const parsed = parseYamlText(readFileSync(file, 'utf8'))
  const at = (keys: (string | number)[]) => (parsed.ok ? parsed.value.at(keys) : undefined)
  list.search.forEach((entry, i) => {
    for (const [j, word] of entry.means.entries()) {
      const missing = words(word).filter((w) => !STOP_WORDS.has(w) && !pageWords.has(stem(w)))
      if (!missing.length) continue
      log.add(displayPath(file), `search: «${word}» (for «${entry.typed}») is not a word the pages use, so searching «${entry.typed}» cannot find it.`, {
        ...at(['search', i, 'means', j]),
        expected: 'words that appear in the articles, figures or interface text of this language',
        fix: `write the word as the pages write it, or remove «${word}» from this entry's means.`,
        ruleId: 'terms',
      })
    }
  })
}

/** An article's words, from its tree as read; none when it does not parse (that is its own problem). */
function articleRanges(file: string, text: string): Range[] {
  const tree = readArticleSource(file).tree
  return tree ? mdxTextRanges(text, tree) : []
}
