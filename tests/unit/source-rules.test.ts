// @vitest-environment node
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkContent } from '@/lib/content/check'
import { parseArticleSource } from '@/lib/content'
import { citationUnits, citedPercent, findNumber } from '@/lib/content/check/citation-coverage'
import { formatReference } from '@/lib/citations/references'

const fixture = (name: string) => path.join(process.cwd(), 'tests/fixtures/content', name)
/** The fixture's problems that mention `needle`, one per line. */
const problems = (name: string, needle: string) => checkContent(fixture(name)).problems.filter((p) => p.includes(needle))

describe('references: journal ids, non-source URLs and drug-label dates (rules 1, 2, 4)', () => {
  const refs = (id: string) => problems('source-rules', `entry "${id}"`)
  it('refuses a journal article without DOI or PMID, naming the entry, its line and the fix', () => {
    expect(refs('nodoi2021')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/content/source-rules/references.json:13:5: entry "nodoi2021": a journal article has no "DOI" or "PMID".
        expected: a DOI or PMID, so readers can find the article
        fix: Look it up on PubMed (https://pubmed.ncbi.nlm.nih.gov/) and add "DOI" or "PMID".",
      ]
    `)
  })
  it('refuses a URL that is only a home page', () => {
    expect(refs('homepage')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/content/source-rules/references.json:27:5: entry "homepage": URL: https://clinic.example.org/ is a site's home page.
        expected: the page that holds the fact
        fix: Link the page that holds the fact, or, if this page is the right source, say why in "custom": { "acceptedBecause": "..." }.",
      ]
    `)
  })
  it('refuses a host on the list of non-sources', () => {
    expect(refs('mirror')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/content/source-rules/references.json:36:5: entry "mirror": URL: newswire.ca is not a source (paid press-release distribution).
        expected: the original: the study, the regulator, or the issuer's own page (references.notSources in content/settings.yaml)
        fix: Cite the original instead, or, if this page is the right source, say why in "custom": { "acceptedBecause": "..." }.",
      ]
    `)
  })
  it('accepts a home page whose entry says why in custom.acceptedBecause, and labels with query URLs', () => {
    expect(refs('crisisline')).toEqual([])
    expect(refs('fresh-label')).toEqual([])
    expect(refs('good2020')).toEqual([])
  })
  it('refuses a drug label without the date it was checked', () => {
    expect(refs('undated-label')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/content/source-rules/references.json:51:5: entry "undated-label": a drug label ("Summary of product characteristics") has no "accessed" (the date you checked it).
        expected: a drug label with "issued" and "accessed" dates
        fix: Add it from the label's page.",
      ]
    `)
  })
  it('reports an article citing a label checked more than 12 months before its lastReviewed, at the citing line', () => {
    expect(problems('source-rules', 'drug label "')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/content/source-rules/en/articles/test.mdx:24:1: Cites the drug label "old-label", last checked 2025-06-01, more than 12 months before lastReviewed (2026-11-21); the label may have changed.
        expected: a label checked on or after 2025-11-21 (references.labelMaxAgeMonths in content/settings.yaml)
        fix: Read the current label, then update "accessed" (and "issued" if it was revised) in references.json.",
      ]
    `)
  })
})

describe('numbers need a citation (rule 3)', () => {
  const numbers = () => problems('number-rules', 'states a number')
  it('refuses uncited numbers in paragraphs and list items, at the line of the number', () => {
    expect(numbers()).toMatchInlineSnapshot(`
      [
        "tests/fixtures/content/number-rules/en/articles/test.mdx:23:1: A paragraph states a number ("1962") with no <Cite>.
        expected: a <Cite> in the same paragraph
        fix: Cite the source of the number there, or mark a made-up example with {/* illustration */}.",
        "tests/fixtures/content/number-rules/en/articles/test.mdx:26:1: A paragraph states a number ("two hours") with no <Cite>.
        expected: a <Cite> in the same paragraph
        fix: Cite the source of the number there, or mark a made-up example with {/* illustration */}.",
        "tests/fixtures/content/number-rules/en/articles/test.mdx:51:32: A list item states a number ("3 in 10") with no <Cite>.
        expected: a <Cite> in the same list item or in the paragraph that introduces the list
        fix: Cite the source of the number there, or mark a made-up example with {/* illustration */}.",
      ]
    `)
  })
  // Each case is a line of tests/fixtures/content/number-rules/en/articles/test.mdx with a number.
  it.each([
    ['a list item covered by its introducing paragraph', 29],
    ['a paragraph marked {/* illustration */}', 32],
    ['crisis numbers (988, 911, 9-8-8)', 34],
    ['"Schedule III" in a <Term> and digits in a link URL', 36],
    ['a question in <QuestionsToAsk>', 42],
    ['a table', 48],
  ])('passes %s', (_, line) => {
    expect(numbers().filter((p) => p.includes(`test.mdx:${line}:`))).toEqual([])
  })
  it('finds digits, percentages, "N in 100", years and spelled-out durations, but not ids, words with digits or crisis lines', () => {
    const first = (text: string) => findNumber(text)?.text ?? null
    expect(first('It lasted about 2 hours.')).toBe('2 hours')
    expect(first('About 48% of people.')).toBe('48%')
    expect(first('About 1 in 100 people.')).toBe('1 in 100')
    expect(first('Approved in 2019.')).toBe('2019')
    expect(first('It takes two weeks.')).toBe('two weeks')
    expect(first('After a forty-minute wait.')).toBe('forty-minute')
    expect(first('Twenty-five people took part.')).toBe('Twenty-five people')
    expect(first('About one in five felt sick.')).toBe('one in five')
    expect(first('One or two days later.')).toBe('two days')
    for (const text of [
      'Schedule III',
      'CYP3A4 enzymes',
      'after COVID-19',
      'visit 988lifeline.org',
      'no one in the room',
      'one of the trials',
      'the 2nd dose',
    ]) {
      expect(first(text), text).toBeNull()
    }
    for (const text of ['call or text 988', 'call 911', 'call 9-8-8', 'call 1-800-273-8255', 'text HOME to 741741']) expect(first(text), text).toBeNull()
  })
})

describe('cited share (rule 5)', () => {
  it("counts paragraphs and list items that carry a citation, theirs or their list's", () => {
    const tree = parseArticleSource('A fact. <Cite id="a" />\n\nThe list: <Cite id="a" />\n\n- One.\n- Two.\n\nSome text.\n\n- Alone.\n')
    const units = citationUnits(tree)
    expect(units.map((u) => [u.kind, u.line, u.cited || u.introCited])).toEqual([
      ['paragraph', 1, true],
      ['paragraph', 3, true],
      ['list item', 5, true],
      ['list item', 6, true],
      ['paragraph', 8, false],
      ['list item', 10, false],
    ])
    expect(citedPercent(units)).toBe(67)
  })
  it('is reported per article by the content check', () => {
    expect(checkContent(fixture('number-rules')).articles[0]?.citedPercent).toBe(38)
  })
})

describe('drug labels show their revision in the reference list (rule 6)', () => {
  const label = {
    type: 'webpage' as const,
    title: 'TESTAMINE nasal spray: full prescribing information',
    author: [{ literal: 'Test Pharma' }],
    issued: { 'date-parts': [[2026, 3, 13]] as [[number, ...number[]]] },
    accessed: { 'date-parts': [[2026, 11, 2]] as [[number, ...number[]]] },
    'container-title': 'DailyMed',
    URL: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=x',
  }
  it('adds "<genre>, revised <Month> <year>" where Vancouver puts the genre, keeping the rest', () => {
    expect(formatReference({ ...label, id: 'label-pi', genre: 'Prescribing information' }).text).toBe(
      'Test Pharma. TESTAMINE nasal spray: full prescribing information [Prescribing information, revised March 2026]. DailyMed; 2026 Mar.',
    )
    expect(formatReference({ ...label, id: 'label-smpc', genre: 'Summary of product characteristics', issued: { 'date-parts': [[2019]] } }).text).toBe(
      'Test Pharma. TESTAMINE nasal spray: full prescribing information [Summary of product characteristics, revised 2019]. DailyMed; 2019.',
    )
  })
  it('leaves other genres and unlabelled entries as they were, and never shows custom', () => {
    expect(formatReference({ ...label, id: 'label-none' }).text).toBe('Test Pharma. TESTAMINE nasal spray: full prescribing information. DailyMed; 2026 Mar.')
    expect(formatReference({ ...label, id: 'news', genre: 'News release', custom: { acceptedBecause: 'a reason' } }).text).toBe(
      'Test Pharma. TESTAMINE nasal spray: full prescribing information [News release]. DailyMed; 2026 Mar.',
    )
  })
})
