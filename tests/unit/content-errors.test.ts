// @vitest-environment node
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ContentProblems } from '@/lib/content/problems.mjs'
import { analyzeArticleSource } from '@/lib/content/analysis'
import { loadArticles } from '@/lib/content/articles'
import { loadGlossary } from '@/lib/content/glossary'
import { loadReferences } from '@/lib/content/references'

const fixtures = path.join(process.cwd(), 'tests/fixtures')

function errorOf(fn: () => unknown): ContentProblems {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(ContentProblems)
    return error as ContentProblems
  }
  throw new Error('expected a content error')
}

function messageOf(fn: () => unknown): string {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(ContentProblems)
    return (error as Error).message
  }
  throw new Error('expected a content error')
}

describe('article frontmatter errors name the file, the field and what was expected', () => {
  it('refuses an unknown field', () => {
    const msg = messageOf(() => loadArticles(path.join(fixtures, 'frontmatter/unknown-field')))
    expect(msg).toContain('tests/fixtures/frontmatter/unknown-field/typo.mdx')
    expect(msg).toContain('typo.mdx:10:1: lastReviwed: unknown field.')
    expect(msg).toMatch(
      /expected: one of the fields title, navTitle, description, mainMessage, mainMessageCite, mainFigure, sectionMessages, order, kind, limits, lastReviewed/,
    )
    expect(msg).toContain('fix: Did you mean "lastReviewed"?')
  })
  it('a misspelt field is one problem: the unknown field, not also the required one it was meant to be', () => {
    const error = errorOf(() => loadArticles(path.join(fixtures, 'frontmatter/misspelt-field')))
    expect(error.messages).toHaveLength(1)
    expect(error.message).toContain('typo.mdx:9:1: lastReviwed: unknown field.')
    expect(error.message).toContain('fix: Did you mean "lastReviewed"?')
  })
  it('refuses a next review more than 12 months away', () => {
    const msg = messageOf(() => loadArticles(path.join(fixtures, 'frontmatter/bad-next-review')))
    expect(msg).toContain('late.mdx:8:1: nextReview: 2029-01-01 is more than 12 months after lastReviewed (2026-11-21).')
    expect(msg).toContain('expected: a date within 12 months of lastReviewed (by 2027-11-21; articles.reviewWithinMonths in content/settings.yaml)')
  })
  it('refuses a duplicate order', () => {
    const msg = messageOf(() => loadArticles(path.join(fixtures, 'frontmatter/duplicate-order')))
    expect(msg).toMatch(/duplicate-order\/first\.mdx:6:1: order: 1 is used by 2 articles \(also .*second\.mdx\)\./)
    expect(msg).toContain('for example 2 (the next free number)')
    expect(msg).toContain('1 content problem in 1 file')
  })
  it('refuses a duplicate slug and a slug that is not lower case', () => {
    const msg = messageOf(() => loadArticles(path.join(fixtures, 'frontmatter/duplicate-slug')))
    expect(msg).toContain('Safety.mdx:1:1: file name: "Safety" is not a valid URL.')
    expect(msg).toContain('expected: lower-case words joined by hyphens (the file name is the URL)')
    expect(msg).toContain('fix: Rename the file to safety.mdx.')
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
    expect(msg).toContain('broken.yaml:8:13: term "beta": alias "First Letter" is already used by term "alpha".')
    expect(msg).toContain('3 content problems in 1 file')
  })
})

describe('MDX content errors name the file, line and id', () => {
  const known = { references: ['a2020', 'b2021'], terms: ['ketamine'], figures: [] }
  const head = '<KeyPoints>\n\n- One.\n- Two.\n- Three.\n\n</KeyPoints>\n\n'
  it('reports every problem of an article at once, not only the first', () => {
    const msg = messageOf(() =>
      analyzeArticleSource(`${head}A. <Cite id="nosuch2020" />\n\nB <Term id="ketamin">drug</Term>.\n\n<Evidence level="proven" />\n`, 'x.mdx', known),
    )
    expect(msg).toContain('x.mdx:9:4: Unknown citation id "nosuch2020".')
    expect(msg).toContain('x.mdx:11:3: Unknown glossary term id "ketamin".')
    expect(msg).toContain('fix: Did you mean "ketamine"?')
    expect(msg).toContain('x.mdx:13:1: <Evidence level="proven"> is not valid.')
    expect(msg).toContain('3 content problems in 1 file')
  })
  it('unknown component and bad prop values', () => {
    const marquee = messageOf(() => analyzeArticleSource(`${head}<Marquee>hi</Marquee>\n`, 'x.mdx', known))
    expect(marquee).toContain('x.mdx:9:1: Unknown component <Marquee>.')
    expect(marquee).toContain('expected: one of: <KeyPoints>, <Cite>')
    const evidence = messageOf(() => analyzeArticleSource(`${head}<Evidence level="fda-aproved" />\n`, 'x.mdx', known))
    expect(evidence).toContain('<Evidence level="fda-aproved"> is not valid.')
    expect(evidence).toContain('expected: one of: fda-approved, off-label-rct, early-research, investigational')
    expect(evidence).toContain('fix: Did you mean "fda-approved"?')
  })
  it('an article must open with 3 to 5 key points', () => {
    expect(messageOf(() => analyzeArticleSource('Just text.\n', 'x.mdx', known))).toContain('An article must open with <KeyPoints>')
  })
  it('refuses expressions and imports (build-time evaluation)', () => {
    expect(messageOf(() => analyzeArticleSource(`${head}Text {process.env.SECRET}.\n`, 'x.mdx', known))).toContain('Curly braces start a JavaScript expression')
    expect(messageOf(() => analyzeArticleSource(`import x from 'y'\n\n${head}`, 'x.mdx', known))).toContain('import/export statements are not allowed')
  })
})
