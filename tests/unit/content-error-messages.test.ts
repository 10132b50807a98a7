// @vitest-environment node
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ContentErrors, analyzeArticleSource, loadArticles, loadGlossary } from '@/lib/content'

// The exact words an editor reads when the build or `npm run check:content` stops: where
// (file:line:column), what is wrong, what was expected, and the fix. Pinned so a change to any of
// them is a reviewed change.

const fixtures = path.join(process.cwd(), 'tests/fixtures')
const known = { references: ['anand2023', 'berman2000'], terms: ['ketamine', 'esketamine'], figures: [] }
const head = '<KeyPoints>\n\n- One.\n- Two.\n- Three.\n\n</KeyPoints>\n\n'

function messageOf(fn: () => unknown): string {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(ContentErrors)
    return (error as Error).message
  }
  throw new Error('expected a content error')
}

const messages = {
  'unknown citation id': () =>
    messageOf(() => analyzeArticleSource(`${head}Ketamine can lift mood.<Cite id="berman200" />\n`, 'content/articles/example.mdx', known)),
  'unknown glossary term id': () =>
    messageOf(() => analyzeArticleSource(`${head}It is a form of <Term id="esketamin">esketamine</Term>.\n`, 'content/articles/example.mdx', known)),
  'frontmatter date that is not a date': () => messageOf(() => loadArticles(path.join(fixtures, 'frontmatter/bad-date'))),
  'duplicate section id': () =>
    messageOf(() => analyzeArticleSource(`${head}## Blood pressure\n\nA.\n\n## Blood pressure\n\nB.\n`, 'content/articles/example.mdx', known)),
  'glossary line that is not valid YAML': () => messageOf(() => loadGlossary(path.join(fixtures, 'glossary/bad-yaml.yaml'))),
}

describe('content error messages', () => {
  it.each(Object.keys(messages))('%s: names the file and line, what was expected and the fix', (name) => {
    const message = messages[name as keyof typeof messages]()
    expect(message).toMatch(/^(?:content|tests\/fixtures)\/\S+:\d+:\d+: /m)
    expect(message).toMatch(/^ {2}expected: \S/m)
    expect(message).toMatch(/^ {2}fix: \S/m)
  })

  it('a second read of the same file points at the same line (gray-matter caches parsed files)', () => {
    expect(messages['frontmatter date that is not a date']()).toBe(messages['frontmatter date that is not a date']())
    expect(messages['frontmatter date that is not a date']()).toContain('bad-date.mdx:6:1: ')
  })

  it('unknown citation id', () => {
    expect(messages['unknown citation id']()).toMatchInlineSnapshot(`
      "content/articles/example.mdx:9:24: Unknown citation id "berman200".
        expected: the id of an entry in content/references.json
        fix: Did you mean "berman2000"? Correct the id, or add the source to content/references.json (see content/README.md, "References").

      1 content problem in 1 file"
    `)
  })

  it('unknown glossary term id', () => {
    expect(messages['unknown glossary term id']()).toMatchInlineSnapshot(`
      "content/articles/example.mdx:9:17: Unknown glossary term id "esketamin".
        expected: the id of a term in content/glossary.yaml
        fix: Did you mean "esketamine"? Correct the id, or add the term to content/glossary.yaml.

      1 content problem in 1 file"
    `)
  })

  it('frontmatter date that is not a date', () => {
    expect(messages['frontmatter date that is not a date']()).toMatchInlineSnapshot(`
      "tests/fixtures/frontmatter/bad-date/bad-date.mdx:6:1: lastReviewed: expected a date like 2026-11-21, got 'soon'.
        expected: a date like 2026-11-21
        fix: Change lastReviewed to a date like 2026-11-21.

      1 content problem in 1 file"
    `)
  })

  it('duplicate section id', () => {
    expect(messages['duplicate section id']()).toMatchInlineSnapshot(`
      "content/articles/example.mdx:13:1: Duplicate section id "blood-pressure" (the heading on line 9 has it too).
        expected: a different id for every section of an article
        fix: Give one of the headings its own pinned id, for example "## Blood pressure {/*blood-pressure-2*/}", and keep the old id on the section that links were shared to.

      1 content problem in 1 file"
    `)
  })

  it('glossary line that is not valid YAML', () => {
    expect(messages['glossary line that is not valid YAML']()).toMatchInlineSnapshot(`
      "tests/fixtures/glossary/bad-yaml.yaml:7:15: The file cannot be read: Nested mappings are not allowed in compact mappings.
        expected: valid YAML
        fix: Fix the syntax at this line or the end of the line before (a missing comma, quote, bracket or indent); nothing else in this file is checked until it reads.

      1 content problem in 1 file"
    `)
  })
})
