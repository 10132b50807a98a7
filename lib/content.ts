/**
 * Loads and validates every content file. Pages call the get* functions at build time; the
 * content check calls the load* functions with a ProblemLog, which collects every problem of a
 * run (file:line:column, what was expected, the fix) instead of stopping at the first. Without a
 * log, a loader throws one ContentErrors holding all the problems it found in its files.
 * Plain file reading lives in content-files.mjs (shared with the MDX plugins); the one reporter
 * is lib/problems.mjs.
 */
import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import matter from 'gray-matter'
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkMdx from 'remark-mdx'
import { VFile } from 'vfile'
import { VFileMessage } from 'vfile-message'
import type { Root } from 'mdast'
import { parse as parseYaml } from 'yaml'
import type { z } from 'zod'
import { REFERENCES_FILE, SECTION_LOCK_FILE, SETTINGS_FILE, listArticleFiles, localeContent } from './content-files.mjs'
import { remarkPlugins } from './mdx/pipeline.mjs'
import { pipelineData } from './mdx/options'
import { closest, didYouMean, formatProblems, locate, report, shownPath } from './problems.mjs'
import { DEFAULT_LOCALE, LOCALE_INFO, type Locale } from './i18n/locales'
import {
  articleFrontmatterSchema,
  glossaryEntrySchema,
  glossaryTranslationSchema,
  type GlossaryTranslation,
  referenceSchema,
  sectionLockSchema,
  settingsSchema,
  type ArticleFrontmatter,
  type GlossaryEntry,
  type Reference,
  type SectionLock,
  type Settings,
} from './schemas'

export interface ProblemPlace {
  line?: number
  column?: number
  expected?: string
  fix?: string
  ruleId?: string
}

/** What a content rule found: the place, what is wrong, what was expected and the fix. */
export interface Finding extends ProblemPlace {
  reason: string
}

/** Every problem of one run, one vfile per file: the unified way to collect messages. */
export class ProblemLog {
  private readonly files = new Map<string, VFile>()

  /** The vfile of one file, by path (shown relative to the project, as in every message). */
  file(filePath: string): VFile {
    const shown = shownPath(filePath)
    let file = this.files.get(shown)
    if (!file) {
      file = new VFile({ path: shown })
      this.files.set(shown, file)
    }
    return file
  }

  add(filePath: string, reason: string, place: ProblemPlace = {}): VFileMessage {
    const { line, column, ...rest } = place
    return report(this.file(filePath), reason, { ...rest, place: line ? { line, column: column ?? 1 } : undefined })
  }

  /** Adds the problems a remark run recorded on its own vfile. */
  adopt(file: VFile): void {
    const own = this.file(file.path)
    for (const message of file.messages) {
      if (!message.fatal) continue
      message.file = own.path
      own.messages.push(message)
    }
  }

  get messages(): VFileMessage[] {
    return [...this.files.values()].flatMap((f) => f.messages.filter((m) => m.fatal === true))
  }

  /** Problems in one file (by path), for rules that skip a file that already failed. */
  count(filePath?: string): number {
    if (filePath === undefined) return this.messages.length
    return this.files.get(shownPath(filePath))?.messages.filter((m) => m.fatal === true).length ?? 0
  }

  throwIfAny(): void {
    if (this.count()) throw new ContentErrors(this.messages)
  }
}

/** A problem list for one file without positions (kept for lib/figures.ts). */
export class ContentError {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {}
}

/** Content problems, reported together so an editor can fix them in one pass. */
export class ContentErrors extends Error {
  readonly messages: VFileMessage[]
  constructor(problems: (ContentError | VFileMessage)[]) {
    const messages = problems.flatMap((p) =>
      p instanceof ContentError
        ? p.problems.map((reason) => {
            const message = new VFileMessage(reason, { source: 'content' })
            message.file = p.file
            message.fatal = true
            return message
          })
        : [p],
    )
    super(formatProblems(messages))
    this.name = 'Content problem'
    this.messages = messages
    // The message names every file, line and fix; a stack into the loader would only point
    // editors (and `next dev`'s overlay) at code they never need to open.
    this.stack = `${this.name}: ${this.message}`
  }
}

