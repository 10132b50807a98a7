// @vitest-environment node
import path from 'node:path'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { afterAll, describe, expect, it } from 'vitest'
import { figureSchemas, figureSources, loadFigure, uncitedNumbers, type FigureName } from '@/lib/content/figures'
import { contentPath, listFigureNames } from '@/lib/content/files.mjs'
import { checkContent } from '@/lib/content/check'

describe('figure data', () => {
  const names = listFigureNames()
  it('has a data file for each of the eight figures', () => {
    expect(names.sort()).toEqual(Object.keys(figureSchemas).sort())
    expect(names).toHaveLength(8)
  })
  // Each real figure's schema, sources and cited numbers: the content check (npm run check:content).
  it('refuses a number without a source, naming the file and the place', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fig-'))
    writeFileSync(
      path.join(dir, 'induction-schedule.yaml'),
      'title: T\ncaption: C\nweeks: 8\nschedules:\n  - name: X\n    perWeek: [2]\n    after: "From week 9, every 2 weeks."\n    sources: []\n',
    )
    expect(() => loadFigure('induction-schedule', dir)).toThrow(/induction-schedule\.yaml/)
    expect(uncitedNumbers({ a: { text: 'About 48%', sources: [] } })).toEqual([{ path: ['a'], reason: 'states a number but lists no sources' }])
  })

  it.each(['bp-rise', 'sedation', 'get-help'] as FigureName[])('%s: the Spanish file has the same numbers and sources as the English', (name) => {
    const en = loadFigure(name)
    const es = loadFigure(name, contentPath('es', 'figures'))
    expect(figureSources(es)).toEqual(figureSources(en))
    const counts = (d: unknown) => JSON.stringify(d, (k, v) => (typeof v === 'string' && !['level', 'icon'].includes(k) ? undefined : v))
    expect(counts(es)).toEqual(counts(en))
  })

  it('bp-rise and sedation state the label numbers (Spravato prescribing information)', () => {
    const bp = loadFigure('bp-rise')
    expect(bp.groups.map((g) => [g.low, g.high])).toEqual([
      [8, 19],
      [1, 4],
    ])
    expect(bp.groups.map((g) => g.words)).toEqual(['8 to 19 in 100 (some people, not most)', '1 to 4 in 100 (few)'])
    const sedation = loadFigure('sedation')
    expect(sedation.groups.map((g) => [g.low, g.high, g.words])).toEqual([[48, 61, '48 to 61 in 100 (about half)']])
    expect(sedation.notes[0]!.text).toContain('3 or 4 in 1,000')
    expect(figureSources(bp)).toEqual(['spravato-pi'])
    expect(figureSources(sedation)).toEqual(['spravato-pi'])
  })

  it("get-help uses the safety page's sources and keeps its cards in order", () => {
    const help = loadFigure('get-help')
    expect(help.levels.map((l) => l.level)).toEqual(['emergency', 'call-today', 'next-visit'])
    expect(help.levels[0]!.title).toBe('Call 911 now')
    // Every source is one the safety page cites in its when-to-get-help section.
    const safety = readFileSync(contentPath('en', 'articles', 'safety.mdx'), 'utf8')
    const start = safety.indexOf('{/*when-to-get-help*/}')
    const section = safety.slice(start, safety.indexOf('\n## ', start))
    expect(section).toContain('<Callout type="emergency"')
    const cited = new Set([...section.matchAll(/<Cite id="([^"]+)"/g)].flatMap((m) => m[1]!.split(' ')))
    for (const id of figureSources(help)) expect(cited, id).toContain(id)
  })
})

/**
 * The content check on a bad icon array or triage card: one problem per mistake, with the file,
 * line and column, what was expected and the fix, like every other content file.
 */
