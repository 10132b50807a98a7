// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { documentedSchemas, fieldDocs, fieldsSection } from '@/lib/content/docs'

const root = process.cwd()
const contentReadme = readFileSync(path.join(root, 'content/README.md'), 'utf8')
const readme = readFileSync(path.join(root, 'README.md'), 'utf8')

describe('content/README.md documents every field of every content file', () => {
  it('holds the field reference exactly as the schemas describe it (run npm run docs:content after a schema change)', () => {
    expect(contentReadme).toContain(fieldsSection())
  })
  it('covers articles, glossary, references, every figure, the section lock and the settings', () => {
    const files = documentedSchemas().map((s) => s.file)
    expect(files).toEqual(expect.arrayContaining(['en/articles/<slug>.mdx', 'en/glossary.yaml', 'references.json', 'section-ids.lock.json', 'settings.yaml']))
    for (const name of ['history-timeline', 'route-comparison', 'synapse', 'treatment-day', 'induction-schedule', 'bp-rise', 'sedation', 'get-help'])
      expect(files).toContain(`en/figures/${name}.yaml`)
  })
  it('has a description for every field, so none can be added undocumented', () => {
    for (const { title, schema } of documentedSchemas()) {
      const fields = fieldDocs(schema)
      expect(fields.length, title).toBeGreaterThan(0)
      for (const field of fields) expect(field.description, `${title}: ${field.field}`).not.toBe('')
    }
  })
  it('lists the misspellings field apart from aliases, and the kind field with its default', () => {
    const glossary = fieldDocs(documentedSchemas().find((s) => s.file === 'en/glossary.yaml')!.schema)
    expect(glossary.find((f) => f.field === 'misspellings')?.description).toContain('Never shown to readers')
    const article = fieldDocs(documentedSchemas()[0]!.schema)
    expect(article.find((f) => f.field === 'kind')).toMatchObject({ required: false, default: '"article"' })
  })
})

describe("the README and the writers' guide point only at files inside the repository", () => {
  // A fresh clone has nothing outside the repository (no shared fact sheet or style guide).
  it.each([
    ['README.md', readme, root],
    ['content/README.md', contentReadme, path.join(root, 'content')],
  ])('%s', (_, text, base) => {
    expect(text).not.toMatch(/\.\.\/shared|\/work\/|fact sheet/i)
    const links = [...text.matchAll(/\]\((?!https?:|#|mailto:)([^)\s]+)\)/g)].map((m) => m[1]!.split('#')[0]!)
    for (const link of links) expect(existsSync(path.join(base, link)), link).toBe(true)
  })
})
