/**
 * The whole content check as a function, so the script and the tests share it: settings,
 * schemas, ids, citations, glossary terms, figures, section-id lock, word counts and reading
 * level (limits from content/settings.yaml), the source rules (journal ids, non-source URLs,
 * drug-label dates, numbers without a citation), the translations (lib/translation-check.ts) and
 * the term lists, one name per idea in each language (lib/term-lists.ts).
 *
 * One mistake, one message. Every problem of a run is collected (ProblemLog, unified's
 * file.message) and reported at once by lib/problems.mjs. A file that failed to read or to
 * validate is not checked again for the consequences of that failure: a bibliography that does
 * not parse makes no citation "unknown", a glossary entry with a bad field still defines its id,
 * an article whose MDX does not parse is left out of the section-lock check, and bad settings
 * switch off only the limits they hold.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parse as parseYaml } from 'yaml'
import type { Root } from 'mdast'
import type { VFileMessage } from 'vfile-message'
import { contentPath, listArticleFiles, listFigureNames } from './content-files.mjs'
import {
  ProblemLog,
  collectArticleAnalysis,
  loadArticles,
  loadSectionLock,
  loadSettings,
  parseArticleSource,
  readGlossary,
  readReferences,
  type ArticleAnalysis,
  type ArticleMeta,
  type Finding,
  issueProblems,
} from './content'
import { checkLabelAges, checkReferenceEntries } from './reference-rules'
import { citationUnits, citedPercent, firstCiteLines, uncitedNumbers } from './citation-coverage'
import { measure } from './readability'
import { checkSectionLock } from './section-lock'
import type { ArticleLimits, Settings } from './schemas'
import { figureSchemas, uncitedNumbers as figureUncitedNumbers } from './figures'
import { sourcesInOrder } from './mdx/figure-sources.mjs'
import { didYouMean, formatProblem, locate, shownPath } from './problems.mjs'
import { misspeltAliases } from './glossary-rules'
import { checkTranslations, type TranslationReport } from './translation-check'
import { checkTermList } from './term-lists'
import { checkFirstUseExplanations } from './explain-first-use'
import { DEFAULT_LOCALE, LOCALES } from './i18n/locales'

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

export interface ContentReport {
  articles: ArticleReport[]
  glossaryTerms: number
  glossaryGrade: number
  references: number
  citedReferences: number
  /** Every problem, as unified messages (file, line, column, reason, expected, note = the fix). */
  messages: VFileMessage[]
  /** The same problems as the reporter prints them, one string each. */
  problems: string[]
  /** Translated articles (content/es): reading ease and stale sections. */
  translations: TranslationReport[]
  translatedGlossaryTerms: number
}

/** An article's limits: its kind's from the settings, then its own `limits:` override. */
function articleLimits(article: Pick<ArticleMeta, 'kind' | 'limits'>, settings: Settings): ArticleLimits | null {
  const base = settings.articles.kinds[article.kind]
  if (!base) return null
  const own = article.limits
  return {
    words: { min: own?.words?.min ?? base.words.min, max: own?.words?.max ?? base.words.max },
    minReferences: own?.minReferences ?? base.minReferences,
    maxGrade: own?.maxGrade ?? base.maxGrade,
    ...((own?.mainWords ?? base.mainWords) ? { mainWords: own?.mainWords ?? base.mainWords } : {}),
  }
}

const addAll = (log: ProblemLog, file: string, findings: Finding[]) => {
  for (const { reason, ...place } of findings) log.add(file, reason, place)
}

export interface CheckOptions {
  /** Another settings file than the folder's own (a test checks a fixture against the real limits). */
  settingsFile?: string
  /**
   * The folder of the interface strings (`<locale>.ts`) the term lists also read. Default: lib/i18n
   * for the site's own content folder; none for another folder (a fixture, a copy).
   */
  stringsDir?: string | null
}

