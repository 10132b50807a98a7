/**
 * One name per idea. Each language keeps a term list (content/en/terms.yaml for English,
 * content/<locale>/terms.yaml for a translation): for each idea, the name the site uses
 * (`prefer`), the other names it avoids (`avoid`), why, and longer phrases that contain an avoided
 * form and are right as they are (`allow`). The content check reports every avoided form wherever
 * a reader of that language sees it: article text and frontmatter, the glossary (term, definition,
 * note), the figures, and the interface strings (lib/i18n/<locale>.ts).
 *
 * Matching: whole words or phrases (Unicode letters and digits mark a word's edge), any case,
 * any run of spaces or line breaks between words, but accents as written ("tecnica" is not
 * "técnica"). Not read: ids, sources, related terms, glossary aliases and misspellings (other
 * names a reader may search for are what those fields are for), code and link addresses.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml'
import { visit } from 'unist-util-visit'
import type { Node } from 'unist'
import { listArticleFiles, listFigureNames } from './content-files.mjs'
import { issueProblems, parseArticleSource, type ProblemLog } from './content'
import { locate, shownPath } from './problems.mjs'
import { termListSchema, type TermList, type TermListEntry } from './schemas'
import { STOP_WORDS, stem, words } from './site-search'

/** A compiled entry: one pattern for its avoided forms, one for its allowed phrases. */
interface Rule {
  entry: TermListEntry
  avoid: RegExp
  allow: RegExp | null
}

/** A place in a file where readers see words: [start, end) offsets into the file's text. */
type Range = [number, number]

export interface TermHit {
  /** Offset in the file's text. */
  start: number
  end: number
  /** The avoided form as written (line breaks and repeated spaces collapsed). */
  found: string
  entry: TermListEntry
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** A word or phrase as a pattern: whole words, any run of white space between them. */
const phrase = (form: string) => form.trim().split(/\s+/).map(escape).join('\\s+')

const EDGE_BEFORE = '(?<![\\p{L}\\p{N}])'
const EDGE_AFTER = '(?![\\p{L}\\p{N}])'

/** One case-insensitive, Unicode-aware pattern for several forms, longest first. */
export function pattern(forms: string[]): RegExp {
  const sorted = [...forms].sort((a, b) => b.length - a.length)
  return new RegExp(`${EDGE_BEFORE}(?:${sorted.map(phrase).join('|')})${EDGE_AFTER}`, 'giu')
}

export function compileTermList(entries: TermListEntry[]): Rule[] {
  return entries.map((entry) => ({ entry, avoid: pattern(entry.avoid), allow: entry.allow.length ? pattern(entry.allow) : null }))
}

/** Every avoided form in `text` within `ranges` (all of it when none are given), outside allowed phrases; overlapping hits count once. */
export function findAvoidedTerms(text: string, rules: Rule[], ranges: Range[] = [[0, text.length]]): TermHit[] {
  const hits: TermHit[] = []
  for (const [from, to] of ranges) {
    const slice = text.slice(from, to)
    for (const rule of rules) {
      const allowed = rule.allow ? [...slice.matchAll(rule.allow)].map((m) => [m.index!, m.index! + m[0].length] as const) : []
      for (const m of slice.matchAll(rule.avoid)) {
        const start = m.index!
        const end = start + m[0].length
        if (allowed.some(([a, b]) => a <= start && end <= b)) continue
        hits.push({ start: from + start, end: from + end, found: m[0].replace(/\s+/g, ' '), entry: rule.entry })
      }
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end)
  // One mistake, one message: "debe irse solo cuando" matches two avoided forms at once.
  return hits.filter((hit, i) => !hits.slice(0, i).some((h) => h.start < hit.end && hit.start < h.end))
}

/** The preferred word in the case of what it replaces: "Etiqueta" at the start of a sentence. */
function inCaseOf(prefer: string, found: string): string {
  const first = found.charAt(0)
  return first !== first.toLowerCase() && prefer.charAt(0) === prefer.charAt(0).toLowerCase() ? prefer.charAt(0).toUpperCase() + prefer.slice(1) : prefer
}

/** Offsets to line:column (1-based), for one file's text. */
function lineIndex(text: string) {
  const starts = [0]
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  return (offset: number) => {
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (starts[mid]! <= offset) lo = mid
      else hi = mid - 1
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 }
  }
}

// ---- Where readers see words, per kind of file ----------------------------------------------

/** YAML keys whose values are ids, sources or names for search, never prose. */
const YAML_SKIP = new Set(['id', 'aliases', 'misspellings', 'related', 'sources', 'section', 'evidence', 'pronunciation', 'translation', 'kind', 'limits'])

/** The string values of a YAML text (offsets into `text`, shifted by `base`), except under YAML_SKIP keys. */
export function yamlTextRanges(text: string, base = 0): Range[] {
  const doc = parseDocument(text, { lineCounter: new LineCounter(), uniqueKeys: false })
  if (doc.errors.length) return []
  const out: Range[] = []
  const walk = (node: unknown) => {
    if (isScalar(node)) {
      if (typeof node.value === 'string' && node.range) out.push([base + node.range[0], base + node.range[1]])
    } else if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue
        const key = isScalar(pair.key) ? String(pair.key.value) : ''
        if (!YAML_SKIP.has(key)) walk(pair.value as YamlNode)
      }
    } else if (isSeq(node)) node.items.forEach(walk)
  }
  walk(doc.contents)
  return out
}

