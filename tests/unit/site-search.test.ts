// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { getArticles, analyzeArticle } from '@/lib/content'
import { getGlossary } from '@/lib/glossary'
import { createAnalyzer } from '@/lib/search/analyze'
import { ANALYZERS } from '@/lib/search/analyzers'
import { buildSearchIndex } from '@/lib/search/build'
import { glossaryHref, sectionHref, type GlossaryGroup, type IndexMeta, type SearchDoc } from '@/lib/search/format'
import { SearchClient } from '@/lib/search/query'
import { makeSnippet, markWords, type Part } from '@/lib/search/snippet'
import { glossaryGroups, searchSuggestions, siteSearchDocs, siteSearchFiles, termLabels } from '@/lib/search/docs'
import { editDistance } from '@/lib/text/edit-distance.mjs'
import { PATIENT_QUERIES } from './site-search.queries'

const english = createAnalyzer(ANALYZERS.english)
const { stem, words } = english
const analyzer = { analyzer: ANALYZERS.english }
const files = siteSearchFiles()
// Read once: reading every article takes a moment.
const allDocs = siteSearchDocs()
const fetched: string[] = []
const client = new SearchClient(async (file) => {
  fetched.push(file)
  const text = files.get(file)
  if (text === undefined) throw new Error(`404 ${file}`)
  return JSON.parse(text)
})
const hrefOf = (expected: string) => {
  if (expected.startsWith('glossary:')) return glossaryHref(expected.slice('glossary:'.length))
  const [slug, id] = expected.split('#') as [string, string | undefined]
  return sectionHref(slug, id ?? null)
}
const hrefs = async (query: string, limit = 5) => (await client.search(query, { limit })).results.map((r) => r.href)
const text = (parts: Part[]) => parts.map((p) => p.text).join('')
const marked = (parts: Part[]) => parts.filter((p) => p.mark).map((p) => p.text.toLowerCase())

describe('patient questions find the right section in the top 3', () => {
  // A query whose section was renamed or removed fails here, as a stale query, rather than below as a ranking failure.
  it('each query points at a section or term that exists', () => {
    const known = new Set(allDocs.map((d) => d.href))
    for (const { expect: expected } of PATIENT_QUERIES) expect(known, expected).toContain(hrefOf(expected))
  })

  it.each(PATIENT_QUERIES)('"$query" -> $expect', async ({ query, expect: expected }) => {
    expect((await hrefs(query, 3)).slice(0, 3)).toContain(hrefOf(expected))
  })
})