type Issue = z.core.$ZodIssue

/** One schema issue as a problem: the field, what is wrong, what was expected, the fix. */
export interface IssueProblem {
  path: (string | number)[]
  reason: string
  expected?: string
  fix: string
}

/** Turns zod issues into problems an editor can act on. `allowed`: the valid field names at the top level. */
export function issueProblems(issues: Issue[], allowed: readonly string[] = []): IssueProblem[] {
  // A misspelt field name is one mistake: report the unknown field (with "did you mean") and not
  // also the required field it was meant to be.
  const unknownKeys = issues.flatMap((issue) => (issue.code === 'unrecognized_keys' ? issue.keys.map((key) => ({ parent: issue.path.join('.'), key })) : []))
  const misspelt = (path: PropertyKey[]) => {
    const field = String(path.at(-1))
    const parent = path.slice(0, -1).join('.')
    return unknownKeys.some((u) => u.parent === parent && closest(u.key, [field]) !== null)
  }
  return issues.flatMap((issue): IssueProblem[] => {
    if (issue.code !== 'unrecognized_keys' && issue.input === undefined && issue.path.length && misspelt(issue.path)) return []
    const at = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: [...at, key],
        reason: `${[...at, key].join('.')}: unknown field.`,
        expected: at.length === 0 && allowed.length ? `one of the fields ${allowed.join(', ')}` : 'one of the fields in content/README.md',
        fix: `${at.length === 0 ? didYouMean(key, allowed) : ''}Correct the spelling or remove the field.`,
      }))
    }
    const field = at.length ? at.join('.') : '(file)'
    const text = issue.message
    // Our schema messages read "expected X, got Y" or "expected X"; split them for the report.
    const match = /^expected (.+?)(?:(?:, got |; got )(.+))?$/s.exec(text)
    // zod leaves the input out of its issues, so a value of the wrong type ("order: three") has no
    // input either: our messages say what they got, and only "nothing" means the field is missing.
    const got = match?.[2]
    const missing = issue.code === 'invalid_type' && issue.input === undefined && (got === undefined || got.startsWith('nothing'))
    if (missing) {
      const expected = match ? match[1]!.replace(/, got nothing \(the field is missing\)$/, '') : undefined
      return [
        {
          path: at,
          reason: `${field}: is required; ${expected ? `expected ${expected}` : text}.`,
          expected,
          fix: `add ${field}${expected ? ` (${expected})` : ''}.`,
        },
      ]
    }
    const expected = match?.[1]
    // A refinement that knows the fix better than "change X to Y" says it in params.fix.
    const own = issue.code === 'custom' ? (issue.params as { fix?: unknown } | undefined)?.fix : undefined
    const fix = typeof own === 'string' ? own : expected ? `change ${field} to ${expected}.` : `correct ${field}.`
    return [{ path: at, reason: `${field}: ${text}.`.replace(/\.\.$/, '.'), expected, fix }]
  })
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * One YAML parser for frontmatter and data files: gray-matter (part of the stack) with the `yaml`
 * package as its engine instead of its bundled js-yaml, so both read dates the same way (YAML 1.2:
 * 2026-11-21 stays text, which the isoDate schema accepts) and a syntax error has a line and column.
 */
const MATTER_OPTIONS = { engines: { yaml: (text: string) => (parseYaml(text, { prettyErrors: true }) ?? {}) as object } }

export interface ArticleMeta extends ArticleFrontmatter {
  slug: string
  file: string
  /** Place in reading order, 1-based, and the number of articles: "Article 2 of 7". */
  position: number
  of: number
}

export interface LoadOptions {
  /** Collects problems instead of throwing. */
  log?: ProblemLog
  /** Settings to check against; null when the settings file itself failed (its limits are then not checked). */
  settings?: Settings | null
}

function withLog<T>(options: LoadOptions, run: (log: ProblemLog) => T): T {
  const log = options.log ?? new ProblemLog()
  const result = run(log)
  if (!options.log) log.throwIfAny()
  return result
}

/**
 * The line and column of `needle` inside the field at `keys` of a YAML text (a word in a folded
 * definition, say); the field's own place when the needle is not found on its lines.
 */
