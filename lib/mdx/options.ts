/**
 * The article pipeline's data (lib/mdx/pipeline.mjs), from the validated loaders: the ids of the
 * bibliography and the glossary, the figures and their sources, the key-point limits, the
 * section-id lock's redirects, and the callout ids each translation shares with its English
 * article. The remark plugins read no content file themselves.
 *
 * Plain JSON, because `next build` hands it to the MDX loader through next.config (Turbopack
 * passes a loader's options as JSON); the pages' own analysis (lib/content.ts) uses the same.
 * A file that does not validate gives null for its part ("not known": no id is called unknown
 * because of it); the loaders report that file where pages read it, with its line and fix.
 */
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { getArticles, getGlossary, getReferences, getSectionLock, getSettings } from '../content'
import { SOURCE_LOCALE, listFigureNames } from '../content/files.mjs'
import { figureSources, loadFigure, type FigureName } from '../content/figures'
import { LOCALES } from '../i18n/locales'
import { calloutsOf } from './headings.mjs'
import type { PipelineOptions } from './pipeline.mjs'

/** The part of the options that is content (the rest says how to run). */
export type PipelineData = Required<
  Pick<PipelineOptions, 'references' | 'terms' | 'figures' | 'figureSources' | 'keyPoints' | 'redirects' | 'translatedCallouts'>
>

/** `read()`, or null when its file does not validate (the loader throws its problems). */
function validated<T>(read: () => T): T | null {
  try {
    return read()
  } catch {
    return null
  }
}

/**
 * A hash of the pipeline's own code: every plain-JavaScript module in lib/ (the plugins import only
 * those and packages) and the package lock. Turbopack's build cache keeps a compiled article until
 * its file or the loader's options change; it cannot see the plugins' code, so next.config.ts puts
 * this hash in the options: a changed plugin recompiles every article.
 */
export function pipelineCode(root = process.cwd()): string {
  const hash = createHash('sha256')
  const files = readdirSync(path.join(root, 'lib'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mjs'))
    .sort()
    .map((file) => path.join(root, 'lib', file))
  for (const file of [...files, path.join(root, 'package-lock.json')]) hash.update(`${path.relative(root, file)}\0`).update(readFileSync(file))
  return hash.digest('hex').slice(0, 16)
}

let cached: PipelineData | undefined

/** Memoised for the process, as the loaders are. */
export function pipelineData(): PipelineData {
  return (cached ??= readPipelineData())
}

function readPipelineData(): PipelineData {
  const figures = listFigureNames()
  const figureSourceIds: Record<string, string[]> = {}
  for (const name of figures) {
    const data = validated(() => loadFigure(name as FigureName))
    if (data) figureSourceIds[name] = figureSources(data)
  }
  const translatedCallouts: Record<string, { type: string; id: string }[]> = {}
  const english = validated(() => getArticles(SOURCE_LOCALE)) ?? []
  for (const locale of LOCALES.filter((l) => l !== SOURCE_LOCALE)) {
    for (const article of validated(() => getArticles(locale)) ?? []) {
      const source = english.find((a) => a.slug === article.slug)
      const callouts = source ? calloutsOf(readFileSync(source.file, 'utf8')) : null
      if (callouts) translatedCallouts[path.resolve(article.file)] = callouts
    }
  }
  return {
    references: validated(() => [...getReferences().keys()]),
    terms: validated(() => getGlossary(SOURCE_LOCALE).map((t) => t.id)),
    figures,
    figureSources: figureSourceIds,
    keyPoints: validated(() => getSettings().articles.keyPoints),
    redirects: validated(() => getSectionLock().redirects),
    translatedCallouts,
  }
}
