// Where content files live, and the one function that shows a path in a message. Plain JavaScript
// (.mjs) because plain-Node code imports it: the remark plugins' reporter (problems.mjs) and the
// build scripts. The plugins themselves read no content file (their data comes validated, from
// lib/mdx/options.ts). Reading with validation and located problems is lib/content/data-file.ts's
// job; readData below is the build script's quick look at one setting.
import { readFileSync, readdirSync, existsSync } from 'node:fs'
import path from 'node:path'
import { parse as parseYaml } from 'yaml'

const CONTENT_DIR = path.join(process.cwd(), 'content')

/** A path as messages show it: relative to the project root, or as given when outside it. */
export function displayPath(file) {
  if (!file) return '(unknown file)'
  const rel = path.relative(process.cwd(), file)
  return rel.startsWith('..') ? file : rel
}

export function contentPath(...parts) {
  return path.join(CONTENT_DIR, ...parts)
}

/**
 * The source language: the folder (content/<locale>/) whose glossary holds the term ids, related
 * terms and sources, whose figures hold the figure sources, and whose articles every translation
 * is checked against. The same value as DEFAULT_LOCALE in lib/i18n/locales.ts (a unit test holds
 * them together): plain JavaScript cannot import that TypeScript file.
 */
export const SOURCE_LOCALE = 'en'

/** A language's own files: content/<locale>/<parts>, the same layout for every language. */
export function localeContent(locale, ...parts) {
  return contentPath(locale, ...parts)
}

/** Reads and parses a JSON or YAML file; a syntax error names the file. */
export function readData(file) {
  const text = readFileSync(file, 'utf8')
  try {
    return file.endsWith('.json') ? JSON.parse(text) : parseYaml(text)
  } catch (error) {
    throw new Error(`${displayPath(file)}: could not be parsed: ${error instanceof Error ? error.message : String(error)}`)
  }
}

export function listArticleFiles(dir = localeContent(SOURCE_LOCALE, 'articles')) {
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => path.join(dir, name))
}

export const REFERENCES_FILE = contentPath('references.json')
export const GLOSSARY_FILE = localeContent(SOURCE_LOCALE, 'glossary.yaml')
export const SECTION_LOCK_FILE = contentPath('section-ids.lock.json')
export const SETTINGS_FILE = contentPath('settings.yaml')

export const FIGURES_DIR = localeContent(SOURCE_LOCALE, 'figures')

/** Figure names are the file names (without extension) of the data files in a figures folder (the source language's by default). */
export function listFigureNames(dir = FIGURES_DIR) {
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((name) => /\.(ya?ml|json)$/.test(name))
    .map((name) => name.replace(/\.(ya?ml|json)$/, ''))
    .sort()
}