describe('the content check refuses bad figure data with file:line and a fix', () => {
  const temps: string[] = []
  afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })))

  /** A content folder with the real references and one figure file, edited; its figure problems. */
  function check(name: FigureName, edit: (yaml: string) => string): string[] {
    const dir = mkdtempSync(path.join(tmpdir(), 'fig-check-'))
    temps.push(dir)
    mkdirSync(path.join(dir, 'en', 'figures'), { recursive: true })
    copyFileSync(contentPath('references.json'), path.join(dir, 'references.json'))
    const original = readFileSync(contentPath('en', 'figures', `${name}.yaml`), 'utf8')
    const edited = edit(original)
    expect(edited, 'the edit changed nothing').not.toBe(original)
    writeFileSync(path.join(dir, 'en', 'figures', `${name}.yaml`), edited)
    const shown = path.join(dir, 'en', 'figures', `${name}.yaml`)
    return checkContent(dir).problems.filter((p) => p.startsWith(shown))
  }
  const lineOf = (name: string, pattern: RegExp) =>
    readFileSync(contentPath('en', 'figures', `${name}.yaml`), 'utf8')
      .split('\n')
      .findIndex((l) => pattern.test(l)) + 1

  it('accepts the real files', () => {
    for (const name of ['bp-rise', 'sedation', 'get-help'] as FigureName[]) expect(check(name, (y) => `${y}\n`)).toEqual([])
  })

  it('a count out of 0 to 100', () => {
    const [problem, ...rest] = check('bp-rise', (y) => y.replace('high: 4\n', 'high: 140\n'))
    expect(rest).toEqual([])
    expect(problem).toMatch(
      new RegExp(`bp-rise\\.yaml:${lineOf('bp-rise', /high: 4$/)}:5: groups\\.1\\.high: expected a whole number from 0 to 100 \\(people in 100\\), got 140\\.`),
    )
    expect(problem).toContain('fix: Change groups.1.high to a whole number from 0 to 100 (people in 100).')
    expect(check('sedation', (y) => y.replace('low: 48', 'low: -2'))[0]).toContain(
      'groups.0.low: expected a whole number from 0 to 100 (people in 100), got -2.',
    )
    expect(check('sedation', (y) => y.replace('low: 48', 'low: 48.5'))[0]).toContain(
      'groups.0.low: expected a whole number from 0 to 100 (people in 100), got 48.5.',
    )
  })

  it('low above high, at the line of high, with the fix', () => {
    const problems = check('bp-rise', (y) => y.replace('low: 8\n', 'low: 20\n').replace('8 to 19 in 100', '20 to 19 in 100'))
    expect(problems).toEqual([
      [
        `${problems[0]!.split(':')[0]}:${lineOf('bp-rise', /high: 19$/)}:5: groups.0.high: expected a count no smaller than low (20), got 19.`,
        '  expected: a count no smaller than low (20)',
        '  fix: Make high the largest count in the trials and low the smallest (swap them if they are the wrong way round).',
      ].join('\n'),
    ])
  })

  it('words that do not state the numbers drawn', () => {
    const problems = check('sedation', (y) => y.replace('48 to 61 in 100 (about half)', 'about half'))
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(
      new RegExp(
        `sedation\\.yaml:${lineOf('sedation', /words:/)}:5: groups\\.0\\.words: expected words that state 48 and 61 \\(low and high, the numbers drawn\\), got "about half"\\.`,
      ),
    )
    expect(problems[0]).toContain('fix: Write the drawn numbers in the words, like "48 to 61 in 100", or correct low and high.')
  })

  it('a missing field, an unknown field, a number without a source', () => {
    expect(check('bp-rise', (y) => y.replace(/^outcome: .*\n/m, ''))).toEqual([
      expect.stringMatching(/bp-rise\.yaml:\d+:1: outcome: is required; expected text\.\n  expected: text\n  fix: Add outcome \(text\)\.$/),
    ])
    expect(check('sedation', (y) => y.replace('high: 61', 'high: lots'))[0]).toContain(
      'groups.0.high: expected a whole number from 0 to 100 (people in 100), got "lots".',
    )
    const missing = check('sedation', (y) => y.replace('    low: 48\n', ''))
    expect(missing).toHaveLength(1)
    expect(missing[0]).toContain('groups.0.low: is required; expected a whole number from 0 to 100 (people in 100).')
    expect(missing[0]).toContain('fix: Add groups.0.low (a whole number from 0 to 100 (people in 100)).')
    // A misspelt field is one mistake: the unknown field, not also the missing one.
    const typo = check('sedation', (y) => y.replace('    high: 61', '    hihg: 61'))
    expect(typo).toHaveLength(1)
    expect(typo[0]).toContain('groups.0.hihg: unknown field.')
    const uncited = check('sedation', (y) => y.replace(/  - text: >-\n((?:      .*\n)+)    sources: \[spravato-pi\]/, '  - text: >-\n$1    sources: []'))
    expect(uncited).toHaveLength(1)
    expect(uncited[0]).toContain('notes[0]: states a number but lists no sources.')
  })

  it('get-help: cards out of order, an unknown icon', () => {
    const order = check('get-help', (y) => y.replace('level: next-visit', 'level: call-today'))
    expect(order).toHaveLength(1)
    expect(order[0]).toMatch(new RegExp(`get-help\\.yaml:${lineOf('get-help', /level: next-visit/)}:5: levels\\.2\\.level: expected next-visit`))
    expect(order[0]).toContain('fix: Put the cards in the order emergency, call-today, next-visit, one of each.')
    const icon = check('get-help', (y) => y.replace('icon: face', 'icon: smile'))
    expect(icon).toHaveLength(1)
    expect(icon[0]).toContain('levels.0.items.6.icon: expected one of breathing, chest-pain, headache, vision, face, arm, speech, got "smile".')
    expect(icon[0]).toContain(`get-help.yaml:${lineOf('get-help', /icon: face/)}:`)
  })
})