interface MdNode extends Node {
  name?: string | null
  value?: unknown
  attributes?: { type: string; name?: string; value?: unknown; position?: Node['position'] }[]
}

/** Component props that are ids or settings, not words a reader sees. */
const PROP_SKIP = new Set(['id', 'name', 'type', 'level', 'number'])

/** The words a reader sees in an MDX article: its text, component titles and frontmatter values. */
export function mdxTextRanges(source: string): Range[] {
  const tree = parseArticleSource(source)
  const out: Range[] = []
  visit(tree as MdNode, (node: MdNode) => {
    if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') return
    if (node.type === 'yaml' && typeof node.value === 'string' && node.position) {
      // The frontmatter's text starts on the line after its opening ---.
      const base = source.indexOf('\n', node.position.start.offset ?? 0) + 1
      out.push(...yamlTextRanges(node.value, base))
      return
    }
    if (node.type === 'text' && node.position) out.push([node.position.start.offset!, node.position.end.offset!])
    for (const attribute of node.attributes ?? []) {
      if (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string' && !PROP_SKIP.has(attribute.name ?? '') && attribute.position)
        out.push([attribute.position.start.offset!, attribute.position.end.offset!])
    }
  })
  return out
}

/**
 * The string literals of a TypeScript module (the interface strings), as [start, end) of their
 * contents: '…', "…" and the text parts of `…${…}…`. Comments and code are skipped.
 */
export function stringLiteralRanges(source: string): Range[] {
  const out: Range[] = []
  // A stack of contexts: code (with its brace depth) or a template literal's text.
  const stack: ({ code: true; depth: number } | { code: false; start: number })[] = [{ code: true, depth: 0 }]
  let i = 0
  while (i < source.length) {
    const top = stack[stack.length - 1]!
    const c = source[i]!
    if (!top.code) {
      if (c === '\\') i += 2
      else if (c === '`') {
        out.push([top.start, i])
        stack.pop()
        i += 1
      } else if (c === '$' && source[i + 1] === '{') {
        out.push([top.start, i])
        stack.push({ code: true, depth: 0 })
        i += 2
      } else i += 1
      continue
    }
    if (c === '/' && source[i + 1] === '/') {
      const end = source.indexOf('\n', i)
      i = end < 0 ? source.length : end
    } else if (c === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2)
      i = end < 0 ? source.length : end + 2
    } else if (c === "'" || c === '"') {
      const start = i + 1
      i += 1
      while (i < source.length && source[i] !== c && source[i] !== '\n') i += source[i] === '\\' ? 2 : 1
      out.push([start, i])
      i += 1
    } else if (c === '`') {
      stack.push({ code: false, start: i + 1 })
      i += 1
    } else if (c === '{') {
      top.depth += 1
      i += 1
    } else if (c === '}') {
      if (top.depth === 0 && stack.length > 1) {
        // The end of a ${…}: back to the template's text.
        stack.pop()
        stack[stack.length - 1] = { code: false, start: i + 1 }
      } else top.depth -= 1
      i += 1
    } else i += 1
  }
  return out
}

// ---- The content check's part ----------------------------------------------------------------

export interface TermListFiles {
  /** The term list: content/en/terms.yaml or content/<locale>/terms.yaml. */
  list: string
  /** The language's articles, glossary and figures folder. */
  articles: string
  glossary: string
  figures: string
  /** The interface strings (lib/i18n/<locale>.ts); undefined when not checked. */
  strings?: string
}

