/**
 * The content check's part for one translation (content/<locale>/): each translated article exists,
 * reads through the same pipeline (known Cite and Term ids), has exactly the source language's
 * section ids and section messages, and reaches its language's readability limit (the formula in
 * lib/i18n/locales.ts, the limit in content/settings.yaml); the translated glossary covers every
 * term. Sections whose source changed since the translation was written are listed (not failed:
 * the page shows a note until a translator catches up and runs `npm run translations:stamp`).
 */
import { existsSync, readFileSync } from 'node:fs'
import { LOCALE_INFO, type Locale } from '../../i18n/locales'
import { displayPath } from '../files.mjs'
import type { ArticleAnalysis } from '../analysis'
import { collectArticleAnalysis } from '../analysis'
import { frontmatterOf, readArticleSource } from '../article-source'
import { parseYamlText, type Place } from '../data-file'
import { loadArticles, type ArticleMeta } from '../articles'
import { staleSections, type StaleSection } from '../freshness'
import { readGlossaryTranslation, type GlossaryTranslationRead } from '../glossary-translation'
import type { ProblemLog } from '../problem-log'
import { measure } from '../readability'
import { FORMULAS } from '../readability-formulas'
import type { GlossaryEntry } from '../schemas/glossary'
import { languageName, localeFile, pipelineOptions, sourceFile, type CheckContext } from './context'
import { translationOnlyFacts } from './glossary-rules'

export interface TranslationReport {
  slug: string
  locale: Locale
  words: number
  /** The language's readability score (its formula's) and the limit it must meet, when the settings give one. */
  readability: { score: number; limit: number | null }
  stale: StaleSection[]
  problems: number
}

/** The source language's articles and headings, from the source pass (absent when an article did not parse). */
export interface SourcePass {
  articles: ArticleMeta[]
  headings: Map<string, ArticleAnalysis['headings']>
}

export function checkTranslation(ctx: CheckContext, locale: Locale, source: SourcePass): { articles: TranslationReport[]; glossaryTerms: number } {
  const { log, settings } = ctx
  if (!existsSync(localeFile(ctx.dir, locale))) return { articles: [], glossaryTerms: 0 }
  const language = languageName(locale)
  const formula = FORMULAS[LOCALE_INFO[locale].readability.formula]
  const limit = settings?.readability[locale]?.[formula.higherIsEasier ? 'min' : 'max'] ?? null
  if (settings && limit === null) {
    // A language with content needs its limit, on the side its formula needs (`min` for reading ease, `max` for a grade).
    const side = formula.higherIsEasier ? 'min' : 'max'
    log.add(ctx.settingsFile, `readability.${locale}: is required; expected ${side} (${formula.name}).`, {
      ...settingsPlace(ctx.settingsFile, ['readability', locale]),
      expected: `the ${formula.higherIsEasier ? 'lowest score' : 'highest grade'} a ${language} article may have (${formula.name}, the formula of ${locale} in lib/i18n/locales.ts)`,
      fix: `add "${locale}: { ${side}: ${formula.higherIsEasier ? 70 : 8} }" under readability (content/README.md, "Settings").`,
      ruleId: 'settings',
    })
  }
  const translated = new Map(loadArticles(localeFile(ctx.dir, locale, 'articles'), { log, settings }).map((a) => [a.slug, a]))
  const reports: TranslationReport[] = []
  for (const en of source.articles) {
    const tr = translated.get(en.slug)
    const file = localeFile(ctx.dir, locale, 'articles', `${en.slug}.mdx`)
    if (!tr) {
      if (!existsSync(file))
        log.add(file, `The ${language} version of ${displayPath(en.file)} is missing.`, {
          line: 1,
          expected: 'a translated file with the same name',
          fix: 'write it from the English file; see content/README.md ("Translations").',
          ruleId: 'translation',
        })
      continue
    }
    const before = log.count(file)
    const article = readArticleSource(file)
    const analysis = article.tree ? collectArticleAnalysis(article.source, file, pipelineOptions(ctx, { file, source: en.file }), log, article.tree) : null
    // The source headings come from the source pass: analysing the source again here would report its problems twice.
    const enHeadings = source.headings.get(en.slug)
    if (analysis && enHeadings) {
      const ids = (headings: ArticleAnalysis['headings']) => headings.map((h) => `${'#'.repeat(h.depth)} ${h.id}`).join(', ')
      if (ids(analysis.headings) !== ids(enHeadings)) {
        log.add(file, 'The sections differ from the English article.', {
          line: 1,
          expected: `the same headings, in the same order, with the English ids: ${ids(enHeadings)}`,
          fix: `end each translated heading with the English id, e.g. "## ¿…? {/*${enHeadings[0]?.id ?? 'id'}*/}"; found ${ids(analysis.headings)}. \`npm run translation:compare -- ${en.slug} ${locale}\` shows the difference.`,
          ruleId: 'translation',
        })
      }
    }
    checkSectionMessages(en, tr, locale, log)
    if (!analysis || !article.tree) {
      // The MDX does not parse: its one problem is reported; nothing that reads its text is checked.
      reports.push({ slug: en.slug, locale, words: 0, readability: { score: 0, limit }, stale: [], problems: log.count(file) - before })
      continue
    }
    const reading = measure(article.tree, LOCALE_INFO[locale].readability.formula)
    if (limit !== null && (formula.higherIsEasier ? reading.score < limit : reading.score > limit)) {
      log.add(file, `${formula.name} is ${reading.score}: too hard to read.`, {
        line: 1,
        expected: `${limit} or ${formula.higherIsEasier ? 'more' : 'less'} (readability.${locale} in content/settings.yaml)`,
        fix: 'shorter sentences (about 12 words) and everyday words; `npx tsx scripts/readability.ts` lists the long sentences.',
        ruleId: 'readability',
      })
    }
    // Hashing splits the source at the headings the source pass found (only when it read the
    // file): analysing it again would throw on a source problem the report already holds.
    const stale = enHeadings ? staleOrNone(tr, locale, en, enHeadings) : []
    reports.push({ slug: en.slug, locale, words: reading.words, readability: { score: reading.score, limit }, stale, problems: log.count(file) - before })
  }
  for (const slug of translated.keys()) {
    // The source file, not its reading: a source article whose frontmatter failed has its own
    // problem, and its translation is not an orphan because of it.
    if (!existsSync(sourceFile(ctx.dir, 'articles', `${slug}.mdx`))) {
      log.add(localeFile(ctx.dir, locale, 'articles', `${slug}.mdx`), 'There is no English article with this name.', {
        line: 1,
        expected: 'the file name of an English article',
        fix: `rename it to match ${displayPath(sourceFile(ctx.dir, 'articles'))}/, or remove it.`,
        ruleId: 'translation',
      })
    }
  }
  if (!ctx.glossary.entries.length) return { articles: reports, glossaryTerms: 0 }
  const glossaryFile = localeFile(ctx.dir, locale, 'glossary.yaml')
  const glossary = readGlossaryTranslation(glossaryFile, ctx.glossary.entries, log, locale, ctx.references.ids)
  checkTranslationOnlyFacts(glossaryFile, glossary, ctx.glossary.entries, log)
  return { articles: reports, glossaryTerms: glossary.entries.length }
}