describe('forgiving search', () => {
  it.each([
    ['spravatto', glossaryHref('esketamine')],
    ['ketamin', glossaryHref('ketamine')],
    ['blood presure', sectionHref('safety', 'blood-pressure')],
    ['special k', glossaryHref('ketamine')],
    ['k hole', glossaryHref('k-hole')],
    ['benzos', glossaryHref('benzodiazepine')],
    ['drip', glossaryHref('infusion')],
    ['IV', glossaryHref('intravenous')],
    ['esketamine', glossaryHref('esketamine')],
  ])('"%s" finds %s in the top 3', async (query, href) => {
    expect((await hrefs(query, 3)).slice(0, 3)).toContain(href)
  })

  it('treats brand, generic and slang names as one (from the glossary)', async () => {
    // Sections that say only "Spravato" answer "esketamine", with the brand name highlighted.
    const { results } = await client.search('esketamine', { limit: 20 })
    const brandOnly = results.find((r) => r.kind !== 'term' && !/esketamine/i.test(text(r.snippet)) && /spravato/i.test(text(r.snippet)))
    expect(brandOnly, 'a result that says only Spravato').toBeDefined()
    expect(marked(brandOnly!.snippet)).toContain('spravato')
    // "drip" and "IV" reach the IV infusion section.
    expect(await hrefs('drip', 5)).toContain(sectionHref('how-it-is-given', 'iv-infusion'))
    expect(await hrefs('iv', 5)).toContain(sectionHref('how-it-is-given', 'iv-infusion'))
  })

  it('takes synonyms only from the glossary groups it is given', async () => {
    const docs: SearchDoc[] = [
      { kind: 'section', title: 'Using the spray', article: 'A', href: '/a#spray', text: 'Spravato is sprayed into the nose.' },
      { kind: 'section', title: 'Other things', article: 'A', href: '/a#other', text: 'Nothing about nasal sprays here, just pills.' },
    ]
    const groups: GlossaryGroup[] = [{ id: 'esketamine', labels: ['Esketamine', 'Spravato', 'Spravado'] }]
    const search = async (g: GlossaryGroup[], q: string) => {
      const built = buildSearchIndex(docs, g, analyzer)
      return (await new SearchClient(async (f) => JSON.parse(built.get(f)!)).search(q)).results.map((r) => r.href)
    }
    expect(await search(groups, 'esketamine')).toEqual(['/a#spray'])
    expect(await search([], 'esketamine')).toEqual([])
    // A search-only misspelling works through the same group.
    expect(await search(groups, 'spravado')).toEqual(['/a#spray'])
  })

  it('reads aliases and misspellings from the glossary loader', () => {
    const entry = getGlossary().find((e) => e.id === 'esketamine')!
    expect(termLabels(entry)).toEqual(expect.arrayContaining([entry.term, ...entry.aliases]))
    const withMisspelling = { ...entry, misspellings: ['Spravadoe'] }
    expect(termLabels(withMisspelling)).toContain('Spravadoe')
    expect(glossaryGroups().find((g) => g.id === 'k-hole')!.labels).toEqual(termLabels(getGlossary().find((e) => e.id === 'k-hole')!))
  })

  it('stems plurals and common endings the same way', () => {
    expect(stem('infusions')).toBe(stem('infusion'))
    expect(stem('benzos')).toBe(stem('benzo'))
    expect(stem('side effects')).toBe(stem('side effect'))
    expect(stem('driving')).toBe(stem('drive'))
    expect(stem('addictive')).toBe(stem('addiction'))
    expect(stem('ketamine')).toBe(stem('ketamin'))
    expect(stem('cystitis')).toBe('cystitis')
  })

  it('counts a swap of two letters as one edit', () => {
    expect(editDistance('anxeity', 'anxiety', 2)).toBe(1)
    expect(editDistance('ketamine', 'esketamine', 1)).toBe(2)
  })

  it('ignores question words', async () => {
    expect(
      english
        .parseQuery('Can I drive? Is it OK? How much')
        .filter((w) => !w.stop)
        .map((w) => w.word),
    ).toEqual(['drive'])
    expect(words("Shouldn't I")).toEqual(['should', 'not', 'i'])
    expect(await hrefs('how much does it cost')).toEqual(await hrefs('cost'))
    expect((await client.search('how much is it')).results).toEqual([])
  })

  it('ranks short queries sensibly', async () => {
    expect((await hrefs('k', 1))[0]).toBe(glossaryHref('ketamine'))
    expect((await hrefs('nmda', 3)).slice(0, 3)).toContain(sectionHref('how-it-works', 'nmda-receptor'))
    expect((await hrefs('ocd', 3)).slice(0, 3)).toContain(sectionHref('conditions', 'ocd'))
  })
})