export function checkContent(dir = contentPath(), options: CheckOptions = {}): ContentReport {
  const log = new ProblemLog()
  const file = (name: string) => path.join(dir, name)
  // The source language's own files: content/<default locale>/..., as every language's.
  const own = (name: string) => path.join(dir, DEFAULT_LOCALE, name)

  const settings = loadSettings(options.settingsFile ?? file('settings.yaml'), { log })

  const bibliography = readReferences(file('references.json'), log)
  if (settings && bibliography.text) {
    addAll(log, shownPath(file('references.json')), checkReferenceEntries(bibliography.refs.values(), bibliography.text, settings.references))
  }

  const glossaryFile = own('glossary.yaml')
  const glossary = readGlossary(glossaryFile, log, bibliography.ids, settings)
  checkGlossaryRules(glossary, glossaryFile, log, settings)

  const figuresDir = own('figures')
  const figureNames = listFigureNames(figuresDir)
  const figureSources = Object.fromEntries(figureNames.map((name) => [name, checkFigure(path.join(figuresDir, `${name}.yaml`), name, bibliography.ids, log)]))

  const lockFile = file('section-ids.lock.json')
  const lock = readLock(lockFile, log)

  const metas = new Map(loadArticles(own('articles'), { log, settings }).map((a) => [a.file, a]))
  const articles: ArticleReport[] = []
  const cited = new Set<string>()
  const found: Record<string, string[]> = {}
  const headingLines = new Map<string, Map<string, number>>()
  const headingsBySlug = new Map<string, ArticleAnalysis['headings']>()
  for (const articleFile of listArticleFiles(own('articles'))) {
    const shown = shownPath(articleFile)
    const slug = path.basename(articleFile, '.mdx')
    const source = readFileSync(articleFile, 'utf8')
    const before = log.count(shown)
    // Parsed once: the analysis runs on a copy, the number rules and the word count read it as written.
    const tree = parseOrLog(source, articleFile, log)
    if (!tree) {
      const meta = metas.get(articleFile)
      if (meta) articles.push(emptyReport(meta))
      continue
    }
    const analysis = collectArticleAnalysis(
      source,
      articleFile,
      {
        // The ids this content folder defines (not the site's), so fixture folders check alone;
        // null when that file could not be read (its own problem says so; no id is "unknown").
        references: bibliography.ids ? [...bibliography.ids] : null,
        terms: glossary.ids ? [...glossary.ids] : null,
        figures: figureNames,
        figureSources,
        figureSourcesChecked: true,
        redirects: lock?.lock.redirects ?? null,
        keyPoints: settings ? settings.articles.keyPoints : null,
      },
      log,
      tree,
    )
    const meta = metas.get(articleFile)
    const analysisProblems = log.count(shown) - before
    if (!analysis) {
      // The MDX did not parse: one problem; nothing that depends on its content is checked.
      if (meta) articles.push(emptyReport(meta))
      continue
    }
    analysis.citations.forEach((c) => cited.add(c.id))
    found[slug] = [...new Set(analysis.headings.map((h) => h.id))]
    headingLines.set(slug, new Map(analysis.headings.map((h) => [h.id, h.line])))
    headingsBySlug.set(slug, analysis.headings)
    const units = citationUnits(tree)
    addAll(log, shown, uncitedNumbers(units))
    if (!meta) continue // frontmatter problems are reported; limits need a valid frontmatter
    const report = articleReport(meta, analysis, tree, units)
    const limits = settings ? articleLimits(meta, settings) : null
    report.limits = limits
    if (limits) {
      // One message for every limit the article misses: one wrong `kind` is one mistake.
      const missed = limitFailures(report, limits, analysisProblems > 0)
      if (missed.length) {
        const kind = `a${/^[aeiou]/.test(meta.kind) ? 'n' : ''} ${meta.kind}`
        const where = meta.limits
          ? `the ${meta.kind} kind in content/settings.yaml, with this article's limits:`
          : `articles.kinds.${meta.kind} in content/settings.yaml`
        const short = report.words < limits.words.min
        log.add(
          shown,
          missed.length === 1
            ? missed[0]!.found
            : `The article is outside the limits for ${kind}: ${missed.map((m) => m.found.replace(/\.$/, '').replace(/^The (article|body text) /, '')).join('; ')}.`,
          {
            ...(locate(matterText(source), ['kind']) ?? { line: 1, column: 1 }),
            expected: `${missed.map((m) => m.expected).join('; ')} for ${kind} (${where})`,
            fix: [
              ...missed.map((m) => m.fix),
              short && meta.kind !== 'brief' && settings?.articles.kinds.brief ? 'if it is a short overview, set kind: brief in the frontmatter' : null,
              'a limit can be changed for this article alone with limits: { ..., reason: "..." } in its frontmatter',
            ]
              .filter(Boolean)
              .join('; ')
              .concat('.'),
            ruleId: 'limits',
          },
        )
      }
    }
    if (settings && bibliography.ids) {
      addAll(
        log,
        shown,
        checkLabelAges(
          meta.lastReviewed,
          analysis.citations.map((c) => c.id),
          bibliography.refs,
          firstCiteLines(tree),
          settings.references,
        ),
      )
    }
    articles.push(report)
  }

  if (lock) {
    const lockShown = shownPath(lockFile)
    for (const p of checkSectionLock(lock.lock, found)) {
      const articleShown = shownPath(own(path.join('articles', `${p.slug}.mdx`)))
      if (p.headingId) {
        log.add(articleShown, p.reason, { line: headingLines.get(p.slug)?.get(p.headingId), expected: p.expected, fix: p.fix, ruleId: 'section-lock' })
      } else {
        log.add(lockShown, p.reason, { ...locate(lock.text, p.lockPath ?? []), expected: p.expected, fix: p.fix, ruleId: 'section-lock' })
      }
    }
  }

  const translations = checkTranslations(
    dir,
    {
      articles: [...metas.values()],
      headings: headingsBySlug,
      glossary: glossary.entries,
      references: bibliography.ids ? [...bibliography.ids] : null,
      terms: glossary.ids ? [...glossary.ids] : null,
      figures: figureNames,
      figureSources,
      redirects: lock?.lock.redirects ?? null,
      settings,
    },
    log,
  )

  // Translated figures: the same names and schema, checked the same way.
  const esFigures = path.join(dir, 'es', 'figures')
  if (existsSync(path.join(dir, 'es'))) {
    for (const name of figureNames) {
      const figure = path.join(esFigures, `${name}.yaml`)
      if (existsSync(figure)) checkFigure(figure, name, bibliography.ids, log)
      else
        log.add(shownPath(figure), `The Spanish version of ${shownPath(path.join(figuresDir, `${name}.yaml`))} is missing.`, {
          line: 1,
          expected: 'a translated figure file with the same name',
          fix: 'copy the English file and translate the words (keys, ids, numbers and sources stay).',
          ruleId: 'translation',
        })
    }
  }

  // One name per idea: each language's term list, over the files its readers see.
  const stringsDir =
    options.stringsDir !== undefined ? options.stringsDir : path.resolve(dir) === path.resolve(contentPath()) ? path.join(process.cwd(), 'lib', 'i18n') : null
  for (const locale of LOCALES) {
    const base = path.join(dir, locale)
    if (!existsSync(base)) continue
    const files = {
      list: path.join(base, 'terms.yaml'),
      articles: path.join(base, 'articles'),
      glossary: path.join(base, 'glossary.yaml'),
      figures: path.join(base, 'figures'),
      strings: stringsDir ? path.join(stringsDir, `${locale}.ts`) : undefined,
    }
    const list = checkTermList(files, log)
    // Medical words explained where they first appear: the same list's `explain` entries.
    if (list) checkFirstUseExplanations(files, list.explain, log)
  }

  const messages = log.messages
  const articleCount = (slug: string) => messages.filter((m) => shownPath(m.file) === shownPath(own(path.join('articles', `${slug}.mdx`)))).length
  for (const a of articles) a.problems = articleCount(a.slug)
  // Counted again at the end: the term lists report in translated articles too.
  for (const t of translations.articles) t.problems = log.count(path.join(dir, t.locale, 'articles', `${t.slug}.mdx`))
  const order = new Map([...metas.values()].map((m) => [m.slug, m.order]))
  articles.sort((a, b) => (order.get(a.slug) ?? 0) - (order.get(b.slug) ?? 0))
  const definitions = glossary.entries.map((g) => g.definition).join('\n\n')
  return {
    articles,
    glossaryTerms: glossary.entries.length,
    glossaryGrade: glossary.entries.length ? measure(definitions).grade : 0,
    references: bibliography.refs.size,
    citedReferences: cited.size,
    messages,
    problems: messages.map(formatProblem),
    translations: translations.articles,
    translatedGlossaryTerms: translations.glossaryTerms,
  }
}

