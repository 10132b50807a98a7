/**
 * The one reader of structured text: data files (settings, references, glossaries, figures, term
 * lists, the section lock) and article frontmatter. Everything is parsed once with the `yaml`
 * package (JSON is YAML 1.2), which keeps the document: every problem about a field is located in
 * that same parse (line and column), and a syntax error carries its own place.
 */
import { readFileSync } from 'node:fs'
import { Document, LineCounter, Lexer, parseDocument } from 'yaml'
import { displayPath } from './files.mjs'
import { locateIn } from './problems.mjs'
import type { ProblemLog } from './problem-log'

export interface Place {
  line: number
  column: number
}

/** A parsed YAML or JSON text: its data and where each field is. */
export class YamlText {
  constructor(
    readonly text: string,
    readonly data: unknown,
    private readonly doc: Document,
    private readonly lines: LineCounter,
    /** Lines before the text in its file (frontmatter starts after the opening ---). */
    private readonly lineOffset = 0,
  ) {}

  /** Where the field at `keys` is (the last key found, or the list item); undefined when nothing of it is. */
  at(keys: (string | number)[]): Place | undefined {
    return locateIn(this.doc, this.lines, keys, this.lineOffset)
  }

  /**
   * The place of `needle` inside the field at `keys` (a word in a folded definition, say); the
   * field's own place when the needle is not found on its lines.
   */
  placeOf(keys: (string | number)[], needle: string): Place | undefined {
    const field = this.at(keys)
    if (!field) return undefined
    const lines = this.text.split('\n')
    const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    const word = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u')
    for (let i = field.line - 1 - this.lineOffset; i < lines.length; i++) {
      // The field ends at the next key of the same entry or the next entry.
      if (i > field.line - 1 - this.lineOffset && /^\s*(?:- )?[A-Za-z]+:/.test(lines[i]!)) break
      const hit = word.exec(lines[i]!)
      if (hit) return { line: i + 1 + this.lineOffset, column: hit.index + 1 }
    }
    return field
  }
}

/** Why a text does not parse, and where (in the file's lines). */
export interface SyntaxProblem {
  reason: string
  line?: number
  column?: number
}

/**
 * Parses YAML, or JSON when `json` is set (YAML also accepts a trailing comma, a comment or
 * single quotes, which JSON readers refuse: those are syntax errors here too).
 */
export function parseYamlText(text: string, { json = false, lineOffset = 0 } = {}): { ok: true; value: YamlText } | { ok: false; problem: SyntaxProblem } {
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true, ...(json ? { schema: 'json' as const } : {}) })
  const error = doc.errors[0]
  if (error) {
    const place = error.linePos?.[0]
    // The first line of yaml's message ends with "at line 7, column 15:" (a code frame follows); the place is given apart.
    const reason = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')
    return { ok: false, problem: { reason, line: place ? place.line + lineOffset : undefined, column: place?.col } }
  }
  const notJson = json ? jsonOnlySyntax(text) : null
  if (notJson) {
    const { line, col } = lines.linePos(notJson.offset)
    return { ok: false, problem: { reason: notJson.reason, line: line + lineOffset, column: col } }
  }
  return { ok: true, value: new YamlText(text, doc.toJS(), doc, lines, lineOffset) }
}

/** YAML that is not JSON: the first comment, single-quoted string, trailing comma or other YAML-only token. */
function jsonOnlySyntax(text: string): { reason: string; offset: number } | null {
  // The lexer's tokens are the text in order, plus one-character control tokens that stand for nothing in it.
  const control = new Set(['\u0002', '\u0018', '\u001f', '\uFEFF'])
  let offset = 0
  let comma: number | null = null
  for (const token of new Lexer().lex(text)) {
    if (control.has(token)) continue
    const start = offset
    offset += token.length
    if (/^\s*$/.test(token)) continue
    if ((token === ']' || token === '}') && comma !== null) return { reason: `A comma before "${token}" (JSON allows none after the last item)`, offset: comma }
    comma = token === ',' ? start : null
    if (token.startsWith('#')) return { reason: 'A comment (JSON has none)', offset: start }
    if (token.startsWith("'")) return { reason: 'A single-quoted string (JSON strings use double quotes)', offset: start }
    if (/^[&*!?|>-]$|^[&*!]/.test(token)) return { reason: `"${token}" is not JSON`, offset: start }
  }
  return null
}

/**
 * Reads a data file (JSON by its extension, YAML otherwise); a missing file or a syntax error is
 * one problem at its line, and nothing else in the file is checked until it reads.
 */
export function readDataFile(file: string, log: ProblemLog): YamlText | null {
  const shown = displayPath(file)
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    log.add(shown, 'The file is missing.', { expected: `a file at ${shown}`, fix: 'restore the file (see content/README.md).' })
    return null
  }
  const json = file.endsWith('.json')
  const parsed = parseYamlText(text, { json })
  if (parsed.ok) return parsed.value
  log.add(shown, `The file cannot be read: ${parsed.problem.reason}.`.replace(/\.\.$/, '.'), {
    line: parsed.problem.line,
    column: parsed.problem.column,
    expected: json ? 'valid JSON' : 'valid YAML',
    fix: 'fix the syntax at this line or the end of the line before (a missing comma, quote, bracket or indent); nothing else in this file is checked until it reads.',
    ruleId: 'syntax',
  })
  return null
}
