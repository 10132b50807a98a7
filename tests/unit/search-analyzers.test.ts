// @vitest-environment node
/**
 * Each language's search analyzer is configuration: the locale names it, the build writes it into
 * that language's index, and the browser's engine reads it from there. A language the engine has
 * never seen (no stemmer, another script) works with no code change.
 */
import { describe, expect, it } from 'vitest'
import { LOCALE_INFO, LOCALES } from '@/lib/i18n/locales'
import { createAnalyzer } from '@/lib/search/analyze'
import { ANALYZERS, analyzerFor, type AnalyzerSpec } from '@/lib/search/analyzers'
import { buildSearchIndex } from '@/lib/search/build'
import { siteSearchFiles } from '@/lib/search/docs'
import { shardKey, type GlossaryGroup, type IndexMeta, type SearchDoc } from '@/lib/search/format'
import { SearchClient } from '@/lib/search/query'
import { STEMMERS } from '@/lib/search/stemmers'
import { searchTerms } from '@/lib/search/terms'
import { fold } from '@/lib/text'

const clientOf = (files: Map<string, string>) => new SearchClient(async (file) => JSON.parse(files.get(file)!))

describe('a language names its analyzer', () => {
  it('every locale names an analyzer with a known stemmer and folded word lists', () => {
    for (const locale of LOCALES) {
      const spec = ANALYZERS[LOCALE_INFO[locale].search]
      expect(Object.keys(STEMMERS), locale).toContain(spec.stemmer)
      for (const word of [...spec.stopWords, ...spec.questionWords]) expect(fold(word), `${locale}: ${word}`).toBe(word)
    }
  })

  // Reads and indexes every article of every language (once per worker: other files reuse it).
  it("each language's index carries its analyzer, which the engine reads", { timeout: 120_000 }, () => {
    for (const locale of LOCALES) {
      const meta = JSON.parse(siteSearchFiles(locale).get('meta.json')!) as IndexMeta
      expect(meta.a, locale).toEqual(analyzerFor(locale))
    }
  })

  it("keeps each language's stop words and stems apart", async () => {
    const english = createAnalyzer(ANALYZERS.english)
    const spanish = createAnalyzer(ANALYZERS.spanish)
    expect(english.isStop('the') && !english.isStop('que') && !english.isStop('si')).toBe(true)
    expect(spanish.isStop('que') && !spanish.isStop('the')).toBe(true)
    expect(spanish.stem('sesiones')).toBe(spanish.stem('sesion'))
    expect(spanish.stem('adictiva')).toBe(spanish.stem('adictivo'))
    expect(english.stem('driving')).toBe(english.stem('drive'))
    // "SI" was a Spanish stop word in the one list both languages shared; in English it is a term.
    expect((await searchTerms(clientOf(siteSearchFiles('en')), 'SI'))[0]).toMatchObject({ id: 'suicidal-ideation', tier: 0 })
  })

  it('the Spanish glossary searches the Spanish index', async () => {
    const es = clientOf(siteSearchFiles('es'))
    expect((await searchTerms(es, 'esquetamina'))[0]?.id).toBe('esketamine')
    expect((await searchTerms(es, 'Spravato'))[0]).toMatchObject({ id: 'esketamine', tier: 0 })
  })
})

describe('a language the engine has never seen', () => {
  const docs: SearchDoc[] = [
    { kind: 'section', title: 'Đau bàng quang', article: 'An toàn', href: '/vi/articles/safety#bladder', text: 'Ketamin có thể gây đau bàng quang.' },
    { kind: 'section', title: 'Lái xe', article: 'An toàn', href: '/vi/articles/safety#driving', text: 'Không lái xe sau buổi điều trị.' },
    {
      kind: 'term',
      title: 'Esketamin',
      article: 'Thuật ngữ',
      href: '/vi/glossary#esketamine',
      text: 'Thuốc xịt mũi.',
      keywords: ['Spravato'],
      defines: 'esketamine',
    },
  ]
  const groups: GlossaryGroup[] = [{ id: 'esketamine', labels: ['Esketamin', 'Spravato'] }]

  it('with no stemmer and no word lists yet (basic): words, typos and glossary names', async () => {
    const client = clientOf(buildSearchIndex(docs, groups, { analyzer: ANALYZERS.basic }))
    const top = async (q: string) => (await client.search(q, { limit: 1 })).results[0]?.href
    expect(await top('đau bàng quang')).toBe('/vi/articles/safety#bladder')
    expect(await top('dau bang quang')).toBe('/vi/articles/safety#bladder')
    expect(await top('lai xw')).toBe('/vi/articles/safety#driving')
    expect((await searchTerms(client, 'spravato'))[0]).toMatchObject({ id: 'esketamine', tier: 0 })
  })

  it('in a script whose marks are letters (keep), and in one outside a-z with shards of its own', async () => {
    const hindi: AnalyzerSpec = { stemmer: 'none', marks: 'keep', stopWords: ['का'], questionWords: [], definitionQuestions: [] }
    expect(fold('केटामाइन')).not.toBe('केटामाइन')
    expect(fold('केटामाइन', { keepMarks: true })).toBe('केटामाइन')
    const files = buildSearchIndex([{ kind: 'section', title: 'केटामाइन का असर', article: 'सुरक्षा', href: '/hi/a#x', text: 'केटामाइन' }], [], { analyzer: hindi })
    expect((await clientOf(files).search('केटामाइन')).results[0]?.href).toBe('/hi/a#x')

    expect(shardKey('كيتامين', 1)).toBe('-643')
    const arabic = buildSearchIndex([{ kind: 'section', title: 'كيتامين', article: 'أمان', href: '/ar/a#x', text: 'كيتامين وضغط الدم' }], [], {
      analyzer: ANALYZERS.basic,
    })
    expect(arabic.has('v--643.json')).toBe(true)
    expect((await clientOf(arabic).search('كيتامين')).results[0]?.href).toBe('/ar/a#x')
  })
})
