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

export function listArticleFiles(dir = contentPath('articles')) {
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
export const GLOSSARY_FILE = contentPath('glossary.yaml')
export const SECTION_LOCK_FILE = contentPath('section-ids.lock.json')
export const SETTINGS_FILE = contentPath('settings.yaml')

export const FIGURES_DIR = contentPath('figures')

/** Figure names are the file names (without extension) of the data files in content/figures/. */
export function listFigureNames(dir = FIGURES_DIR) {
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((name) => /\.(ya?ml|json)$/.test(name))
    .map((name) => name.replace(/\.(ya?ml|json)$/, ''))
    .sort()
}
