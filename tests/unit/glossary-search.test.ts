// @vitest-environment node
/**
 * The glossary's search: the site index (lib/search), definitions only (SearchClient.terms), as
 * the /glossary island runs it.
 */
import { describe, expect, it } from 'vitest'
import { siteSearchFiles } from '@/lib/search/docs'
import { SearchClient } from '@/lib/search/query'
import { searchTerms } from '@/lib/search/terms'
import { allowedEdits, fold } from '@/lib/text'

const files = siteSearchFiles()
const client = new SearchClient(async (file) => JSON.parse(files.get(file)!))
const searchGlossary = (q: string) => searchTerms(client, q)
const top = async (q: string) => (await searchGlossary(q))[0]?.id

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
  ])('%s -> %s first', async (query, id) => {
    expect(await top(query)).toBe(id)
  })
})

describe('ranking', () => {
  it('puts an exact alias match before prefix matches and typo matches', async () => {
    const hits = await searchGlossary('ketamene')
    expect(hits[0]).toMatchObject({ id: 'ketamine', tier: 0 })
    expect(hits.slice(1).every((h) => h.tier >= hits[0]!.tier)).toBe(true)
  })
  it('tiers: exact 0, prefix 1, typo 2, definition only 3', async () => {
    expect((await searchGlossary('Spravato'))[0]!.tier).toBe(0)
    expect((await searchGlossary('dissoc'))[0]).toMatchObject({ id: 'dissociation', tier: 1 })
    expect((await searchGlossary('disociation'))[0]).toMatchObject({ id: 'dissociation', tier: 2 })
    const tiers = (await searchGlossary('Spravato')).map((h) => h.tier)
    expect(tiers).toEqual([...tiers].sort())
    expect(tiers).toContain(3)
  })
  it('scales typo tolerance with word length', async () => {
    expect(allowedEdits('ect')).toBe(0)
    expect(allowedEdits('troach')).toBe(1)
    expect(allowedEdits('neuroplastisity')).toBe(2)
    expect(await searchGlossary('ecx')).toEqual([])
  })
  it('forgives a typo inside a name of several words, and the name typed without its spaces', async () => {
    expect(await top('liver njury')).toBe('liver-injury')
    expect(await top('suicidehotline')).toBe('crisis-line-988')
  })
  it('lists names that start with two letters, closest first, and not every definition with a word that does', async () => {
    const hits = await searchGlossary('ke')
    expect(hits[0]).toMatchObject({ id: 'ketamine', tier: 1 })
    expect(hits.every((h) => h.tier === 1)).toBe(true)
  })
})

describe('hostile and empty input', () => {
  it('returns nothing, without throwing, for markup, regex characters, very long strings and blanks', async () => {
    for (const q of ['<script>alert(1)</script>', '(.*', '[', '\\', '$^|+?', 'a'.repeat(10_000), '   ', '', '__proto__ constructor']) {
      await expect(searchGlossary(q)).resolves.toBeInstanceOf(Array)
    }
    expect(await searchGlossary('(.*')).toEqual([])
    expect(await searchGlossary('   ')).toEqual([])
  })
  it('highlights by returning text parts, never markup', async () => {
    const [nmda] = await searchGlossary('nmda')
    expect(nmda!.mark('The NMDA receptor')).toEqual([
      { text: 'The ', mark: false },
      { text: 'NMDA', mark: true },
      { text: ' receptor', mark: false },
    ])
    const [spravato] = await searchGlossary('Spravato')
    expect(spravato!.mark('<b>Spravato</b> (esketamine)')).toEqual([
      { text: '<b>', mark: false },
      { text: 'Spravato', mark: true },
      { text: '</b> (esketamine)', mark: false },
    ])
  })
  it('folds case, accents and punctuation', () => {
    expect(fold('Montgomery–Åsberg')).toBe('montgomery asberg')
    expect(fold('Off-label')).toBe('off label')
  })
})
