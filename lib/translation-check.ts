/**
 * The content check's part for translations (content/<locale>/): each translated article exists,
 * reads through the same pipeline (known Cite and Term ids), has exactly the English section ids,
 * and scores at least MIN_FERNANDEZ_HUERTA; the translated glossary covers every English term.
 * Sections whose English changed since the translation was written are listed (not failed: the
 * page shows a note until a translator catches up and runs `npm run translations:stamp`).
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import {
  collectArticleAnalysis,
  loadArticles,
  placeOf,
  readGlossaryTranslation,
  type ArticleAnalysis,
  type ArticleMeta,
  type GlossaryTranslationRead,
  type ProblemLog,
} from './content'
import { translationOnlyFacts } from './glossary-rules'
import { DEFAULT_LOCALE, type Locale } from './i18n/locales'
import { locate, shownPath } from './problems.mjs'
import { calloutsOf } from './mdx/headings.mjs'
import { measure } from './readability'
import type { GlossaryEntry, Settings } from './schemas'
import { staleSections, type StaleSection } from './translations'

/** The reading ease every Spanish article must reach (about grade 7). */
export const MIN_FERNANDEZ_HUERTA = 70

export interface TranslationReport {
  slug: string
  locale: 'es'
  words: number
  fernandezHuerta: number
  stale: StaleSection[]
  problems: number
}

export function checkTranslations(
  dir: string,
  english: {
    articles: ArticleMeta[]
    /** Each English article's headings, from the English pass (absent when it did not parse). */
    headings: Map<string, ArticleAnalysis['headings']>
    glossary: GlossaryEntry[]
    references: string[] | null
    terms: string[] | null
    figures: string[]
    /** The English figures' sources (the content check reports them once, in their own files). */
    figureSources: Record<string, string[]>
    /** The section-id lock's redirects (null: the lock does not read). */
    redirects: Record<string, Record<string, string>> | null
    settings: Settings | null
  },
  log: ProblemLog,
): { articles: TranslationReport[]; glossaryTerms: number } {
  const locale = 'es' as const
  const base = path.join(dir, locale)
  if (!existsSync(base)) return { articles: [], glossaryTerms: 0 }
  const translated = new Map(loadArticles(path.join(base, 'articles'), { log, settings: english.settings }).map((a) => [a.slug, a]))
  const reports: TranslationReport[] = []
  for (const en of english.articles) {
    const es = translated.get(en.slug)
    const file = path.join(base, 'articles', `${en.slug}.mdx`)
    if (!es) {
      if (!existsSync(file))
        log.add(shownPath(file), `The Spanish version of ${shownPath(en.file)} is missing.`, {
          line: 1,
          expected: 'a translated file with the same name',
          fix: 'write it from the English file; see content/README.md ("Translations").',
          ruleId: 'translation',
        })
      continue
    }
    const before = log.count(shownPath(file))
    const source = readFileSync(file, 'utf8')
    const analysis = collectArticleAnalysis(
      source,
      file,
      {
        references: english.references,
        terms: english.terms,
        figures: english.figures,
        figureSources: english.figureSources,
        figureSourcesChecked: true,
        redirects: english.redirects,
        // A translation's callouts take the English article's ids.
        translatedCallouts: englishCallouts(en.file, file),
        keyPoints: english.settings?.articles.keyPoints ?? null,
      },
      log,
    )
    // The English headings come from the English pass: analysing the English again here would
    // report its problems twice.
    const enHeadings = english.headings.get(en.slug)
    if (analysis && enHeadings) {
      const ids = (headings: ArticleAnalysis['headings']) => headings.map((h) => `${'#'.repeat(h.depth)} ${h.id}`).join(', ')
      if (ids(analysis.headings) !== ids(enHeadings)) {
        log.add(shownPath(file), 'The sections differ from the English article.', {
          line: 1,
          expected: `the same headings, in the same order, with the English ids: ${ids(enHeadings)}`,
          fix: `end each Spanish heading with the English id, e.g. "## ¿…? {/*${enHeadings[0]?.id ?? 'id'}*/}"; found ${ids(analysis.headings)}. \`npm run translation:compare -- ${en.slug}\` shows the difference.`,
          ruleId: 'translation',
        })
      }
    }
    checkSectionMessages(en, es, file, source, log)
    if (!analysis) {
      // The MDX does not parse: its one problem is reported; nothing that reads its text is checked.
      reports.push({ slug: en.slug, locale, words: 0, fernandezHuerta: 0, stale: [], problems: log.count(shownPath(file)) - before })
      continue
    }
    const reading = measure(source, 'es')
    const score = reading.fernandezHuerta ?? 0
    if (score < MIN_FERNANDEZ_HUERTA) {
      log.add(shownPath(file), `Fernández-Huerta reading ease is ${score}: too hard to read.`, {
        line: 1,
        expected: `${MIN_FERNANDEZ_HUERTA} or more (about grade 7)`,
        fix: 'shorter sentences (about 12 words) and everyday words; `npx tsx scripts/readability.ts` lists the long sentences.',
        ruleId: 'readability',
      })
    }
    // Hashing splits the English at the headings the English pass found (only when it read the
    // file): analysing it again would throw on an English problem the report already holds.
    const stale = enHeadings ? staleOrNone(es, locale, en, enHeadings) : []
    reports.push({ slug: en.slug, locale, words: reading.words, fernandezHuerta: score, stale, problems: log.count(shownPath(file)) - before })
  }
  for (const slug of translated.keys()) {
    // The English file, not its reading: an English article whose frontmatter failed has its own
    // problem, and its translation is not an orphan because of it.
    if (!existsSync(path.join(dir, DEFAULT_LOCALE, 'articles', `${slug}.mdx`))) {
      log.add(shownPath(path.join(base, 'articles', `${slug}.mdx`)), 'There is no English article with this name.', {
        line: 1,
        expected: 'the file name of an English article',
        fix: `rename it to match ${shownPath(path.join(dir, DEFAULT_LOCALE, 'articles'))}/, or remove it.`,
        ruleId: 'translation',
      })
    }
  }
  const glossaryFile = path.join(base, 'glossary.yaml')
  if (!english.glossary.length) return { articles: reports, glossaryTerms: 0 }
  const glossary = readGlossaryTranslation(glossaryFile, english.glossary, log, locale, english.references ? new Set(english.references) : null)
  checkTranslationOnlyFacts(glossaryFile, glossary, english.glossary, log)
  return { articles: reports, glossaryTerms: glossary.entries.length }
}

