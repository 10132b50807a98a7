/**
 * What every step of the content check shares: the content folder, the one ProblemLog, and what
 * the earlier steps read (settings, bibliography, the source language's glossary and figures).
 * A file that failed to read leaves its part null, so later steps check nothing against it
 * (a bibliography that does not parse makes no citation "unknown").
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locales'
import { calloutsOf } from '../../mdx/headings.mjs'
import type { PipelineOptions } from '../article-source'
import type { GlossaryRead } from '../glossary'
import type { ProblemLog } from '../problem-log'
import type { ReferencesRead } from '../references'
import type { Settings } from '../schemas/settings'

export interface CheckContext {
  /** The content folder (content/, or a test's fixture folder). */
  dir: string
  log: ProblemLog
  /** The settings file read, and its settings (null when they are not valid). */
  settingsFile: string
  settings: Settings | null
  references: ReferencesRead
  /** The source language's glossary, which holds every term id. */
  glossary: GlossaryRead
  /** The source language's figure names, and each one's sources (none when it does not validate). */
  figures: string[]
  figureSources: Record<string, string[]>
  /** The section-id lock's redirects (null when the lock does not validate). */
  redirects: Record<string, Record<string, string>> | null
}

/** A language's own files in the folder: <dir>/<locale>/<parts>. */
export function localeFile(dir: string, locale: Locale, ...parts: string[]): string {
  return path.join(dir, locale, ...parts)
}

/** The source language's files in the folder. */
export const sourceFile = (dir: string, ...parts: string[]) => localeFile(dir, DEFAULT_LOCALE, ...parts)

/**
 * The remark plugins' options for this folder: the ids it defines (not the site's), so fixture
 * folders check alone. `translation`: a translated article's file and the source article it
 * translates, whose callout ids it takes.
 */
export function pipelineOptions(ctx: CheckContext, translation?: { file: string; source: string }): PipelineOptions {
  const callouts = translation ? calloutsOf(readFileSync(translation.source, 'utf8')) : null
  return {
    // null when that file could not be read (its own problem says so; no id is "unknown").
    references: ctx.references.ids ? [...ctx.references.ids] : null,
    terms: ctx.glossary.ids ? [...ctx.glossary.ids] : null,
    figures: ctx.figures,
    figureSources: ctx.figureSources,
    figureSourcesChecked: true,
    redirects: ctx.redirects,
    keyPoints: ctx.settings ? ctx.settings.articles.keyPoints : null,
    translatedCallouts: translation && callouts ? { [path.resolve(translation.file)]: callouts } : {},
  }
}

/** A language's English name for messages ("Spanish"), from the platform's locale data. */
export function languageName(locale: Locale): string {
  return new Intl.DisplayNames([DEFAULT_LOCALE], { type: 'language' }).of(locale) ?? locale
}
