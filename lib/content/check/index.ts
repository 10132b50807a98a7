/**
 * The whole content check as a function, so the script and the tests share it: one step per kind
 * of file, each adding to one ProblemLog. Settings, the bibliography (and its source rules: journal
 * ids, non-source URLs, label fields), the source language's glossary, every language's figures,
 * the section-id lock, the source articles (ids, citations, terms, limits of their kind, numbers
 * without a citation, drug-label dates), then every translation (lib/content/check/translations.ts)
 * and every language's term list (one name per idea, words explained at first use).
 *
 * One mistake, one message. Every problem of a run is collected (unified's file.message) and
 * reported at once by lib/content/problems.mjs. A file that failed to read or to validate is not
 * checked again for the consequences of that failure: a bibliography that does not parse makes no
 * citation "unknown", a glossary entry with a bad field still defines its id, an article whose MDX
 * does not parse is left out of the section-lock check, and bad settings switch off only the limits
 * they hold. A content mistake never stops the check: it is a problem in the report.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import type { VFileMessage } from 'vfile-message'
import { LOCALES, TRANSLATED_LOCALES } from '../../i18n/locales'
import { contentPath } from '../files.mjs'
import { formatProblem } from '../problems.mjs'
import { ProblemLog } from '../problem-log'
import { readReferences } from '../references'
import { measure } from '../readability'
import { checkSectionLock, readSectionLock } from '../section-lock'
import { loadSettings } from '../settings'
import { checkSourceArticles, type ArticleReport } from './articles'
import { localeFile, sourceFile, type CheckContext } from './context'
import { checkFirstUseExplanations } from './explain-first-use'
import { checkFigures } from './figures'
import { checkGlossary } from './glossary'
import { checkReferenceEntries } from './references'
import { checkTermList } from './term-lists'
import { checkTranslation, type TranslationReport } from './translations'

export type { ArticleReport } from './articles'
export type { TranslationReport } from './translations'

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
  /** Translated articles (content/<locale>/, every language but the source): reading level and stale sections. */
  translations: TranslationReport[]
  /** Terms in each translated glossary, by language. */
  translatedGlossaryTerms: Partial<Record<string, number>>
}

export interface CheckOptions {
  /** Another settings file than the folder's own (a test checks a fixture against the real limits). */
  settingsFile?: string
  /**
   * The folder of the interface strings (`<locale>.ts`) the term lists also read, or null for none.
   * Default: each language's own `<dir>/<locale>/strings.ts`, where there is one.
   */
  stringsDir?: string | null
}

export function checkContent(dir = contentPath(), options: CheckOptions = {}): ContentReport {
  const log = new ProblemLog()
  const settingsFile = options.settingsFile ?? path.join(dir, 'settings.yaml')
  const settings = loadSettings(settingsFile, { log })

  const references = readReferences(path.join(dir, 'references.json'), log)
  if (settings) log.addAll(path.join(dir, 'references.json'), checkReferenceEntries(references, settings.references))

  const glossary = checkGlossary(sourceFile(dir, 'glossary.yaml'), references.ids, settings, log)
  const figures = checkFigures(dir, references.ids, log)
  const lockFile = path.join(dir, 'section-ids.lock.json')
  const lock = readSectionLock(lockFile, log)
  const ctx: CheckContext = {
    dir,
    log,
    settingsFile,
    settings,
    references,
    glossary,
    figures: figures.names,
    figureSources: figures.sources,
    redirects: lock?.lock.redirects ?? null,
  }

  const source = checkSourceArticles(ctx)
  if (lock) {
    const found = Object.fromEntries([...source.headings].map(([slug, headings]) => [slug, [...new Set(headings.map((h) => h.id))]]))
    for (const p of checkSectionLock(lock.lock, found)) {
      if (p.headingId) {
        const line = source.headings.get(p.slug)?.find((h) => h.id === p.headingId)?.line
        log.add(sourceFile(dir, 'articles', `${p.slug}.mdx`), p.reason, { line, expected: p.expected, fix: p.fix, ruleId: 'section-lock' })
      } else {
        log.add(lockFile, p.reason, { ...lock.file.at(p.lockPath ?? []), expected: p.expected, fix: p.fix, ruleId: 'section-lock' })
      }
    }
  }

  const translations: TranslationReport[] = []
  const translatedGlossaryTerms: Partial<Record<string, number>> = {}
  for (const locale of TRANSLATED_LOCALES) {
    const result = checkTranslation(ctx, locale, { articles: [...source.metas.values()], headings: source.headings })
    translations.push(...result.articles)
    if (existsSync(localeFile(dir, locale))) translatedGlossaryTerms[locale] = result.glossaryTerms
  }

  // One name per idea: each language's term list, over the files its readers see.
  for (const locale of LOCALES) {
    if (!existsSync(localeFile(dir, locale))) continue
    const files = {
      list: localeFile(dir, locale, 'terms.yaml'),
      articles: localeFile(dir, locale, 'articles'),
      glossary: localeFile(dir, locale, 'glossary.yaml'),
      figures: localeFile(dir, locale, 'figures'),
      locale,
      // Every word of the interface: content/<locale>/strings.ts (or the test's own folder of them).
      strings:
        options.stringsDir === undefined
          ? localeFile(dir, locale, 'strings.ts')
          : options.stringsDir
            ? path.join(options.stringsDir, `${locale}.ts`)
            : undefined,
    }
    const list = checkTermList(files, log)
    // Medical words explained where they first appear: the same list's `explain` entries.
    if (list) checkFirstUseExplanations({ ...files, ids: glossary.ids }, list.explain, log)
  }

  // Counted at the end: the term lists report in every language's articles too.
  for (const a of source.reports) a.problems = log.count(sourceFile(dir, 'articles', `${a.slug}.mdx`))
  for (const t of translations) t.problems = log.count(localeFile(dir, t.locale, 'articles', `${t.slug}.mdx`))
  source.reports.sort((a, b) => (byOrder(source, a.slug) ?? 0) - (byOrder(source, b.slug) ?? 0))
  const messages = log.messages
  return {
    articles: source.reports,
    glossaryTerms: glossary.entries.length,
    glossaryGrade: glossary.entries.length ? measure(glossary.entries.map((g) => g.definition).join('\n\n')).grade : 0,
    references: references.refs.size,
    citedReferences: source.cited.size,
    messages,
    problems: messages.map(formatProblem),
    translations,
    translatedGlossaryTerms,
  }
}

const byOrder = (source: { metas: Map<string, { slug: string; order: number }> }, slug: string) => [...source.metas.values()].find((m) => m.slug === slug)?.order