export function placeOf(text: string, keys: (string | number)[], needle: string): { line: number; column: number } | undefined {
  const field = locate(text, keys)
  if (!field) return undefined
  const lines = text.split('\n')
  const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const word = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u')
  for (let i = field.line - 1; i < lines.length; i++) {
    // The field ends at the next key of the same entry or the next entry.
    if (i > field.line - 1 && /^\s*(?:- )?[A-Za-z]+:/.test(lines[i]!)) break
    const hit = word.exec(lines[i]!)
    if (hit) return { line: i + 1, column: hit.index + 1 }
  }
  return field
}

/** Reads a JSON or YAML data file; a syntax error is one problem at its line. */
function readDataFile(file: string, log: ProblemLog): { data: unknown; text: string } | null {
  const shown = shownPath(file)
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    log.add(shown, 'The file is missing.', { expected: `a file at ${shown}`, fix: 'restore the file (see content/README.md).' })
    return null
  }
  try {
    return { data: file.endsWith('.json') ? JSON.parse(text) : parseYamlStrict(text), text }
  } catch (error) {
    const err = error as Error & { linePos?: { line: number; col: number }[] }
    const position = err.linePos?.[0] ?? jsonPosition(err.message, text)
    // yaml's first line ends with "at line 7, column 15:" (a code frame follows); the place is given already.
    log.add(shown, `The file cannot be read: ${err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '.')}`, {
      line: position?.line,
      column: position?.col,
      expected: file.endsWith('.json') ? 'valid JSON' : 'valid YAML',
      fix: 'fix the syntax at this line or the end of the line before (a missing comma, quote, bracket or indent); nothing else in this file is checked until it reads.',
      ruleId: 'syntax',
    })
    return null
  }
}

function parseYamlStrict(text: string): unknown {
  return parseYaml(text, { prettyErrors: true })
}

/** Node's JSON errors give a character position ("at position 120"); turn it into a line. */
function jsonPosition(message: string, text: string): { line: number; col: number } | undefined {
  const lc = /line (\d+) column (\d+)/.exec(message)
  if (lc) return { line: Number(lc[1]), col: Number(lc[2]) }
  const at = /position (\d+)/.exec(message)
  if (!at) return undefined
  const before = text.slice(0, Number(at[1]))
  return { line: before.split('\n').length, col: before.length - before.lastIndexOf('\n') }
}

/** content/settings.yaml, validated; null (with the problems logged) when it is not valid. */
export function loadSettings(file = SETTINGS_FILE, options: LoadOptions = {}): Settings | null {
  return withLog(options, (log) => {
    const read = readDataFile(file, log)
    if (!read) return null
    const parsed = settingsSchema.safeParse(read.data)
    if (parsed.success) return parsed.data
    for (const p of issueProblems(parsed.error.issues, Object.keys(settingsSchema.shape))) {
      const at = locate(read.text, p.path)
      log.add(shownPath(file), p.reason, {
        ...at,
        expected: p.expected,
        fix: `${p.fix} Every field is described in content/README.md ("Settings").`,
        ruleId: 'settings',
      })
    }
    return null
  })
}

