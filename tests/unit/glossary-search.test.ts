// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { loadGlossary } from '@/lib/content/glossary'
import { buildIndex, highlight, searchGlossary } from '@/lib/glossary-search'
import { allowedEdits, fold } from '@/lib/text'

const index = buildIndex(loadGlossary())
const top = (q: string) => searchGlossary(index, q)[0]?.id

describe('glossary search finds what people type', () => {
  it.each([
    // brand name -> generic
    ['Spravato', 'esketamine'],
    ['Ketalar', 'ketamine'],
    ['Zoloft', 'ssri'],
    ['Effexor', 'snri'],
    // abbreviation -> term
    ['TRD', 'treatment-resistant-depression'],
    ['NMDA', 'nmda-receptor'],
    ['REMS', 'rems'],
    ['IV', 'intravenous'],
    ['ECT', 'ect'],
    ['KAP', 'kap'],
    ['SI', 'suicidal-ideation'],
    // misspelling -> term
    ['ketamene', 'ketamine'],
    ['eskatamine', 'esketamine'],
    ['PSTD', 'ptsd'],
    ['neuroplastisity', 'neuroplasticity'],
    ['troach', 'troche'],
    ['disociation', 'dissociation'],
    ['bioavailibility', 'bioavailability'],
    // slang and everyday words -> term
    ['special k', 'ketamine'],
    ['k hole', 'k-hole'],
    ['khole', 'k-hole'],
    ['sugar pill', 'placebo'],
    ['shock therapy', 'ect'],
    ['black box', 'boxed-warning'],
    // hyphens, spaces, accents, case
    ['off label', 'off-label'],
    ['OFF-LABEL', 'off-label'],
    ['post traumatic', 'ptsd'],
    ['posttraumatic', 'ptsd'],
    ['Montgomery Åsberg', 'madrs'],
    ['montgomery asberg', 'madrs'],
  ])('%s -> %s first', (query, id) => {
    expect(top(query)).toBe(id)
  })
})

describe('ranking', () => {
  it('puts an exact alias match before prefix matches and typo matches', () => {
    const hits = searchGlossary(index, 'ketamene')
    expect(hits[0]).toMatchObject({ id: 'ketamine', tier: 0 })
    expect(hits.slice(1).every((h) => h.tier >= 0)).toBe(true)
  })
  it('tiers: exact 0, prefix 1, typo 2, definition only 3', () => {
    expect(searchGlossary(index, 'Spravato')[0]!.tier).toBe(0)
    expect(searchGlossary(index, 'dissoc')[0]).toMatchObject({ id: 'dissociation', tier: 1 })
    expect(searchGlossary(index, 'disociation')[0]).toMatchObject({ id: 'dissociation', tier: 2 })
    const tiers = searchGlossary(index, 'Spravato').map((h) => h.tier)
    expect(tiers).toEqual([...tiers].sort())
    expect(tiers).toContain(3)
  })
  it('scales typo tolerance with word length', () => {
    expect(allowedEdits('ect')).toBe(0)
    expect(allowedEdits('troach')).toBe(1)
    expect(allowedEdits('neuroplastisity')).toBe(2)
    expect(searchGlossary(index, 'ecx')).toEqual([])
  })
})

describe('hostile and empty input', () => {
  it('returns nothing, without throwing, for markup, regex characters, very long strings and blanks', () => {
    for (const q of ['<script>alert(1)</script>', '(.*', '[', '\\', '$^|+?', 'a'.repeat(10_000), '   ', '']) {
      expect(() => searchGlossary(index, q)).not.toThrow()
    }
    expect(searchGlossary(index, '(.*')).toEqual([])
    expect(searchGlossary(index, '   ')).toEqual([])
  })
  it('highlights by returning text parts, never markup', () => {
    expect(highlight('The NMDA receptor', ['nmda'])).toEqual([
      { text: 'The ', mark: false },
      { text: 'NMDA', mark: true },
      { text: ' receptor', mark: false },
    ])
    expect(highlight('<b>x</b>', ['b'])).toEqual([
      { text: '<', mark: false },
      { text: 'b', mark: true },
      { text: '>x</', mark: false },
      { text: 'b', mark: true },
      { text: '>', mark: false },
    ])
  })
  it('folds case, accents and punctuation', () => {
    expect(fold('Montgomery–Åsberg')).toBe('montgomery asberg')
    expect(fold('Off-label')).toBe('off label')
  })
})
