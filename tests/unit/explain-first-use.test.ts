// @vitest-environment node
/**
 * Medical words explained at first use: the `explain` lists in content/en/terms.yaml and
 * content/es/terms.yaml, and the content check's report of the first unexplained use on a page,
 * with the file, line, column and the fix; a listed word in the main message is refused too.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { checkContent } from '@/lib/content/check'
import { ProblemLog } from '@/lib/content/problem-log'
import { parseArticleSource } from '@/lib/content'
import { firstUses } from '@/lib/content/check/explain-first-use'
import { readTermList } from '@/lib/content/term-lists'

const temps: string[] = []
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

/** A copy of the term-list fixture whose English list asks for "ketamine" to be explained. */
function fixtureWith(body: string, mainMessage = 'Ask your care team before you start.') {
  const dir = mkdtempSync(path.join(tmpdir(), 'first-use-'))
  temps.push(dir)
  cpSync(path.join(process.cwd(), 'tests/fixtures/content/term-list'), dir, { recursive: true })
  writeFileSync(
    path.join(dir, 'en/terms.yaml'),
    ['terms: []', 'explain:', '  - term: ketamine', '    forms: [ketamine, ketamina]', '    example: ketamine, a medicine used for surgery', ''].join('\n'),
  )
  const article = path.join(dir, 'en/articles/test.mdx')
  const source = readFileSync(article, 'utf8')
  writeFileSync(
    article,
    source
      .replace('mainMessage: Ask your care team before you start.', `mainMessage: ${mainMessage}`)
      .replace(/## A section[\s\S]*$/, `## A section\n\n${body}\n`),
  )
  return dir
}

const explainProblems = (dir: string) => checkContent(dir).problems.filter((p) => /explain|mainMessage uses/.test(p))

describe('words explained where they first appear', () => {
  it('refuses the first unexplained use with the file, line, column, what was expected and the fix', () => {
    const dir = fixtureWith('Ketamine is a medicine. <Cite id="good2020" />\n\nLater, <Term id="ketamine" explained>ketamine</Term> again.')
    const problems = explainProblems(dir)
    expect(problems).toHaveLength(1)
    const [first] = problems
    const shown = path.relative(process.cwd(), path.join(dir, 'en/articles/test.mdx'))
    expect(first).toContain(
      `${dir.startsWith(process.cwd()) ? shown : path.join(dir, 'en/articles/test.mdx')}:22:1: «Ketamine» is first used here without an explanation in the sentence.`,
    )
    expect(first).toContain('expected: the word explained where it first appears on the page, marked <Term id="ketamine" explained>…</Term>')
    expect(first).toContain(
      'fix: Explain it in this sentence, for example: «ketamine, a medicine used for surgery», and mark the word <Term id="ketamine" explained>Ketamine</Term>',
    )
  })

  it('accepts a first use marked explained, and reports nothing further down the page', () => {
    const dir = fixtureWith(
      '<Term id="ketamine" explained>Ketamine</Term>, a medicine used for surgery, can help. <Cite id="good2020" />\n\nKetamine again, unmarked.',
    )
    expect(explainProblems(dir)).toEqual([])
  })

  it('does not count headings: the first use in the text is the one to explain', () => {
    const tree = parseArticleSource('---\ntitle: x\n---\n\n## Is ketamine safe?\n\nYes, <Term id="ketamine">ketamine</Term> is.\n')
    const uses = firstUses(tree, [{ term: 'ketamine', forms: ['ketamine'], example: 'e' }])
    expect(uses).toMatchObject([{ found: 'ketamine', line: 7, column: 26, explained: false }])
  })

  it('finds a word across a line break, in a list inside a component, at the right line', () => {
    const source = '<KeyPoints>\n\n- One.\n- It is an\n  off-label use.\n\n</KeyPoints>\n'
    expect(firstUses(parseArticleSource(source), [{ term: 'off-label', forms: ['off-label'], example: 'e' }], source)).toMatchObject([{ line: 5, column: 3 }])
  })

  it('refuses a listed word in the main message, at the mainMessage line, with the fix', () => {
    const dir = fixtureWith(
      '<Term id="ketamine" explained>Ketamine</Term>, a medicine used for surgery. <Cite id="good2020" />',
      'Ketamine is given in a clinic.',
    )
    const problems = explainProblems(dir)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/test\.mdx:5:1: mainMessage uses «Ketamine», a word readers need explained\./)
    expect(problems[0]).toContain('fix: Say it in everyday words here')
  })

  it('refuses an entry whose term is not in the glossary, at its line in the list', () => {
    const dir = fixtureWith('Nothing listed here. <Cite id="good2020" />')
    const list = path.join(dir, 'en/terms.yaml')
    writeFileSync(list, readFileSync(list, 'utf8').replace('term: ketamine', 'term: ketamin'))
    const problems = explainProblems(dir)
    expect(problems.some((p) => /terms\.yaml:3:1: explain: "ketamin" is not a term in .*glossary\.yaml\./.test(p))).toBe(true)
  })

  it("the site's lists read, name glossary terms, and hold the words the health-literacy review named", () => {
    const log = new ProblemLog()
    const en = readTermList(path.join(process.cwd(), 'content/en/terms.yaml'), log)
    const es = readTermList(path.join(process.cwd(), 'content/es/terms.yaml'), log)
    expect(log.messages.map((m) => m.reason)).toEqual([])
    const named = ['psychosis', 'ect', 'off-label', 'schedule-iii', 'benzodiazepine', 'stimulant', 'maoi', 'anesthesia', 'response']
    expect(en!.explain.map((e) => e.term)).toEqual(named)
    expect(es!.explain.map((e) => e.term)).toEqual(named)
  })
})