export function loadArticles(dir = articlesDir(), options: LoadOptions = {}): ArticleMeta[] {
  return withLog(options, (log) => {
    const settings = options.settings === undefined ? getSettings() : options.settings
    const articles: Omit<ArticleMeta, 'position' | 'of'>[] = []
    const slugs = new Map<string, string>()
    const orders = new Map<number, { shown: string; place?: { line: number; column: number } }[]>()
    const keys = Object.keys(articleFrontmatterSchema.shape)
    for (const file of listArticleFiles(dir)) {
      const shown = shownPath(file)
      const slug = path.basename(file, '.mdx')
      const before = log.count(shown)
      if (!SLUG.test(slug)) {
        log.add(shown, `file name: "${slug}" is not a valid URL.`, {
          line: 1,
          expected: 'lower-case words joined by hyphens (the file name is the URL)',
          fix: `rename the file to ${slug
            .toLowerCase()
            .replace(/[^a-z0-9]+/g, '-')
            .replace(/^-|-$/g, '')}.mdx.`,
        })
      }
      const lower = slug.toLowerCase()
      if (slugs.has(lower))
        log.add(shown, `slug: duplicate slug '${slug}' (also ${slugs.get(lower)}).`, {
          line: 1,
          expected: 'one file per URL',
          fix: 'rename or remove one of the files.',
        })
      slugs.set(lower, shown)
      const source = readFileSync(file, 'utf8')
      let fm: matter.GrayMatterFile<string>
      try {
        // Options bypass gray-matter's cache, whose copies lose `fm.matter`, the text the problems
        // below are located in: a second read of the same file would point at line 1.
        fm = matter(source, MATTER_OPTIONS)
      } catch (error) {
        // The yaml package gives the place in the text gray-matter hands it, which starts with the
        // newline after the opening ---: its line numbers are the file's.
        const place = (error as { linePos?: { line: number; col: number }[] }).linePos?.[0]
        const reason = (error as Error).message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')
        log.add(shown, `frontmatter: cannot be read as YAML: ${reason}`, {
          line: place ? place.line : 1,
          column: place ? place.col : 1,
          expected: 'YAML fields between two --- lines',
          fix: 'fix the syntax at this line or the line before it (a missing colon, quote, bracket or indent).',
          ruleId: 'frontmatter',
        })
        continue
      }
      if (!fm.data || Object.keys(fm.data).length === 0) {
        log.add(shown, 'frontmatter: missing.', {
          line: 1,
          expected: 'a --- block at the top holding title, navTitle, description, order and the review fields',
          fix: 'copy the frontmatter block from content/README.md ("Article frontmatter") and fill it in.',
          ruleId: 'frontmatter',
        })
        continue
      }
      const at = (keysPath: (string | number)[]) => locate(fm.matter, keysPath)
      // The reading order is checked even when another field is wrong: it is a separate mistake.
      const order = (fm.data as { order?: unknown }).order
      if (Number.isInteger(order)) orders.set(order as number, [...(orders.get(order as number) ?? []), { shown, place: at(['order']) }])
      const parsed = articleFrontmatterSchema.safeParse(fm.data)
      if (!parsed.success) {
        for (const p of issueProblems(parsed.error.issues, keys))
          log.add(shown, p.reason, { ...(at(p.path) ?? { line: 1 }), expected: p.expected, fix: p.fix, ruleId: 'frontmatter' })
        continue
      }
      const data = parsed.data
      if (settings) {
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
      if (log.count(shown) === before) articles.push({ ...data, slug, file })
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
        const index = articles.findIndex((a) => shownPath(a.file) === f.shown)
        if (index >= 0) articles.splice(index, 1)
      }
    }
    articles.sort((a, b) => a.order - b.order)
    return articles.map((a, i) => ({ ...a, position: i + 1, of: articles.length }))
  })
}

export interface ReferencesRead {
  refs: Map<string, Reference>
  /** Every id the file defines, valid entries or not (so a bad entry does not make its citations unknown); null when the file cannot be read. */
  ids: Set<string> | null
  text: string
}

/** The bibliography with every problem logged; used by the content check. */
export function readReferences(file: string, log: ProblemLog): ReferencesRead {
  const shown = shownPath(file)
  const read = readDataFile(file, log)
  const refs = new Map<string, Reference>()
  if (!read) return { refs, ids: null, text: '' }
  if (!Array.isArray(read.data)) {
    log.add(shown, 'The file is not a list of references.', {
      line: 1,
      expected: 'a CSL-JSON array: [ { "id": ... }, ... ]',
      fix: 'wrap the entries in [ and ].',
    })
    return { refs, ids: null, text: read.text }
  }
  const ids = new Set<string>()
  read.data.forEach((entry: unknown, index: number) => {
    const rawId = entry && typeof entry === 'object' && 'id' in entry && typeof entry.id === 'string' ? entry.id : null
    const name = rawId ? `entry "${rawId}"` : `entry #${index + 1}`
    if (rawId && ids.has(rawId)) {
      log.add(shown, `${name}: duplicate id.`, {
        ...locate(read.text, [index, 'id']),
        expected: 'a different id for every reference',
        fix: 'merge the two entries or give one a new id.',
      })
      return
    }
    if (rawId) ids.add(rawId)
    const parsed = referenceSchema.safeParse(entry)
    if (!parsed.success) {
      for (const p of issueProblems(parsed.error.issues, Object.keys(referenceSchema.shape))) {
        log.add(shown, `${name}: ${p.reason}`, {
          ...(locate(read.text, [index, ...p.path]) ?? locate(read.text, [index])),
          expected: p.expected,
          fix: p.fix,
          ruleId: 'reference',
        })
      }
      return
    }
    refs.set(parsed.data.id, parsed.data)
  })
  return { refs, ids, text: read.text }
}