/** The limits an article misses, each with what was found, what was expected and the fix. */
function limitFailures(report: ArticleReport, limits: ArticleLimits, citationProblems: boolean) {
  const out: { found: string; expected: string; fix: string }[] = []
  if (report.words < limits.words.min || report.words > limits.words.max) {
    out.push({
      found: `The body text has ${report.words} words.`,
      expected: `${limits.words.min} to ${limits.words.max} words`,
      fix: report.words < limits.words.min ? 'add to the article' : 'cut it, or split it into two articles',
    })
  }
  if (limits.mainWords && report.mainWords > limits.mainWords.max) {
    out.push({
      found: `The main text has ${report.mainWords} words (body text outside <MoreDetail>).`,
      expected: `at most ${limits.mainWords.max} words of main text`,
      fix: 'keep what the reader must know or do; move label, history and trial detail into <MoreDetail title="..."> blocks, or onto the page where it belongs',
    })
  }
  if (report.grade > limits.maxGrade) {
    out.push({
      found: `The body text reads at grade ${report.grade}.`,
      expected: `reading grade ${limits.maxGrade} or below`,
      fix: 'use shorter sentences (about 15 words) and everyday words; explain a medical word once and link it with <Term>',
    })
  }
  // An unknown citation id already has its message; a count short by that id is its consequence.
  if (report.references < limits.minReferences && !citationProblems) {
    out.push({
      found: `The article cites ${report.references} distinct source${report.references === 1 ? '' : 's'}.`,
      expected: `at least ${limits.minReferences} sources`,
      fix: 'cite the source of each fact with <Cite id="..." />',
    })
  }
  return out
}