/** Reads and validates a term list; null (with its problems logged) when it cannot be used. */
export function readTermList(file: string, log: ProblemLog): TermList | null {
  const shown = shownPath(file)
  let text: string
  let data: unknown
  try {
    text = readFileSync(file, 'utf8')
    const doc = parseDocument(text, { prettyErrors: true })
    if (doc.errors.length) throw doc.errors[0]
    data = doc.toJS()
  } catch (error) {
    const pos = (error as { linePos?: { line: number; col: number }[] }).linePos?.[0]
    log.add(shown, `The file cannot be read: ${(error as Error).message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '.')}`, {
      line: pos?.line,
      column: pos?.col,
      expected: 'valid YAML',
      fix: 'fix the syntax at this line or the end of the line before (a missing quote, bracket or indent); no term is checked until it reads.',
      ruleId: 'syntax',
    })
    return null
  }
  if (data === null || data === undefined) {
    log.add(shown, 'The file is empty.', {
      line: 1,
      expected: '"terms:" and a list of entries, each with prefer, avoid and why',
      fix: 'add the entries (see content/README.md, "Term list"), or remove the file.',
      ruleId: 'terms',
    })
    return null
  }
  const parsed = termListSchema.safeParse(data)
  if (!parsed.success) {
    for (const p of issueProblems(parsed.error.issues, Object.keys(termListSchema.shape)))
      log.add(shown, p.reason, { ...(locate(text, p.path) ?? { line: 1 }), expected: p.expected, fix: p.fix, ruleId: 'terms' })
    return null
  }
  const entries = parsed.data.terms
  let ok = true
  const seen = new Map<string, number>()
  entries.forEach((entry, index) => {
    entry.avoid.forEach((form, i) => {
      const key = form.toLowerCase().replace(/\s+/g, ' ')
      const other = seen.get(key)
      if (other !== undefined) {
        ok = false
        log.add(shown, `terms[${index}]: "${form}" is also avoided by the entry for «${entries[other]!.prefer}».`, {
          ...locate(text, ['terms', index, 'avoid', i]),
          expected: 'each avoided form in one entry only',
          fix: `remove it from one of the two entries.`,
          ruleId: 'terms',
        })
      } else seen.set(key, index)
    })
    const avoided = pattern(entry.avoid)
    entry.allow.forEach((allowed, i) => {
      if ([...allowed.matchAll(avoided)].length === 0) {
        ok = false
        log.add(shown, `terms[${index}]: the allowed phrase "${allowed}" contains none of the avoided forms (${entry.avoid.join(', ')}).`, {
          ...locate(text, ['terms', index, 'allow', i]),
          expected: 'a longer phrase that contains an avoided form and is right as it is',
          fix: 'correct the phrase, or remove it: it allows nothing.',
          ruleId: 'terms',
        })
      }
    })
  })
  // The preferred words must pass the list themselves, or following a fix would make a new problem.
  const rules = compileTermList(entries)
  entries.forEach((entry, index) => {
    const hit = findAvoidedTerms(entry.prefer, rules)[0]
    if (hit) {
      ok = false
      log.add(shown, `terms[${index}]: the preferred «${entry.prefer}» contains «${hit.found}», which the entry for «${hit.entry.prefer}» avoids.`, {
        ...locate(text, ['terms', index, 'prefer']),
        expected: 'preferred words that no entry avoids',
        fix: 'change one of the two entries, or add the preferred phrase to the other entry\'s "allow".',
        ruleId: 'terms',
      })
    }
  })
  return ok ? parsed.data : null
}

/** Reports every avoided form in one language's files, each with its place, the preferred word, the why and the fix; returns the list (null when there is none or it cannot be read). */
export function checkTermList(files: TermListFiles, log: ProblemLog): TermList | null {
  if (!existsSync(files.list)) return null
  const list = readTermList(files.list, log)
  if (!list) return null
  const rules = compileTermList(list.terms)
  const listShown = shownPath(files.list)
  const sources: { file: string; ranges: (text: string) => Range[] }[] = [
    ...listArticleFiles(files.articles).map((file: string) => ({ file, ranges: mdxRangesOrNone })),
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
      log.add(shownPath(file), `«${hit.found}»: this site says «${prefer}».`, {
        ...at(hit.start),
        expected: `«${prefer}» instead of «${hit.found}» (${listShown})`,
        fix: `${hit.entry.why.replace(/\s*$/, '').replace(/([^.!?])$/, '$1.')} Write «${prefer}»; if «${hit.found}» is right here, add the longer phrase to "allow" under «${hit.entry.prefer}» in ${listShown}.`,
        ruleId: 'terms',
      })
    }
  }
  checkSearchWords(list, files.list, pageWords, log)
  return list
}

/**
 * A search entry's `means` words must be words the pages use: one that appears nowhere (a typo,
 * a word since rewritten) would silently find nothing.
 */
function checkSearchWords(list: TermList, file: string, pageWords: Set<string>, log: ProblemLog) {
  if (!list.search.length || !pageWords.size) return
  const text = readFileSync(file, 'utf8')
  list.search.forEach((entry, i) => {
    for (const [j, word] of entry.means.entries()) {
      const missing = words(word).filter((w) => !STOP_WORDS.has(w) && !pageWords.has(stem(w)))
      if (!missing.length) continue
      log.add(shownPath(file), `search: «${word}» (for «${entry.typed}») is not a word the pages use, so searching «${entry.typed}» cannot find it.`, {
        ...(locate(text, ['search', i, 'means', j]) ?? {}),
        expected: 'words that appear in the articles, figures or interface text of this language',
        fix: `write the word as the pages write it, or remove «${word}» from this entry's means.`,
        ruleId: 'terms',
      })
    }
  })
}

/** An article that does not parse has its own problem; its words are read once it does. */
function mdxRangesOrNone(source: string): Range[] {
  try {
    return mdxTextRanges(source)
  } catch {
    return []
  }
}