export function loadReferences(file = REFERENCES_FILE, options: LoadOptions = {}): Map<string, Reference> {
  return withLog(options, (log) => readReferences(file, log).refs)
}

/** Folds case, accents, spaces and hyphens, so "Off label" and "off-label" are one label. */
export function normalizeLabel(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s\-‐–_.]+/g, ' ')
    .trim()
}

export interface GlossaryRead {
  entries: GlossaryEntry[]
  /** Every term id the file defines, valid or not; null when the file cannot be read. */
  ids: Set<string> | null
  /** Each valid term's position in the file's list, for locating its fields. */
  index: Map<string, number>
  text: string
}

/** The glossary with every problem logged; `referenceIds` null skips the source check (the bibliography failed). */
export function readGlossary(file: string, log: ProblemLog, referenceIds?: Set<string> | null, settings?: Settings | null): GlossaryRead {
  const shown = shownPath(file)
  const read = readDataFile(file, log)
  if (!read) return { entries: [], ids: null, index: new Map(), text: '' }
  if (!Array.isArray(read.data)) {
    log.add(shown, 'The file is not a list of terms.', {
      line: 1,
      expected: 'a YAML list: each term starts with "- id: ..."',
      fix: 'start each term with "- id:".',
    })
    return { entries: [], ids: null, index: new Map(), text: read.text }
  }
  const at = (keys: (string | number)[]) => locate(read.text, keys)
  const ids = new Map<string, number>()
  const labels = new Map<string, { id: string; label: string }>()
  const entries: { entry: GlossaryEntry; index: number }[] = []
  read.data.forEach((raw: unknown, index: number) => {
    const rawId = raw && typeof raw === 'object' && 'id' in raw && typeof raw.id === 'string' ? raw.id : null
    const name = rawId ? `term "${rawId}"` : `term #${index + 1}`
    if (rawId && ids.has(rawId)) {
      log.add(shown, `${name}: duplicate id (also term #${ids.get(rawId)}).`, {
        ...at([index, 'id']),
        expected: 'a different id for every term',
        fix: 'merge the two terms or give one a new id.',
        ruleId: 'glossary',
      })
      return
    }
    if (rawId) ids.set(rawId, index + 1)
    const parsed = glossaryEntrySchema.safeParse(raw)
    if (!parsed.success) {
      for (const p of issueProblems(parsed.error.issues, Object.keys(glossaryEntrySchema.shape))) {
        log.add(shown, `${name}: ${p.reason}`, { ...(at([index, ...p.path]) ?? at([index])), expected: p.expected, fix: p.fix, ruleId: 'glossary' })
      }
      return
    }
    const entry = parsed.data
    if (settings) {
      const sentences = (entry.definition.match(/[.!?](\s|$)/g) ?? []).length
      const max = settings.glossary.maxDefinitionSentences
      if (sentences > max) {
        log.add(shown, `${name}: definition has ${sentences} sentences.`, {
          ...at([index, 'definition']),
          expected: `at most ${max} (glossary.maxDefinitionSentences in content/settings.yaml)`,
          fix: 'keep the definition short and move detail to "note".',
          ruleId: 'glossary',
        })
      }
    }
    const fields = [
      ['term', [entry.term]],
      ['aliases', entry.aliases],
      ['misspellings', entry.misspellings],
    ] as const
    for (const [field, list] of fields) {
      list.forEach((label, i) => {
        const key = normalizeLabel(label)
        const owner = labels.get(key)
        // Located only when there is a problem: parsing positions costs a full read of the file.
        const where = () => (field === 'term' ? at([index, 'term']) : at([index, field, i]))
        if (owner && owner.id !== entry.id) {
          log.add(
            shown,
            `${name}: ${{ term: 'term', aliases: 'alias', misspellings: 'misspelling' }[field]} "${label}" is already used by term "${owner.id}".`,
            {
              ...where(),
              expected: 'each name, alias and misspelling on one term only (search sends it there)',
              fix: `keep "${label}" on the term it belongs to and remove it here.`,
              ruleId: 'glossary',
            },
          )
        } else if (owner) {
          log.add(shown, `${name}: "${label}" repeats "${owner.label}".`, {
            ...where(),
            expected: 'each name once per term',
            fix: `remove "${label}" from ${field}${field === 'misspellings' && entry.aliases.includes(owner.label) ? ' (or from aliases, if it is a misspelling: misspellings are never shown to readers)' : ''}.`,
            ruleId: 'glossary',
          })
        } else labels.set(key, { id: entry.id, label })
      })
    }
    entries.push({ entry, index })
  })
  for (const { entry, index } of entries) {
    entry.related.forEach((rel, i) => {
      if (rel === entry.id) {
        log.add(shown, `term "${entry.id}": related: a term cannot be related to itself.`, {
          ...at([index, 'related', i]),
          expected: 'ids of other terms',
          fix: `remove "${rel}" from related.`,
          ruleId: 'glossary',
        })
      } else if (!ids.has(rel)) {
        log.add(shown, `term "${entry.id}": related: unknown term id "${rel}".`, {
          ...at([index, 'related', i]),
          expected: 'the id of a term in this file',
          fix: `${didYouMean(rel, ids.keys())}Correct the id, or add the term.`,
          ruleId: 'glossary',
        })
      }
    })
    if (referenceIds) {
      entry.sources.forEach((source, i) => {
        if (!referenceIds.has(source)) {
          log.add(shown, `term "${entry.id}": sources: unknown reference id "${source}".`, {
            ...at([index, 'sources', i]),
            expected: 'the id of an entry in content/references.json',
            fix: `${didYouMean(source, referenceIds)}Correct the id, or add the source to content/references.json.`,
            ruleId: 'glossary',
          })
        }
      })
    }
  }
  const sorted = entries.map((e) => e.entry).sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }))
  return { entries: sorted, ids: new Set(ids.keys()), index: new Map(entries.map((e) => [e.entry.id, e.index])), text: read.text }
}