/** The article's tree as written; a syntax error is its one problem (null: nothing else is checked). */
function parseOrLog(source: string, file: string, log: ProblemLog): Root | null {
  try {
    return parseArticleSource(source)
  } catch {
    // collectArticleAnalysis reports the syntax error with its place and fix.
    collectArticleAnalysis(source, file, { references: null, terms: null, keyPoints: null }, log)
    return null
  }
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

function emptyReport(meta: ArticleMeta): ArticleReport {
  return { slug: meta.slug, kind: meta.kind, words: 0, mainWords: 0, grade: 0, references: 0, terms: 0, citedPercent: 0, limits: null, problems: 0 }
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

/** The frontmatter text, with line 1 the opening "---", for locating a field. */
function matterText(source: string): string {
  const end = source.indexOf('\n---', 3)
  return end > 0 ? source.slice(0, end) : ''
}

function readLock(file: string, log: ProblemLog) {
  const lock = loadSectionLock(file, { log })
  return lock ? { lock, text: readFileSync(file, 'utf8') } : null
}

function checkGlossaryRules(glossary: ReturnType<typeof readGlossary>, file: string, log: ProblemLog, settings: Settings | null) {
  const shown = shownPath(file)
  const raw = (() => {
    try {
      return readFileSync(file, 'utf8')
    } catch {
      return ''
    }
  })()
  let failed = 0
  for (const entry of glossary.entries) {
    const index = glossary.index.get(entry.id) ?? -1
    for (const { alias, index: i, of } of misspeltAliases(entry)) {
      log.add(shown, `term "${entry.id}": alias "${alias}" looks like a misspelling of "${of}".`, {
        ...locate(raw, [index, 'aliases', i]),
        expected: 'aliases that are real other names (shown to readers as "Also called"); misspellings under "misspellings" (search only, never shown)',
        fix: `move "${alias}" from aliases to misspellings${of === entry.term ? '' : ` (or "${of}", if that is the misspelling)`}. If it really is another name, spell it as its source does.`,
        ruleId: 'alias-misspelling',
      })
    }
    if (!settings) continue
    const grade = measure(entry.definition).grade
    if (grade > settings.glossary.maxGrade) {
      failed += 1
      log.add(shown, `term "${entry.id}": the definition reads at grade ${grade}.`, {
        ...locate(raw, [index, 'definition']),
        expected: `grade ${settings.glossary.maxGrade} or below (glossary.maxGrade in content/settings.yaml)`,
        fix: 'use shorter sentences and everyday words; put detail in "note".',
        ruleId: 'grade',
      })
    }
  }
  // All definitions together: reported only when no single definition already failed.
  if (settings && glossary.entries.length && failed === 0) {
    const grade = measure(glossary.entries.map((g) => g.definition).join('\n\n')).grade
    if (grade > settings.glossary.maxGrade) {
      log.add(shown, `The definitions together read at grade ${grade}.`, {
        line: 1,
        expected: `grade ${settings.glossary.maxGrade} or below (glossary.maxGrade in content/settings.yaml)`,
        fix: 'simplify the longest definitions.',
        ruleId: 'grade',
      })
    }
  }
}

/** Checks one figure's data file; returns its sources, in order, for the article pipeline ([] when it does not read). */
function checkFigure(figureFile: string, name: string, referenceIds: Set<string> | null, log: ProblemLog): string[] {
  const shown = shownPath(figureFile)
  let text: string
  let data: unknown
  try {
    text = readFileSync(figureFile, 'utf8')
    data = parseYaml(text)
  } catch (error) {
    const pos = (error as { linePos?: { line: number; col: number }[] }).linePos?.[0]
    log.add(shown, `The file cannot be read: ${(error as Error).message.split('\n')[0]}`, {
      line: pos?.line,
      column: pos?.col,
      expected: 'valid YAML',
      fix: 'fix the syntax at this line.',
      ruleId: 'syntax',
    })
    return []
  }
  const sources = sourcesInOrder(data)
  const names = Object.keys(figureSchemas)
  if (!(name in figureSchemas)) {
    log.add(shown, `No drawing for a figure named "${name}".`, {
      line: 1,
      expected: `one of ${names.join(', ')}`,
      fix: `${didYouMean(name, names)}Rename the file; a new kind of figure needs a drawing in components/ (a developer's job).`,
      ruleId: 'figure',
    })
    return sources
  }
  // reportInput: a value of the wrong type is then told apart from a missing one.
  const parsed = figureSchemas[name as keyof typeof figureSchemas].safeParse(data, { reportInput: true })
  if (!parsed.success) {
    for (const p of issueProblems(parsed.error.issues))
      log.add(shown, p.reason, { ...locate(text, p.path), expected: p.expected, fix: p.fix, ruleId: 'figure' })
    return sources
  }
  if (referenceIds) {
    const ids = sourcesInOrder(parsed.data)
    for (const id of ids.filter((i) => !referenceIds.has(i))) {
      const line = text.split('\n').findIndex((l) => new RegExp(`\\b${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(l) && /sources/.test(l))
      log.add(shown, `sources: unknown reference id "${id}".`, {
        line: line >= 0 ? line + 1 : undefined,
        expected: 'the id of an entry in content/references.json',
        fix: `${didYouMean(id, referenceIds)}Correct the id, or add the source to content/references.json.`,
        ruleId: 'unknown-citation',
      })
    }
  }
  for (const where of figureUncitedNumbers(parsed.data)) {
    const [pathText, reason] = where.split(': ')
    const keys = (pathText ?? '').match(/\[(\d+)\]|\.([A-Za-z]+)/g)?.map((k) => (k.startsWith('[') ? Number(k.slice(1, -1)) : k.slice(1))) ?? []
    log.add(shown, `${(pathText ?? '').replace(/^\./, '')}: ${reason}.`, {
      ...locate(text, keys),
      expected: 'a source for every number',
      fix: 'list the bibliography ids under "sources".',
      ruleId: 'uncited-number',
    })
  }
  return sources
}
