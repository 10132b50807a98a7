// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { analyzeArticleSource } from '@/lib/content/analysis'
import { formatReference, shortReference } from '@/lib/citations/references'
import type { Reference } from '@/lib/content/schemas/reference'

const known = { references: ['a2020', 'b2021', 'c2022'], terms: [], figures: [] }
const head = '<KeyPoints>\n\n- One.\n- Two.\n- Three.\n\n</KeyPoints>\n\n'

describe('citation numbering', () => {
  it('numbers by first use; a repeated source keeps its first number; several keys in one citation', () => {
    const { citations } = analyzeArticleSource(
      `${head}First. <Cite id="b2021" />\n\nSecond. <Cite id="a2020 c2022" />\n\nThird. <Cite id="b2021" />\n`,
      'x.mdx',
      known,
    )
    expect(citations).toEqual([
      { id: 'b2021', n: 1, backlinks: ['cite-1', 'cite-3'] },
      { id: 'a2020', n: 2, backlinks: ['cite-2'] },
      { id: 'c2022', n: 3, backlinks: ['cite-2'] },
    ])
  })
  it('accepts commas between keys', () => {
    const { citations } = analyzeArticleSource(`${head}A. <Cite id="a2020, b2021" />\n`, 'x.mdx', known)
    expect(citations.map((c) => c.n)).toEqual([1, 2])
  })
})

const journal: Reference = {
  id: 'berman2000',
  type: 'article-journal',
  title: 'Antidepressant effects of ketamine in depressed patients',
  author: [
    { family: 'Berman', given: 'RM' },
    { family: 'Cappiello', given: 'A' },
    { family: 'Anand', given: 'A' },
    { family: 'Oren', given: 'DA' },
    { family: 'Heninger', given: 'GR' },
    { family: 'Charney', given: 'DS' },
    { family: 'Krystal', given: 'JH' },
  ],
  issued: { 'date-parts': [[2000, 2, 15]] },
  'container-title': 'Biol Psychiatry',
  volume: '47',
  issue: '4',
  page: '351-354',
  DOI: '10.1016/S0006-3223(99)00230-9',
  PMID: '10686270',
}

describe('reference formatting (Vancouver, citation-js)', () => {
  it('formats a journal article with its DOI and PubMed links', () => {
    const f = formatReference(journal)
    expect(f.text).toBe(
      'Berman RM, Cappiello A, Anand A, Oren DA, Heninger GR, Charney DS, et al. Antidepressant effects of ketamine in depressed patients. Biol Psychiatry. 2000 Feb 15;47(4):351–4.',
    )
    expect(f.links).toEqual([
      { kind: 'doi', label: 'doi:10.1016/S0006-3223(99)00230-9', href: 'https://doi.org/10.1016/S0006-3223(99)00230-9' },
      { kind: 'pubmed', label: 'PubMed 10686270', href: 'https://pubmed.ncbi.nlm.nih.gov/10686270/' },
    ])
    expect(shortReference(f)).toBe('Berman RM, Cappiello A, Anand A, et al. Antidepressant effects of ketamine in depressed patients. Biol Psychiatry, 2000.')
  })
  it('formats a drug label (regulator page) with a DailyMed link', () => {
    const f = formatReference({
      id: 'label',
      type: 'webpage',
      title: 'SPRAVATO (esketamine) nasal spray, CIII: full prescribing information',
      author: [{ literal: 'Janssen Pharmaceuticals' }],
      issued: { 'date-parts': [[2026, 3, 13]] },
      'container-title': 'DailyMed',
      URL: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=d81a6a79-a74a-44b7-822c-0dfa3036eaed',
    })
    expect(f.text).toBe('Janssen Pharmaceuticals. SPRAVATO (esketamine) nasal spray, CIII: full prescribing information. DailyMed; 2026 Mar.')
    expect(f.links).toEqual([
      { kind: 'url', label: 'Label on DailyMed', href: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=d81a6a79-a74a-44b7-822c-0dfa3036eaed' },
    ])
  })
  it('formats an undated web page by its access date, without repeating the organisation', () => {
    const f = formatReference({
      id: 'web',
      type: 'webpage',
      title: 'MedWatch: the FDA safety information and adverse event reporting program',
      author: [{ literal: 'U.S. Food and Drug Administration' }],
      accessed: { 'date-parts': [[2026, 11]] },
      publisher: 'U.S. Food and Drug Administration',
      URL: 'https://www.fda.gov/safety/medwatch',
    })
    expect(f.text).toBe(
      'U.S. Food and Drug Administration. MedWatch: the FDA safety information and adverse event reporting program. U.S. Food and Drug Administration [cited 2026 Nov].',
    )
    expect(f.year).toBe(2026)
    expect(f.links).toEqual([{ kind: 'url', label: 'FDA page', href: 'https://www.fda.gov/safety/medwatch' }])
  })
})
