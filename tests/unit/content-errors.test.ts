// @vitest-environment node
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ContentErrors, analyzeArticleSource, loadArticles, loadGlossary, loadReferences } from '@/lib/content'

const fixtures = path.join(process.cwd(), 'tests/fixtures')

function messageOf(fn: () => unknown): string {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(ContentErrors)
    return (error as Error).message
  }
  throw new Error('expected a content error')
}

describe('article frontmatter errors name the file, the field and what was expected', () => {
  it('refuses an unknown field', () => {
    const msg = messageOf(() => loadArticles(path.join(fixtures, 'frontmatter/unknown-field')))
    expect(msg).toContain('tests/fixtures/frontmatter/unknown-field/typo.mdx')
    expect(msg).toMatch(/lastReviwed: unknown field \(allowed fields: title, navTitle, description, order, lastReviewed/)
  })
  it('refuses a missing title', () => {
    const msg = messageOf(() => loadArticles(path.join(fixtures, 'frontmatter/missing-title')))
    expect(msg).toContain('missing-title/no-title.mdx')
    expect(msg).toContain('title: is required; expected a title (text)')
  })
  it('refuses a date that is not a date', () => {
    const msg = messageOf(() => loadArticles(path.join(fixtures, 'frontmatter/bad-date')))
    expect(msg).toContain('bad-date/bad-date.mdx')
    expect(msg).toContain("lastReviewed: expected a date like 2026-11-21, got 'soon'")
  })
  it('refuses a next review more than 12 months away', () => {
    const msg = messageOf(() => loadArticles(path.join(fixtures, 'frontmatter/bad-next-review')))
    expect(msg).toContain('nextReview: expected a date within 12 months of lastReviewed (by 2027-11-21), got 2029-01-01')
  })
  it('refuses a duplicate order', () => {
    const msg = messageOf(() => loadArticles(path.join(fixtures, 'frontmatter/duplicate-order')))
    expect(msg).toContain('duplicate-order/second.mdx')
    expect(msg).toMatch(/order: 1 is already used by .*first\.mdx/)
  })
  it('refuses a duplicate slug and a slug that is not lower case', () => {
    const msg = messageOf(() => loadArticles(path.join(fixtures, 'frontmatter/duplicate-slug')))
    expect(msg).toContain("file name: expected lower-case words joined by hyphens (the file name is the URL), got 'Safety'")
    expect(msg).toMatch(/slug: duplicate slug 'safety' \(also .*Safety\.mdx\)/)
  })
})

describe('bibliography and glossary errors', () => {
  it('names the reference entry and the missing fields', () => {
    const msg = messageOf(() => loadReferences(path.join(fixtures, 'references/malformed.json')))
    expect(msg).toContain('tests/fixtures/references/malformed.json')
    expect(msg).toContain('entry "noauthor2021": author: is required')
    expect(msg).toContain('entry "nolink2021": DOI: expected at least one of DOI, PMID or URL so readers can check the source')
    expect(msg).not.toContain('good2020')
  })
  it('names the glossary file and the ids for unknown related, duplicate id and duplicate alias', () => {
    const msg = messageOf(() => loadGlossary(path.join(fixtures, 'glossary/broken.yaml')))
    expect(msg).toContain('tests/fixtures/glossary/broken.yaml')
    expect(msg).toContain('term "alpha": related: unknown term id "gamma"')
    expect(msg).toContain('term "alpha": duplicate id')
    expect(msg).toContain('term "beta": duplicate alias "First Letter" (already used by term "alpha")')
  })
})

describe('MDX content errors name the file, line and id', () => {
  const known = { references: ['a2020', 'b2021'], terms: ['ketamine'], figures: [] }
  const head = '<KeyPoints>\n\n- One.\n- Two.\n- Three.\n\n</KeyPoints>\n\n'
  it('unknown citation id', () => {
    const msg = messageOf(() => analyzeArticleSource(`${head}Text. <Cite id="nosuch2020" />\n`, 'content/articles/x.mdx', known))
    expect(msg).toContain('content/articles/x.mdx:9:')
    expect(msg).toContain('Unknown citation id "nosuch2020"')
  })
  it('unknown term id', () => {
    const msg = messageOf(() => analyzeArticleSource(`${head}The <Term id="ketamin">drug</Term>.\n`, 'content/articles/x.mdx', known))
    expect(msg).toContain('Unknown glossary term id "ketamin"')
  })
  it('duplicate heading id, with the fix', () => {
    const msg = messageOf(() => analyzeArticleSource(`${head}## Blood pressure\n\nA.\n\n## Blood pressure\n\nB.\n`, 'content/articles/x.mdx', known))
    expect(msg).toContain('content/articles/x.mdx:13:')
    expect(msg).toContain('Duplicate section id "blood-pressure" (the heading on line 9 has it too)')
    expect(msg).toContain('{/*blood-pressure-2*/}')
  })
  it('unknown component and bad prop values', () => {
    expect(messageOf(() => analyzeArticleSource(`${head}<Marquee>hi</Marquee>\n`, 'x.mdx', known))).toContain('Unknown component <Marquee>. Expected one of: <KeyPoints>')
    expect(messageOf(() => analyzeArticleSource(`${head}<Evidence level="proven" />\n`, 'x.mdx', known))).toContain(
      '<Evidence level="proven"> is not valid. Expected one of: fda-approved, off-label-rct, early-research, investigational',
    )
  })
  it('an article must open with 3 to 5 key points', () => {
    expect(messageOf(() => analyzeArticleSource('Just text.\n', 'x.mdx', known))).toContain('An article must open with <KeyPoints>')
  })
  it('refuses expressions and imports (build-time evaluation)', () => {
    expect(messageOf(() => analyzeArticleSource(`${head}Text {process.env.SECRET}.\n`, 'x.mdx', known))).toContain('Curly braces start a JavaScript expression')
    expect(messageOf(() => analyzeArticleSource(`import x from 'y'\n\n${head}`, 'x.mdx', known))).toContain('import/export statements are not allowed')
  })
})
