// @vitest-environment node
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ContentProblems } from '@/lib/content/problems.mjs'
import { analyzeArticleSource } from '@/lib/content/analysis'
import { loadArticles } from '@/lib/content/articles'
import { loadGlossary } from '@/lib/content/glossary'
import { checkContent } from '@/lib/content/check'

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
    expect(error).toBeInstanceOf(ContentProblems)
    return (error as Error).message
  }
  throw new Error('expected a content error')
}

const messages = {
  'frontmatter date that is not a date': () => messageOf(() => loadArticles(path.join(fixtures, 'content/bad-date/en/articles'))),
  'glossary line that is not valid YAML': () => messageOf(() => loadGlossary(path.join(fixtures, 'glossary/bad-yaml.yaml'))),
  'section heading inside a component': () =>
    messageOf(() =>
      analyzeArticleSource(`${head}## One\n\nA.\n\n<Callout type="note">\n\n## Two\n\nB.\n\n</Callout>\n`, 'content/en/articles/example.mdx', known),
    ),
}

// The messages for an unknown citation or glossary term id, a bad date, a missing title and a
// duplicate section id are pinned word for word in bad-content.test.ts (and content-fixtures.test.tsx).
describe('content error messages', () => {
  it('a second read of the same file points at the same line (the parsed article is cached)', () => {
    expect(messages['frontmatter date that is not a date']()).toBe(messages['frontmatter date that is not a date']())
    expect(messages['frontmatter date that is not a date']()).toContain('bad-date/en/articles/test.mdx:7:1: ')
  })

  it('glossary line that is not valid YAML', () => {
    expect(messages['glossary line that is not valid YAML']()).toMatchInlineSnapshot(`
      "tests/fixtures/glossary/bad-yaml.yaml:7:15: The file cannot be read: Nested mappings are not allowed in compact mappings.
        expected: valid YAML
        fix: Fix the syntax at this line or the end of the line before (a missing comma, quote, bracket or indent); nothing else in this file is checked until it reads.

      1 content problem in 1 file"
    `)
  })

  it('section heading inside a component', () => {
    expect(messages['section heading inside a component']()).toMatchInlineSnapshot(`
      "content/en/articles/example.mdx:15:1: A "##" heading is inside <Callout>.
        expected: section headings ("##") on their own, outside components
        fix: Move the heading out of <Callout>, or make it "###" or bold text (**…**) inside it.

      1 content problem in 1 file"
    `)
  })
})

/** `npm run check:content -- <dir>` as an editor runs it: exit code and everything it printed. */
function checkScript(dir: string) {
  const run = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/check-content.ts', dir], { encoding: 'utf8' })
  return { status: run.status, out: `${run.stdout}${run.stderr}` }
}

/** No Node stack frames, no uncaught-exception banner, no object dump of a message. */
function expectNoCrash(out: string) {
  expect(out).not.toMatch(/^\s+at /m)
  expect(out).not.toContain('triggerUncaughtException')
  expect(out).not.toMatch(/\{\s*\n\s*(?:messages|ancestors|reason):/)
  expect(out).not.toContain('Node.js v')
}

// A typo in an English article that has a Spanish version used to end the check in an uncaught
// exception: the translation check hashed the English sections by analysing the English again,
// which threw the very problem the English pass had already reported. Both fixtures have a Spanish
// version (es/articles/<same slug>.mdx) so this path stays covered.
describe('npm run check:content on a typo in an article that has a Spanish version', () => {
  it.each([
    [
      'citation-typo',
      'tests/fixtures/content/citation-typo/en/articles/treatment.mdx:34:96: Unknown citation id "spravato-p1".',
      'Did you mean "spravato-pi"?',
    ],
    ['unknown-term', 'tests/fixtures/content/unknown-term/en/articles/test.mdx:24:5: Unknown glossary term id "ketamin".', 'Did you mean "ketamine"?'],
  ])(
    '%s: one problem with file:line:column and "Did you mean", the summary tables, no stack trace',
    (name, where, hint) => {
      const dir = path.join(fixtures, 'content', name)
      // The Spanish version is there and is read.
      expect(checkContent(dir).translations.map((t) => t.slug).length).toBeGreaterThan(0)
      const { status, out } = checkScript(dir)
      expect(status).toBe(1)
      expectNoCrash(out)
      expect(out).toContain(`${where}\n  expected: `)
      expect(out).toContain(`  fix: ${hint}`)
      expect(out.split(where).length - 1).toBe(1)
      expect(out).toMatch(/^article +kind +words/m)
      expect(out).toMatch(/^spanish article +words +Fernández-Huerta/m)
      expect(out.trimEnd().endsWith('1 content problem in 1 file')).toBe(true)
      // Runs the real script in a child process (tsx start-up): more than the default 5 s when busy.
    },
    60_000,
  )

  it('a "##" inside a component, in an article with a Spanish version, is one problem at its line', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'content-nested-'))
    try {
      cpSync(path.join(fixtures, 'content', 'citation-typo'), dir, { recursive: true })
      const file = path.join(dir, 'en/articles/next-steps.mdx')
      writeFileSync(file, `${readFileSync(file, 'utf8')}\n<Callout type="note">\n\n## Inside {/*inside*/}\n\nText.\n\n</Callout>\n`)
      // Before, hashing the English sections for the Spanish version threw ("expected 3 sections, found 2").
      const { problems } = checkContent(dir)
      const nested = problems.filter((p) => p.includes('is inside <Callout>'))
      expect(nested).toHaveLength(1)
      expect(nested[0]).toMatch(/articles\/next-steps\.mdx:\d+:1: A "##" heading is inside <Callout>\./)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('an error that is not a content problem is one line, not a dump', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'content-unexpected-'))
    try {
      cpSync(path.join(fixtures, 'content', 'unknown-term'), dir, { recursive: true })
      // A file where the articles folder should be: reading the folder fails in the check's code.
      rmSync(path.join(dir, 'en/articles'), { recursive: true })
      writeFileSync(path.join(dir, 'en/articles'), '')
      const { status, out } = checkScript(dir)
      expect(status).toBe(2)
      expectNoCrash(out)
      expect(out.trim().split('\n')).toHaveLength(1)
      expect(out).toMatch(/^check:content stopped on an unexpected error: .+ \(DEBUG=1 shows where\)\.$/m)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 60_000)
})
