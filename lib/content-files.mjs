// The one place that reads files under content/. Plain JavaScript on purpose: the MDX loader
// (remark plugins) runs in Node outside TypeScript, and it needs the same files as lib/content.ts.
// This module only reads and parses; validation with friendly errors lives in lib/content.ts.
import { readFileSync, readdirSync, existsSync } from 'node:fs'
import path from 'node:path'
import { parse as parseYaml } from 'yaml'

const CONTENT_DIR = path.join(process.cwd(), 'content')

/** Paths relative to the project root read better in error messages. */
export function displayPath(file) {
  const rel = path.relative(process.cwd(), file)
  return rel.startsWith('..') ? file : rel
}

export function contentPath(...parts) {
  return path.join(CONTENT_DIR, ...parts)
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

export function listArticleFiles(dir = localeContent(SOURCE_LOCALE, 'articles')) {
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => path.join(dir, name))
}

/** Ids only, for the remark plugins' unknown-id checks (cheap; no schema). */
export function knownIds(file) {
  const data = readData(file)
  if (!Array.isArray(data)) throw new Error(`${displayPath(file)}: expected a list of entries at the top level`)
  return data.map((entry) => (entry && typeof entry === 'object' ? String(entry.id) : '')).filter(Boolean)
}

export const REFERENCES_FILE = contentPath('references.json')
export const GLOSSARY_FILE = localeContent(SOURCE_LOCALE, 'glossary.yaml')
export const SECTION_LOCK_FILE = contentPath('section-ids.lock.json')
export const SETTINGS_FILE = contentPath('settings.yaml')

export const FIGURES_DIR = localeContent(SOURCE_LOCALE, 'figures')

/** Figure names are the file names (without extension) of the data files in content/<source locale>/figures/. */
export function listFigureNames(dir = FIGURES_DIR) {
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((name) => /\.(ya?ml|json)$/.test(name))
    .map((name) => name.replace(/\.(ya?ml|json)$/, ''))
    .sort()
}
