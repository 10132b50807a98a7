// @vitest-environment node
/**
 * A translated glossary entry may carry sources of its own (`sources:` in content/es/glossary.yaml),
 * added after the English entry's; and it must, when it states a number or a phone or text
 * instruction that the English entry does not (988's "oprima el 2", "AYUDA").
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { checkContent } from '@/lib/content/check'
import { ProblemLog } from '@/lib/content/problem-log'
import { readGlossary } from '@/lib/content/glossary'
import { readGlossaryTranslation } from '@/lib/content/glossary-translation'
import { readReferences } from '@/lib/content/references'
import { numberGlossarySources } from '@/lib/glossary'
import { translationOnlyFacts } from '@/lib/content/check/glossary-rules'

const fixture = path.join(process.cwd(), 'tests/fixtures/content/glossary-translation')
const temps: string[] = []
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })))
const copy = (edit: (text: string) => string) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'glossary-translation-'))
  temps.push(dir)
  cpSync(fixture, dir, { recursive: true })
  const file = path.join(dir, 'es/glossary.yaml')
  writeFileSync(file, edit(readFileSync(file, 'utf8')))
  return dir
}
const withSources = (ids: string) => (text: string) => text.replace('    texto al 988.\n', `    texto al 988.\n  sources: [${ids}]\n`)

describe('a Spanish glossary entry with a fact the English entry does not give', () => {
  it('is refused without sources of its own, at the first such word, with the fix', () => {
    const { messages, problems } = checkContent(fixture)
    expect(problems).toEqual([
      [
        'tests/fixtures/content/glossary-translation/es/glossary.yaml:13:54: term "crisis-line-988": the note gives "2", "AYUDA", which the English entry does not, and the entry lists no sources of its own.',
        `  expected: a source for what only the translation says (the English entry's sources back the English only): "sources: [...]" on this entry`,
        '  fix: Add sources: [<id>] to this entry, with the id in content/references.json of the source that gives "2", "AYUDA"; or say only what the English entry says.',
      ].join('\n'),
    ])
    expect(messages[0]).toMatchObject({ ruleId: 'uncited-number', line: 13, column: 54 })
  })

  it('passes with its own sources, which the Spanish entry shows after the English ones', () => {
    const dir = copy(withSources('lifeline988-expect'))
    expect(checkContent(dir).problems).toEqual([])
    const log = new ProblemLog()
    const refs = readReferences(path.join(dir, 'references.json'), log).ids
    const english = readGlossary(path.join(dir, 'en/glossary.yaml'), log, refs).entries
    const spanish = readGlossaryTranslation(path.join(dir, 'es/glossary.yaml'), english, log, 'es', refs).entries
    expect(log.messages).toEqual([])
    expect(spanish.find((e) => e.id === 'crisis-line-988')?.sources).toEqual(['lifeline988', 'lifeline988-expect'])
    // The English entry keeps its own.
    expect(english.find((e) => e.id === 'crisis-line-988')?.sources).toEqual(['lifeline988'])
    // On /es/glossary they are numbered citations like the English ones.
    expect(numberGlossarySources(spanish).byTerm.get('crisis-line-988')).toEqual([
      { id: 'lifeline988', n: expect.any(Number) },
      { id: 'lifeline988-expect', n: expect.any(Number) },
    ])
  })

  it('refuses an unknown source id with the closest known id', () => {
    const { problems } = checkContent(copy(withSources('lifeline988-expct')))
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/es\/glossary\.yaml:15:13: term "crisis-line-988": sources: unknown reference id "lifeline988-expct"\./)
    expect(problems[0]).toContain('fix: Did you mean "lifeline988-expect"?')
  })

  it('counts a number the English gives in words or digits, and ignores numbers inside words and addresses', () => {
    const english = { term: 'Esketamine', aliases: [], definition: 'Approved in 2019, given over two hours.', note: 'See 988lifeline.org.' }
    expect(translationOnlyFacts(english, { definition: 'Aprobada en 2019; dura 2 horas. Vea 988lifeline.org o CYP3A4.' })).toEqual([])
    expect(translationOnlyFacts(english, { definition: 'Aprobada en 2019.', note: 'Desde 2020, envíe la palabra AYUDA.' })).toEqual([
      { field: 'note', found: ['2020', 'AYUDA'] },
    ])
  })
})