/**
 * A translated glossary entry that states a number or a phone or text instruction its source entry
 * does not give (988's "oprima el 2", "AYUDA") needs sources of its own: the source entry's back
 * the source only. The glossary's counterpart of "numbers need a citation"; like that rule, it is
 * the content check's (the build does not run it).
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
    log.add(file, `term "${entry.id}": the ${field} gives ${list}, which the English entry does not, and the entry lists no sources of its own.`, {
      ...(read.file?.placeOf([index, field], found[0]!) ?? { line: 1 }),
      expected: `a source for what only the translation says (the English entry's sources back the English only): "sources: [...]" on this entry`,
      fix: `add sources: [<id>] to this entry, with the id in content/references.json of the source that gives ${list}; or say only what the English entry says.`,
      ruleId: 'uncited-number',
    })
  }
}

/**
 * A section message opens the section's page: a translation gives one for every section whose
 * source has one (in its own words; it may give others). A missing one is a problem, like a
 * missing section: the page would otherwise open with a different message than the source page.
 */
function checkSectionMessages(en: ArticleMeta, tr: ArticleMeta, locale: Locale, log: ProblemLog) {
  const tree = readArticleSource(tr.file).tree
  const frontmatter = tree ? frontmatterOf(tree) : null
  // At the translation's sectionMessages, or where it would go (after the main message).
  const place = (frontmatter?.ok ? frontmatter.value.at([tr.sectionMessages ? 'sectionMessages' : 'mainMessage']) : undefined) ?? { line: 1, column: 1 }
  for (const [id, english] of Object.entries(en.sectionMessages ?? {})) {
    if (tr.sectionMessages?.[id]) continue
    const cite = english.cite ? `, with "cite: ${english.cite}" for its sources` : ''
    log.add(tr.file, `sectionMessages: the English article gives the section "${id}" a message; this translation does not.`, {
      ...place,
      expected: `a translation of the English message under sectionMessages.${id}: "${english.message}"`,
      fix: `add "${id}:" under sectionMessages (add sectionMessages: if there is none) and "message: …" under it, translated${cite}; then run npm run translations:stamp -- ${locale} ${en.slug}.`,
      ruleId: 'translation',
    })
  }
}

/** Where a field of the settings file is (or would go). */
function settingsPlace(file: string, keys: string[]): Place | undefined {
  const text = parseYamlText(readFileSync(file, 'utf8'))
  return text.ok ? text.value.at(keys) : undefined
}

/** The stale sections, or none when the source cannot be split into sections (its own problem says why). */
function staleOrNone(tr: ArticleMeta, locale: Locale, en: ArticleMeta, headings: ArticleAnalysis['headings']): StaleSection[] {
  try {
    return staleSections(tr, locale, en, headings)
  } catch {
    return []
  }
}
