// @vitest-environment node
/**
 * One name per idea: the term lists (content/en/terms.yaml, content/es/terms.yaml) and the content
 * check's report of every avoided form, with the file, line and column, the preferred word, the
 * why and the fix.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { checkContent } from '@/lib/content/check'
import { ProblemLog } from '@/lib/content/problem-log'
import { compileTermList, findAvoidedTerms, readTermList } from '@/lib/content/term-lists'
import { mdxTextRanges, stringLiteralRanges, yamlTextRanges } from '@/lib/content/text-ranges'

const fixture = (name: string) => path.join(process.cwd(), 'tests/fixtures/content', name)
const temps: string[] = []
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })))
const temp = (prefix: string) => {
  const dir = mkdtempSync(path.join(tmpdir(), prefix))
  temps.push(dir)
  return dir
}
const copyOf = (name: string) => {
  const dir = temp(`content-${name}-`)
  cpSync(fixture(name), dir, { recursive: true })
  return dir
}

const rules = compileTermList([
  { prefer: 'etiqueta', avoid: ['ficha técnica', 'fichas técnicas'], why: 'La etiqueta de la FDA.', allow: [] },
  { prefer: 'Estados Unidos', avoid: ['EE. UU.', 'EE.UU.'], why: 'El nombre completo.', allow: [] },
  { prefer: 'TEC', avoid: ['ECT'], why: 'La sigla en español.', allow: [] },
  { prefer: 'dispositivo', avoid: ['aparato'], why: 'Una palabra.', allow: ['aparato urinario'] },
  { prefer: 'ajuste gradual de la dosis', avoid: ['titulación'], why: 'Jerga.', allow: ['(titulación)'] },
  { prefer: 'no se vaya a casa hasta que', avoid: ['debe irse solo', 'irse solo cuando'], why: 'Claro.', allow: [] },
])
const found = (text: string) => findAvoidedTerms(text, rules).map((h) => h.found)

describe('matching an avoided form', () => {
  it('ignores case, follows line breaks and repeated spaces, and keeps accents', () => {
    expect(found('Lea la Ficha Técnica.')).toEqual(['Ficha Técnica'])
    expect(found('Lea la ficha\n  técnica y las fichas técnicas.')).toEqual(['ficha técnica', 'fichas técnicas'])
    expect(found('Una ficha tecnica sin tilde.')).toEqual([])
  })
  it('matches whole words only, with Unicode letters as word characters', () => {
    expect(found('La TEC (en inglés, ECT).')).toEqual(['ECT'])
    expect(found('Efectos directos, ECTópico, ñECT, ECTá.')).toEqual([])
    expect(found('En EE. UU. y en EE.UU. también.')).toEqual(['EE. UU.', 'EE.UU.'])
  })
  it('skips a match inside an allowed phrase, and only there', () => {
    expect(found('Irrita el aparato urinario.')).toEqual([])
    expect(found('Un aparato nasal.')).toEqual(['aparato'])
    expect(found('Un ajuste gradual de la dosis (titulación). La titulación dura semanas.')).toEqual(['titulación'])
  })
  it('reports overlapping avoided forms once (one mistake, one message)', () => {
    expect(found('Usted debe irse solo cuando termine.')).toEqual(['debe irse solo'])
  })
})

describe('where readers see words', () => {
  it('an article: text, titles and frontmatter values, not ids, comments or link addresses', () => {
    const source = [
      '---',
      'title: La ficha técnica',
      'kind: ficha técnica',
      '---',
      '',
      '<Callout type="note" title="Sobre la ficha técnica">',
      '',
      'Vea [la ficha técnica](https://example.org/ficha técnica). <Cite id="ficha técnica" /> {/* ficha técnica */}',
      '',
      '</Callout>',
      '',
      '`ficha técnica`',
    ].join('\n')
    const hits = findAvoidedTerms(source, rules, mdxTextRanges(source))
    expect(hits.map((h) => source.slice(0, h.start).split('\n').length)).toEqual([2, 6, 8])
  })
  it('a data file: string values, not ids, sources, aliases or misspellings', () => {
    const yaml =
      '- id: ficha técnica\n  term: Ficha técnica\n  aliases: [ficha técnica]\n  misspellings: [fichas técnicas]\n  note: >-\n    La ficha\n    técnica.\n'
    const hits = findAvoidedTerms(yaml, rules, yamlTextRanges(yaml))
    expect(hits.map((h) => yaml.slice(0, h.start).split('\n').length)).toEqual([2, 6])
  })
  it('the interface strings: string literals and template text, not comments or code', () => {
    const ts = [
      '// ficha técnica in a comment',
      'export const es = {',
      "  a: 'la ficha técnica',",
      '  b: (n: number) => `${n} fichas técnicas ${"ficha técnica"}`,',
      '  /* ficha técnica */ c: "sin nada",',
      '}',
    ].join('\n')
    const hits = findAvoidedTerms(ts, rules, stringLiteralRanges(ts))
    expect(hits.map((h) => [ts.slice(0, h.start).split('\n').length, h.found])).toEqual([
      [3, 'ficha técnica'],
      [4, 'fichas técnicas'],
      [4, 'ficha técnica'],
    ])
  })
})

