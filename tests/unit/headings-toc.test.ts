// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { analyzeArticleSource } from '@/lib/content/analysis'
import { slugify } from '@/lib/mdx/headings.mjs'
import { checkSectionLock, updateSectionLock } from '@/lib/content/section-lock'
import { buildToc } from '@/lib/sections/toc'

const known = { references: [], terms: [], figures: [] }
const head = '<KeyPoints>\n\n- One.\n- Two.\n- Three.\n\n</KeyPoints>\n\n'

describe('section ids', () => {
  it('slugs heading text like GitHub', () => {
    expect(slugify('Can ketamine raise my blood pressure?')).toBe('can-ketamine-raise-my-blood-pressure')
    expect(slugify('Spravato (esketamine): what is it?')).toBe('spravato-esketamine-what-is-it')
  })
  it('lets a pinned id override the slug and removes the pin from the text', () => {
    const { headings } = analyzeArticleSource(
      `${head}## Can it raise my blood pressure? {/*blood-pressure*/}\n\nText.\n\n### Who is at risk\n\nText.\n`,
      'x.mdx',
      known,
    )
    expect(headings).toEqual([
      { depth: 2, id: 'blood-pressure', text: 'Can it raise my blood pressure?', pinned: true, line: 9 },
      { depth: 3, id: 'who-is-at-risk', text: 'Who is at risk', pinned: false, line: 13 },
    ])
  })
  it('refuses a pinned id that is not lower-case-hyphenated', () => {
    expect(() => analyzeArticleSource(`${head}## Blood pressure {/*Blood Pressure*/}\n`, 'x.mdx', known)).toThrow(
      /Pinned section id "Blood Pressure" is not valid/,
    )
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
  it('fails when an id disappears without a redirect, naming the article, id and fix', () => {
    const problems = checkSectionLock(lock, { safety: ['driving'] })
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({ slug: 'safety', lockPath: ['sections', 'safety', '0'] })
    expect(problems[0]!.reason).toContain('Section id "blood-pressure" has disappeared from safety')
    expect(problems[0]!.fix).toContain('add "blood-pressure": "<new-id>" under redirects.safety')
  })
  it('refuses a redirect that points nowhere, and new ids that are not recorded', () => {
    const dangling = checkSectionLock({ sections: { safety: ['driving'] }, redirects: { safety: { 'old-name': 'drivng' } } }, { safety: ['driving'] })
    expect(dangling).toHaveLength(1)
    expect(dangling[0]!.reason).toBe('The redirect from "old-name" points to "drivng", which is not a section of safety.')
    expect(dangling[0]!.fix).toContain('Did you mean "driving"?')
    const fresh = checkSectionLock(lock, { safety: ['blood-pressure', 'driving', 'new-one'] })
    expect(fresh).toHaveLength(1)
    expect(fresh[0]).toMatchObject({ headingId: 'new-one', fix: 'run npm run lock:sections and commit content/section-ids.lock.json.' })
  })
  it('update keeps every id ever seen and adds new ones', () => {
    expect(updateSectionLock(lock, { safety: ['blood-pressure', 'driving', 'new-one'], history: ['timeline'] }).lock.sections).toEqual({
      safety: ['blood-pressure', 'driving', 'old-name', 'new-one'],
      history: ['timeline'],
    })
  })

  describe('a renamed heading whose old id has an older redirect pointing to it', () => {
    // safety once had "can-it-raise-bp", renamed to "blood-pressure"; now "blood-pressure" is renamed to "bp-danger".
    const before = { sections: { safety: ['blood-pressure', 'driving'] }, redirects: { safety: { 'can-it-raise-bp': 'blood-pressure' } } }
    const now = { safety: ['bp-danger', 'driving'] }
    // The rename itself (refused with the fix, fixed by lock:sections, both old links rendered on the
    // renamed section) is tested end to end on a fixture folder in content-fixtures.test.tsx.
    it('is refused when only the new redirect is added by hand: the older one would chain and land at the top of the page', () => {
      const byHand = { sections: before.sections, redirects: { safety: { ...before.redirects.safety, 'blood-pressure': 'bp-danger' } } }
      const chained = checkSectionLock(byHand, now).find((p) => p.lockPath?.[2] === 'can-it-raise-bp')
      expect(chained?.reason).toBe(
        'The redirect "can-it-raise-bp" → "blood-pressure" goes through "blood-pressure", which now redirects to "bp-danger"; links to #can-it-raise-bp would land at the top of the page.',
      )
      expect(chained?.fix).toContain('run npm run lock:sections (it points "can-it-raise-bp" straight to "bp-danger")')
    })
    it('flattens a chain written by hand, and drops a redirect from an id that is a section again', () => {
      const byHand = { sections: { safety: ['a', 'b', 'c'] }, redirects: { safety: { a: 'b', b: 'c', x: 'a' } } }
      const { lock: next } = updateSectionLock(byHand, { safety: ['c', 'a'] })
      expect(next.redirects.safety).toEqual({ b: 'c', x: 'a' })
    })
    it('does not guess when several ids changed at once', () => {
      const { lock: next, unresolved } = updateSectionLock({ sections: { safety: ['a', 'b'] }, redirects: {} }, { safety: ['c', 'd'] })
      expect(unresolved).toHaveLength(2)
      expect(unresolved[0]).toContain('section id "a" has disappeared; add "a": "<new-id>" under redirects.safety')
      expect(next.redirects.safety).toBeUndefined()
    })
  })
})