export function loadGlossary(file = glossaryFile(), referenceIds?: Set<string>, options: LoadOptions = {}): GlossaryEntry[] {
  return withLog(options, (log) => readGlossary(file, log, referenceIds, options.settings === undefined ? getSettings() : options.settings).entries)
}

export interface ArticleAnalysis {
  headings: { depth: number; id: string; text: string; pinned: boolean; line: number }[]
  citations: { id: string; n: number; backlinks: string[] }[]
  terms: { id: string; section: string | null }[]
}

type PipelineOptions = NonNullable<Parameters<typeof remarkPlugins>[0]>

/**
 * Runs the article's MDX through the same remark plugins as the build (no JavaScript compile)
 * to learn its headings, citations and glossary terms. Every problem goes to `log`. Returns null
 * when the MDX cannot be parsed at all (one problem at the syntax error; nothing else is checked).
 */
export function collectArticleAnalysis(source: string, file: string, options: PipelineOptions, log: ProblemLog, parsed?: Root): ArticleAnalysis | null {
  // Parse and transform only (the remark stage of MDX); nothing is compiled or evaluated.
  // `parsed`: the tree of parseArticleSource(source), if the caller has it (the plugins change
  // the tree they run on, so they get a copy).
  const processor = articleProcessor({ ...options, collect: true })
  const vfile = new VFile({ path: file, value: source })
  try {
    processor.runSync(parsed ? structuredClone(parsed) : processor.parse(vfile), vfile)
  } catch (error) {
    const message = error as VFileMessage
    log.add(shownPath(file), `The MDX cannot be read: ${message.reason ?? String(error)}`, {
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

/** As collectArticleAnalysis, but throws ContentErrors with every problem (pages, tests). */
export function analyzeArticleSource(source: string, file: string, options: PipelineOptions = {}): ArticleAnalysis {
  const log = new ProblemLog()
  const analysis = collectArticleAnalysis(source, file, options, log)
  log.throwIfAny()
  return analysis!
}

function articleProcessor(options: PipelineOptions = {}) {
  return unified().use(remarkParse).use(remarkMdx).use(remarkPlugins(options))
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
  const analysis = analyzeArticleSource(readFileSync(article.file, 'utf8'), article.file, pipelineData())
  analyses.set(article.file, { mtime, analysis })
  return analysis
}

let settingsCache: Settings | undefined
let referencesCache: Map<string, Reference> | undefined
let glossaryCache: GlossaryEntry[] | undefined

// Memoised for the build (one process renders every page); `next dev` re-reads on restart.
export function getSettings(): Settings {
  return (settingsCache ??= loadSettings()!)
}

/** content/section-ids.lock.json, validated (the content check reports its problems with lines). */
export function loadSectionLock(file = SECTION_LOCK_FILE, options: LoadOptions = {}): SectionLock | null {
  return withLog(options, (log) => {
    const read = readDataFile(file, log)
    if (!read) return null
    const parsed = sectionLockSchema.safeParse(read.data)
    if (parsed.success) return parsed.data
    for (const p of issueProblems(parsed.error.issues, Object.keys(sectionLockSchema.shape))) {
      log.add(shownPath(file), p.reason, {
        ...locate(read.text, p.path),
        expected: p.expected,
        fix: `${p.fix} See content/README.md ("Section-id lock").`,
        ruleId: 'section-lock',
      })
    }
    return null
  })
}

let lockCache: SectionLock | undefined

export function getSectionLock(): SectionLock {
  return (lockCache ??= loadSectionLock()!)
}

/** Where a language's articles live: content/<locale>/articles. */
export function articlesDir(locale: Locale = DEFAULT_LOCALE): string {
  return localeContent(locale, 'articles')
}

/** The glossary file of a language: content/<locale>/glossary.yaml (a translation's holds its words for each English term). */
export function glossaryFile(locale: Locale = DEFAULT_LOCALE): string {
  return localeContent(locale, 'glossary.yaml')
}

const articlesCache = new Map<Locale, ArticleMeta[]>()

/** The articles of a language, in reading order. A translation keeps the English order and slugs. */
export function getArticles(locale: Locale = DEFAULT_LOCALE): ArticleMeta[] {
  let list = articlesCache.get(locale)
  if (!list) {
    list = loadArticles(articlesDir(locale))
    articlesCache.set(locale, list)
  }
  return list
}

export function getArticle(slug: string, locale: Locale = DEFAULT_LOCALE): ArticleMeta | undefined {
  return getArticles(locale).find((a) => a.slug === slug)
}

export function getReferences(): Map<string, Reference> {
  return (referencesCache ??= loadReferences())
}

const translatedGlossaries = new Map<Locale, GlossaryEntry[]>()

/**
 * The glossary of a language. A translation gives each English term its own words (term, aliases,
 * misspellings, definition, note); ids, related terms and sources stay the English entry's.
 * A term the translation lacks fails the build (the content check names it first).
 */
export function getGlossary(locale: Locale = DEFAULT_LOCALE): GlossaryEntry[] {
  const english = (glossaryCache ??= loadGlossary(glossaryFile(DEFAULT_LOCALE), new Set(getReferences().keys())))
  if (locale === DEFAULT_LOCALE) return english
  let list = translatedGlossaries.get(locale)
  if (!list) {
    list = withLog({}, (log) => readGlossaryTranslation(glossaryFile(locale), english, log, locale, new Set(getReferences().keys())).entries)
    translatedGlossaries.set(locale, list)
  }
  return list
}

export interface GlossaryTranslationRead {
  entries: GlossaryEntry[]
  /** English ids with no translated entry. */
  missing: string[]
  /** The valid translated entries as written, with their place in the file's list (for rules that locate a field). */
  translations: { entry: GlossaryTranslation; index: number }[]
  /** The file's text ('' when it cannot be read). */
  text: string
}

/**
 * Reads a translated glossary and merges it over the English one, logging every problem with its
 * line. `referenceIds`: the bibliography's ids, to check the translation's own `sources` (null: the
 * bibliography could not be read, so no id is called unknown).
 */
export function readGlossaryTranslation(
  file: string,
  english: GlossaryEntry[],
  log: ProblemLog,
  locale: Locale,
  referenceIds?: Set<string> | null,
): GlossaryTranslationRead {
  const shown = shownPath(file)
  const read = readDataFile(file, log)
  if (!read) return { entries: [], missing: english.map((e) => e.id), translations: [], text: '' }
  if (!Array.isArray(read.data)) {
    log.add(shown, 'The file is not a list of terms.', {
      line: 1,
      expected: 'a YAML list: each term starts with "- id: ..."',
      fix: 'start each term with "- id:" and the id of the English term.',
    })
    return { entries: [], missing: english.map((e) => e.id), translations: [], text: read.text }
  }
  const byId = new Map(english.map((e) => [e.id, e]))
  const words = new Map<string, GlossaryTranslation>()
  const valid: { entry: GlossaryTranslation; index: number }[] = []
  read.data.forEach((raw: unknown, index: number) => {
    const parsed = glossaryTranslationSchema.safeParse(raw)
    const rawId = raw && typeof raw === 'object' && 'id' in raw && typeof raw.id === 'string' ? raw.id : null
    const name = rawId ? `term "${rawId}"` : `term #${index + 1}`
    if (!parsed.success) {
      for (const p of issueProblems(parsed.error.issues, Object.keys(glossaryTranslationSchema.shape))) {
        log.add(shown, `${name}: ${p.reason}`, {
          ...(locate(read.text, [index, ...p.path]) ?? locate(read.text, [index])),
          expected: p.expected,
          fix: p.fix,
          ruleId: 'glossary',
        })
      }
      return
    }
    const entry = parsed.data
    if (!byId.has(entry.id)) {
      log.add(shown, `${name}: there is no English term with this id.`, {
        ...locate(read.text, [index, 'id']),
        expected: 'the id of a term in content/en/glossary.yaml',
        fix: `${didYouMean(entry.id, [...byId.keys()])}Use the English term's id, or add the term to content/en/glossary.yaml first.`,
        ruleId: 'glossary',
      })
      return
    }
    if (words.has(entry.id)) {
      log.add(shown, `${name}: duplicate id.`, {
        ...locate(read.text, [index, 'id']),
        expected: 'one entry per term',
        fix: 'merge the two entries.',
        ruleId: 'glossary',
      })
      return
    }
    words.set(entry.id, entry)
    valid.push({ entry, index })
    if (referenceIds) {
      entry.sources.forEach((source, i) => {
        if (!referenceIds.has(source)) {
          log.add(shown, `${name}: sources: unknown reference id "${source}".`, {
            ...locate(read.text, [index, 'sources', i]),
            expected: 'the id of an entry in content/references.json',
            fix: `${didYouMean(source, referenceIds)}Correct the id, or add the source to content/references.json.`,
            ruleId: 'glossary',
          })
        }
      })
    }
  })
  const missing = english.filter((e) => !words.has(e.id)).map((e) => e.id)
  for (const id of missing) {
    log.add(shown, `term "${id}" has no translation.`, {
      line: 1,
      expected: `an entry "- id: ${id}" with term and definition`,
      fix: `add it, translated from the English entry in content/en/glossary.yaml.`,
      ruleId: 'glossary',
    })
  }
  const collator = new Intl.Collator(LOCALE_INFO[locale].intl, { sensitivity: 'base' })
  const entries = english
    .filter((e) => words.has(e.id))
    .map((e) => {
      const w = words.get(e.id)!
      // The translation's own sources come after the English ones: one numbered list, no repeats.
      const sources = [...new Set([...e.sources, ...w.sources])]
      return {
        ...e,
        term: w.term,
        aliases: w.aliases,
        misspellings: w.misspellings,
        definition: w.definition,
        note: w.note,
        pronunciation: w.pronunciation,
        sources,
      }
    })
    .sort((a, b) => collator.compare(a.term, b.term))
  return { entries, missing, translations: valid, text: read.text }
}