describe('the content check and the term lists', () => {
  it('refuses a discouraged Spanish form in a Spanish article with the file, line, column and the preferred word', () => {
    const { messages, problems } = checkContent(fixture('term-list'))
    // "aparato urinario" and "(titulación)" are allowed: one mistake, one problem.
    expect(problems).toEqual([
      [
        'tests/fixtures/content/term-list/es/articles/test.mdx:24:26: «ficha técnica»: this site says «etiqueta».',
        '  expected: «etiqueta» instead of «ficha técnica» (tests/fixtures/content/term-list/es/terms.yaml)',
        '  fix: La etiqueta de la FDA; «ficha técnica» es el término de España y la UE. Write «etiqueta»; if «ficha técnica» is right here, add the longer phrase to "allow" under «etiqueta» in tests/fixtures/content/term-list/es/terms.yaml.',
      ].join('\n'),
    ])
    expect(messages[0]).toMatchObject({ ruleId: 'terms', line: 24, column: 26 })
  })

  it('reads the interface strings of the language too, and suggests the word in the case of the one it replaces', () => {
    const strings = temp('strings-')
    writeFileSync(path.join(strings, 'es.ts'), "// Ficha técnica: not read\nexport const es = {\n  label: 'Ficha técnica de Spravato',\n}\n")
    const { problems } = checkContent(fixture('term-list'), { stringsDir: strings })
    expect(problems).toHaveLength(2)
    expect(problems.find((p) => p.includes('es.ts:'))).toContain(`${path.join(strings, 'es.ts')}:3:11: «Ficha técnica»: this site says «Etiqueta».`)
  })

  it('refuses a mistake in the term list itself with its line and the fix, and checks nothing with it', () => {
    const dir = copyOf('term-list')
    const list = path.join(dir, 'es/terms.yaml')
    writeFileSync(list, readFileSync(list, 'utf8').replace('  - prefer: dispositivo', '  - prefr: dispositivo'))
    const { problems } = checkContent(dir)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/es\/terms\.yaml:\d+:\d+: terms\.1\.prefr: unknown field\./)
  })

  it('refuses an allowed phrase that allows nothing', () => {
    const dir = copyOf('term-list')
    const list = path.join(dir, 'es/terms.yaml')
    writeFileSync(list, readFileSync(list, 'utf8').replace('allow: [aparato urinario]', 'allow: [aparatos urinarios]'))
    const { problems } = checkContent(dir)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toContain('the allowed phrase "aparatos urinarios" contains none of the avoided forms (aparato)')
  })

  it("the site's lists read without a problem and hold the Spanish editor's entries", () => {
    const log = new ProblemLog()
    const es = readTermList(path.join(process.cwd(), 'content/es/terms.yaml'), log)
    const en = readTermList(path.join(process.cwd(), 'content/en/terms.yaml'), log)
    expect(log.messages.map((m) => m.reason)).toEqual([])
    expect(en!.terms.length).toBeGreaterThan(0)
    const prefer = (word: string) => es!.terms.find((e) => e.prefer === word)
    expect(prefer('etiqueta')?.avoid).toEqual(['ficha técnica', 'fichas técnicas'])
    expect(prefer('uso fuera de indicación')?.avoid).toEqual(['uso no aprobado', 'usos no aprobados'])
    expect(prefer('TEC')).toMatchObject({ avoid: ['ECT'], allow: [] })
    expect(prefer('dispositivo')?.allow).toEqual(['aparato urinario'])
    expect(prefer('ajuste gradual de la dosis')?.allow).toEqual(['(titulación)'])
    // "no aprobado" alone stays allowed: compounded products are unapproved drugs.
    expect(findAvoidedTerms('Un producto no aprobado.', compileTermList(es!.terms))).toEqual([])
  })
})
