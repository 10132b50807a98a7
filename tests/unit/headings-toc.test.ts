// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { analyzeArticleSource } from '@/lib/content'
import { slugify } from '@/lib/mdx/headings.mjs'
import { checkSectionLock, updateSectionLock } from '@/lib/section-lock'
import { buildToc } from '@/lib/toc'

const known = { references: [], terms: [], figures: [] }
const head = '<KeyPoints>\n\n- One.\n- Two.\n- Three.\n\n</KeyPoints>\n\n'

describe('section ids', () => {
  it('slugs heading text like GitHub', () => {
    expect(slugify('Can ketamine raise my blood pressure?')).toBe('can-ketamine-raise-my-blood-pressure')
    expect(slugify('Spravato (esketamine): what is it?')).toBe('spravato-esketamine-what-is-it')
  })
  it('lets a pinned id override the slug and removes the pin from the text', () => {
    const { headings } = analyzeArticleSource(`${head}## Can it raise my blood pressure? {/*blood-pressure*/}\n\nText.\n\n### Who is at risk\n\nText.\n`, 'x.mdx', known)
    expect(headings).toEqual([
      { depth: 2, id: 'blood-pressure', text: 'Can it raise my blood pressure?', pinned: true, line: 9 },
      { depth: 3, id: 'who-is-at-risk', text: 'Who is at risk', pinned: false, line: 13 },
    ])
  })
  it('refuses a pinned id that is not lower-case-hyphenated', () => {
    expect(() => analyzeArticleSource(`${head}## Blood pressure {/*Blood Pressure*/}\n`, 'x.mdx', known)).toThrow(/Pinned section id "Blood Pressure" is not valid/)
  })
  it('refuses duplicates between a pinned id and a slug', () => {
    expect(() => analyzeArticleSource(`${head}## Driving\n\n## Can I drive? {/*driving*/}\n`, 'x.mdx', known)).toThrow(/Duplicate section id "driving"/)
  })
})

describe('table of contents', () => {
  it('nests h3 under the h2 before it and appends extras', () => {
    const toc = buildToc(
      [
        { depth: 3, id: 'orphan', text: 'Orphan' },
        { depth: 2, id: 'a', text: 'A' },
        { depth: 3, id: 'a1', text: 'A1' },
        { depth: 3, id: 'a2', text: 'A2' },
        { depth: 2, id: 'b', text: 'B' },
      ],
      [{ id: 'references', text: 'References' }],
    )
    expect(toc.map((t) => [t.id, t.children.map((c) => c.id)])).toEqual([
      ['orphan', []],
      ['a', ['a1', 'a2']],
      ['b', []],
      ['references', []],
    ])
  })
})

describe('section id lock', () => {
  const lock = { sections: { safety: ['blood-pressure', 'driving', 'old-name'] }, redirects: { safety: { 'old-name': 'driving' } } }
  it('passes when every locked id exists or redirects to one that exists', () => {
    expect(checkSectionLock(lock, { safety: ['blood-pressure', 'driving'] })).toEqual([])
  })
  it('fails when an id disappears without a redirect, naming the file, id and fix', () => {
    const problems = checkSectionLock(lock, { safety: ['driving'] })
    expect(problems).toHaveLength(1)
    expect(problems[0]).toContain('content/articles/safety.mdx: section id "blood-pressure" has disappeared')
    expect(problems[0]).toContain('add "blood-pressure": "<new-id>" under redirects.safety')
  })
  it('fails when a redirect points nowhere, and when new ids are not recorded', () => {
    expect(checkSectionLock(lock, { safety: ['blood-pressure'] })).toContain(
      'content/section-ids.lock.json: redirects.safety.old-name points to "driving", which is not a section of safety',
    )
    expect(checkSectionLock(lock, { safety: ['blood-pressure', 'driving', 'new-one'] })[0]).toContain('new section ids in safety are not recorded (new-one)')
  })
  it('update keeps every id ever seen and adds new ones', () => {
    expect(updateSectionLock(lock, { safety: ['driving', 'new-one'], history: ['timeline'] }).sections).toEqual({
      safety: ['blood-pressure', 'driving', 'old-name', 'new-one'],
      history: ['timeline'],
    })
  })
})

describe('the real content', () => {
  it('passes the content check (schemas, ids, words, grade, references, lock)', async () => {
    const { checkContent } = await import('@/lib/content-check')
    const report = checkContent()
    expect(report.problems).toEqual([])
    expect(report.articles).toHaveLength(6)
    expect(report.glossaryTerms).toBeGreaterThanOrEqual(70)
  })
})