describe('intent', () => {
  it('tells a question from a search for a word, and a question about what a word means', () => {
    expect(english.intent('is it adictive')).toEqual({ question: true, definition: false })
    expect(english.intent('how much does it cost')).toEqual({ question: true, definition: false })
    expect(english.intent('What is a K-hole?')).toEqual({ question: true, definition: true })
    expect(english.intent("what's esketamine")).toEqual({ question: true, definition: true })
    expect(english.intent('nasal spray cost')).toEqual({ question: false, definition: false })
    expect(english.intent('')).toEqual({ question: false, definition: false })
    // Each language has its own question words: the Spanish analyzer reads Spanish questions.
    const spanish = createAnalyzer(ANALYZERS.spanish)
    expect(spanish.intent('Puedo manejar a casa')).toEqual({ question: true, definition: false })
    expect(spanish.intent('¿Puedo manejar a casa?')).toEqual({ question: true, definition: false })
    expect(spanish.intent('qué es la esketamina')).toEqual({ question: true, definition: true })
    expect(english.intent('qué es la esketamina')).toEqual({ question: false, definition: false })
  })

  // A small index of its own, so the rule is tested apart from today's wording of the pages.
  const docs: SearchDoc[] = [
    {
      kind: 'term',
      title: 'Addiction',
      article: 'Glossary',
      href: '/glossary#addiction',
      text: 'Addiction is a strong urge to keep using a drug.',
      terms: ['addiction'],
    },
    { kind: 'section', title: 'Can I get hooked on ketamine?', article: 'Safety', href: '/a#misuse', text: 'Ketamine can be misused. Some people get hooked.' },
    { kind: 'section', title: 'What does it cost?', article: 'Overview', href: '/b#cost', text: 'Ask what Spravato will cost you.' },
    {
      kind: 'term',
      title: 'Intranasal',
      article: 'Glossary',
      href: '/glossary#intranasal',
      text: 'Given as a nasal spray into the nose.',
      terms: ['intranasal'],
    },
  ]
  const groups: GlossaryGroup[] = [
    { id: 'addiction', labels: ['Addiction', 'addictive'] },
    { id: 'intranasal', labels: ['Intranasal', 'nasal spray'] },
  ]
  const clientOf = (synonyms: { typed: string; means: string[] }[]) => {
    const index = buildSearchIndex(docs, groups, { ...analyzer, synonyms })
    return new SearchClient(async (file) => JSON.parse(index.get(file)!))
  }
  const top = async (c: SearchClient, q: string) => (await c.search(q, { limit: 4 })).results.map((r) => r.href)

  it('ranks the section that answers a question above the definition of one word in it', async () => {
    const c = clientOf([{ typed: 'addictive', means: ['hooked'] }])
    expect(await top(c, 'is it addictive')).toEqual(['/a#misuse', '/glossary#addiction'])
    // Asking for the word itself, or what it means, still puts the definition first.
    expect((await top(c, 'addiction'))[0]).toBe('/glossary#addiction')
    expect((await top(c, 'what is addiction'))[0]).toBe('/glossary#addiction')
  })

  it("finds the pages' words for a word readers type (the term list's search entries), one way only", async () => {
    const without = clientOf([])
    const withWords = clientOf([
      { typed: 'spray', means: ['Spravato'] },
      { typed: 'addictive', means: ['hooked'] },
    ])
    expect(await top(without, 'is it addictive')).toEqual(['/glossary#addiction'])
    expect(await top(withWords, 'is it addictive')).toEqual(['/a#misuse', '/glossary#addiction'])
    expect(await top(withWords, 'spray')).toContain('/b#cost')
    expect(await top(without, 'spray')).not.toContain('/b#cost')
    // One way: the pages' word does not bring in the reader's.
    expect(await top(withWords, 'spravato')).toEqual(['/b#cost'])
  })
})

describe('results', () => {
  it('show the question, the article and a snippet with the matched words marked', async () => {
    const { results, total } = await client.search('blood presure', { limit: 5 })
    expect(total).toBeGreaterThan(0)
    const hit = results.find((r) => r.href === sectionHref('safety', 'blood-pressure'))!
    expect(hit).toMatchObject({ kind: 'section', title: 'Can ketamine raise my blood pressure?', article: 'Safety' })
    expect(marked(hit.titleParts)).toContain('blood pressure')
    expect(marked(hit.snippet).join(' ')).toMatch(/blood pressure/)
    expect(text(hit.snippet).split(/\s+/).length).toBeLessThanOrEqual(34)
  })

  it('include glossary terms, marked as definitions, with the definition as the snippet', async () => {
    const { results } = await client.search('k hole', { limit: 3 })
    expect(results[0]).toMatchObject({ kind: 'term', title: 'K-hole', article: 'Glossary', href: glossaryHref('k-hole') })
    expect(text(results[0]!.snippet)).toContain('dissociation')
  })

  it('say how many matched, beyond the ones shown', async () => {
    const response = await client.search('ketamine', { limit: 4 })
    expect(response.results).toHaveLength(4)
    expect(response.total).toBeGreaterThan(50)
  })
})

