// @vitest-environment node
/**
 * Aliases are shown to readers ("Also called"); misspellings only feed search. The content check
 * refuses a misspelling kept among the aliases, and each term's sources are numbered references.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { renderToStaticMarkup } from 'react-dom/server'
import { checkContent } from '@/lib/content/check'
import { looksMisspelt } from '@/lib/content/check/glossary-rules'
import { glossaryEntriesForSearch, glossarySearchData, numberGlossarySources } from '@/lib/glossary'
import { buildIndex, searchGlossary } from '@/lib/glossary-search'
import { GlossaryEntryView } from '@/components/glossary/GlossaryEntryView'
import { GET } from '@/app/(default)/glossary/entries.json/route'

describe('an alias that looks like a misspelling', () => {
  it.each([
    ['Spravado', 'Spravato'],
    ['ketamene', 'Ketamine'],
    ['esketamin', 'Esketamine'],
    ['seratonin', 'Serotonin'],
    ['neuroplastisity', 'Neuroplasticity'],
    ['trochee', 'Troche'],
  ])('%s (of %s) is one', (alias, name) => expect(looksMisspelt(alias, name)).toBe(true))
  it.each([
    ['anaesthesia', 'Anesthesia', 'British spelling'],
    ['depersonalisation', 'Depersonalization', 'British spelling'],
    ['antidepressants', 'Antidepressant', 'plural'],
    ['remitted', 'remitter', 'another ending'],
    ['phase II', 'phase I', 'another number'],
    ['phase 2', 'phase 3', 'another number'],
    ['Vetalar', 'Ketalar', 'another brand (the first letter differs)'],
    ['R-ketamine', 'Arketamine', 'another real name'],
    ['HRSD', 'HDRS', 'short abbreviations are left to the editor'],
    ['PSTD', 'PTSD', 'short abbreviations are left to the editor'],
  ])('%s (of %s) is not: %s', (alias, name) => expect(looksMisspelt(alias, name)).toBe(false))

  const temps: string[] = []
  afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })))
  it('is refused by the content check, in one problem with the line and the fix', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'content-alias-'))
    temps.push(dir)
    cpSync(path.join(process.cwd(), 'tests/fixtures/content/citation-typo'), dir, { recursive: true })
    writeFileSync(
      path.join(dir, 'en/articles/treatment.mdx'),
      readFileSync(path.join(dir, 'en/articles/treatment.mdx'), 'utf8').replace('spravato-p1', 'spravato-pi'),
    )
    const glossary = path.join(dir, 'en/glossary.yaml')
    writeFileSync(glossary, readFileSync(glossary, 'utf8').replace('aliases: [Spravato]\n  misspellings: [Spravado]', 'aliases: [Spravato, Spravado]'))
    const { problems } = checkContent(dir)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/glossary\.yaml:11:23: term "esketamine": alias "Spravado" looks like a misspelling of "Spravato"\./)
    expect(problems[0]).toContain('fix: Move "Spravado" from aliases to misspellings (or "Spravato", if that is the misspelling).')
  })
})

describe('misspellings feed search and are never shown', () => {
  const esketamine = glossaryEntriesForSearch().find((e) => e.id === 'esketamine')!
  it('the entry shows its aliases as "Also called" but not its misspellings', () => {
    const html = renderToStaticMarkup(<GlossaryEntryView entry={esketamine} />)
    expect(html).toContain('Also called')
    expect(html).toContain('Spravato')
    expect(html).not.toMatch(/Spravado|eskatamine/)
    expect(esketamine).not.toHaveProperty('misspellings')
  })
  it('the search data (/glossary/entries.json) carries them, and search finds the term by one', async () => {
    const data = (await GET().json()) as ReturnType<typeof glossarySearchData>
    expect(data.find((t) => t.id === 'esketamine')?.misspellings).toContain('Spravado')
    expect(searchGlossary(buildIndex(data), 'Spravado')[0]).toMatchObject({ id: 'esketamine', tier: 0 })
  })
})

describe('glossary sources are numbered references', () => {
  it('numbers sources in order of first use down the page; a repeated source keeps its number', () => {
    const { list, byTerm } = numberGlossarySources([
      { id: 'a', term: 'A', sources: ['x', 'y'] },
      { id: 'b', term: 'B', sources: [] },
      { id: 'c', term: 'C', sources: ['y', 'z'] },
    ])
    expect(list.map((s) => [s.id, s.n, s.citedBy.map((t) => t.id)])).toEqual([
      ['x', 1, ['a']],
      ['y', 2, ['a', 'c']],
      ['z', 3, ['c']],
    ])
    expect(byTerm.get('c')).toEqual([
      { id: 'y', n: 2 },
      { id: 'z', n: 3 },
    ])
  })
  it('each entry links its sources to the reference list', () => {
    const html = renderToStaticMarkup(
      <GlossaryEntryView entry={{ ...glossaryEntriesForSearch().find((e) => e.id === 'esketamine')!, sources: [{ id: 'spravato-pi', n: 3 }] }} />,
    )
    expect(html).toMatch(/<a href="#ref-spravato-pi"[^>]*aria-label="Reference 3"[^>]*>3<\/a>/)
  })
})