/**
 * A translated glossary entry that states a number or a phone or text instruction its English
 * entry does not give (988's "oprima el 2", "AYUDA") needs sources of its own: the English
 * entry's back the English only. The glossary's counterpart of "numbers need a citation"; like
 * that rule, it is the content check's (the build does not run it).
 */
function checkTranslationOnlyFacts(file: string, read: GlossaryTranslationRead, english: GlossaryEntry[], log: ProblemLog) {
  const byId = new Map(english.map((e) => [e.id, e]))
  for (const { entry, index } of read.translations) {
    const en = byId.get(entry.id)
    if (!en || entry.sources.length) continue
    const facts = translationOnlyFacts(en, entry)
    if (!facts.length) continue
    const found = [...new Set(facts.flatMap((f) => f.found))]
    const field = facts[0]!.field
    const list = found.map((f) => `"${f}"`).join(', ')
    log.add(shownPath(file), `term "${entry.id}": the ${field} gives ${list}, which the English entry does not, and the entry lists no sources of its own.`, {
      ...(placeOf(read.text, [index, field], found[0]!) ?? { line: 1 }),
      expected: `a source for what only the translation says (the English entry's sources back the English only): "sources: [...]" on this entry`,
      fix: `add sources: [<id>] to this entry, with the id in content/references.json of the source that gives ${list}; or say only what the English entry says.`,
      ruleId: 'uncited-number',
    })
  }
}

/**
 * A section message opens the section's page: a translation gives one for every section whose
 * English has one (in its own words; it may give others). A missing one is a problem, like a
 * missing section: the page would otherwise open with a different message than the English page.
 */
function checkSectionMessages(en: ArticleMeta, es: ArticleMeta, file: string, source: string, log: ProblemLog) {
  const frontmatter = source.slice(0, Math.max(0, source.indexOf('\n---', 3)))
  // At the translation's sectionMessages, or where it would go (after the main message).
  const place = locate(frontmatter, [es.sectionMessages ? 'sectionMessages' : 'mainMessage']) ?? { line: 1, column: 1 }
  for (const [id, english] of Object.entries(en.sectionMessages ?? {})) {
    if (es.sectionMessages?.[id]) continue
    const cite = english.cite ? `, with "cite: ${english.cite}" for its sources` : ''
    log.add(shownPath(file), `sectionMessages: the English article gives the section "${id}" a message; this translation does not.`, {
      ...place,
      expected: `a translation of the English message under sectionMessages.${id}: "${english.message}"`,
      fix: `add "${id}:" under sectionMessages (add sectionMessages: if there is none) and "message: …" under it, translated${cite}; then run npm run translations:stamp -- es ${en.slug}.`,
      ruleId: 'translation',
    })
  }
}

/** The stale sections, or none when the English cannot be split into sections (its own problem says why). */
function staleOrNone(es: ArticleMeta, locale: Locale, en: ArticleMeta, headings: ArticleAnalysis['headings']): StaleSection[] {
  try {
    return staleSections(es, locale, en, headings)
  } catch {
    return []
  }
}

/** The callouts of the English article, keyed by the translation's path (lib/mdx/pipeline.mjs, translatedCallouts). */
function englishCallouts(englishFile: string, translationFile: string): Record<string, { type: string; id: string }[]> {
  const callouts = calloutsOf(readFileSync(englishFile, 'utf8'))
  return callouts ? { [path.resolve(translationFile)]: callouts } : {}
}