describe('the index', () => {
  it('covers every article automatically: its opening and each ## section, linked through sectionHref', () => {
    const docs = allDocs
    for (const article of getArticles()) {
      expect(docs.some((d) => d.kind === 'intro' && d.href === sectionHref(article.slug, null))).toBe(true)
      for (const heading of analyzeArticle(article).headings.filter((h) => h.depth === 2)) {
        const doc = docs.find((d) => d.href === sectionHref(article.slug, heading.id))
        expect(doc, `${article.slug}#${heading.id}`).toMatchObject({ kind: 'section', title: heading.text, article: article.navTitle })
        expect(doc!.text.length).toBeGreaterThan(40)
      }
    }
    expect(docs.filter((d) => d.kind === 'term')).toHaveLength(getGlossary().length)
  })

  it('keeps section text readable: no citation ids, comments or markup', () => {
    for (const doc of allDocs) expect(doc.text, doc.href).not.toMatch(/<Cite|\/\*|\{|<[A-Za-z]/)
  })

  it('is deterministic and its meta names files that exist', { timeout: 30_000 }, () => {
    const again = buildSearchIndex(allDocs, glossaryGroups(), { ...analyzer, suggestions: searchSuggestions(allDocs) })
    const meta = JSON.parse(files.get('meta.json')!) as IndexMeta
    expect(JSON.parse(again.get('meta.json')!).v).toBe(meta.v)
    meta.chunks.forEach((_, i) => expect(files.has(`p-${i}.json`)).toBe(true))
    expect(meta.n).toBe(allDocs.length)
    for (const s of meta.s) expect(allDocs.some((d) => d.href === s.href)).toBe(true)
    expect(meta.s.length).toBeGreaterThanOrEqual(3)
  })

  it('fetches only the files a query needs', async () => {
    fetched.length = 0
    const fresh = new SearchClient(async (file) => {
      fetched.push(file)
      return JSON.parse(files.get(file)!)
    })
    await fresh.search('bladder', { limit: 3 })
    expect(fetched.filter((f) => f.startsWith('d-'))).toHaveLength(3)
    expect(fetched.length).toBeLessThan(12)
    expect(fetched.length).toBeLessThan(files.size / 10)
  })
})

describe('bad input', () => {
  const hostile = [
    'a'.repeat(10_000),
    'ketamine '.repeat(2_000),
    '.*+?^${}()|[]\\/ (?<x>a)\\1',
    '<img src=x onerror=alert(1)>',
    '<script>alert("x")</script> ketamine',
    '💊🙂🧠',
    '💊 spravato 🙂',
    '\u0000\u202e\u200b',
    'كيتامين 氯胺酮',
    '"); DROP TABLE sections; --',
    '   ',
    '',
    '%s %d {0} ${x}',
    '__proto__ constructor prototype',
  ]

  it.each(hostile.map((q) => [q.slice(0, 40), q]))('"%s" returns results or the empty state, never an error', async (_, query) => {
    const response = await client.search(query, { limit: 5 })
    expect(response.total).toBeGreaterThanOrEqual(0)
    expect(response.query.length).toBeLessThanOrEqual(200)
    for (const r of response.results) {
      // Highlighting only marks the document's own text: nothing of the query is echoed as markup.
      expect(text(r.titleParts)).toBe(r.title)
      expect(text(r.snippet)).not.toContain('<')
    }
  })

  it('finds what a hostile query also asks for', async () => {
    expect((await hrefs('(spravatto)?.*[]', 3)).slice(0, 3)).toContain(glossaryHref('esketamine'))
    expect((await hrefs('💊 benzos 🙂', 3)).slice(0, 3)).toContain(glossaryHref('benzodiazepine'))
  })

  it('highlighting returns the text unchanged, split into parts', () => {
    const input = '<b>Spravato</b> & (ketamine)? $1 \\d+ 💊'
    const parts = markWords(english, input, { terms: new Set([stem('spravato'), stem('ketamine')]), phrases: [] })
    expect(text(parts)).toBe(input)
    expect(marked(parts)).toEqual(['spravato', 'ketamine'])
    expect(text(makeSnippet(english, input, { terms: new Set(['<b>']), phrases: [] }))).toBe(input)
  })

  it('a failed file is fetched again on the next query', async () => {
    let fail = true
    const flaky = new SearchClient(async (file) => {
      if (fail && file.startsWith('p-')) throw new Error('offline')
      return JSON.parse(files.get(file)!)
    })
    await expect(flaky.search('bladder')).rejects.toThrow()
    fail = false
    // A missing postings chunk reads as no match; the next query fetches it again and finds it.
    expect((await flaky.search('bladder', { limit: 3 })).results.length).toBeGreaterThan(0)
  })
})
