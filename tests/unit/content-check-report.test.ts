// @vitest-environment node
/**
 * A content mistake is a line in the content check's report, never a crash: the editor reads the
 * place (file:line:column), what was expected, "Did you mean" and the fix, once, and the check
 * exits 1. Each case edits one file of a copy of a fixture that has a Spanish translation of its
 * articles (the path that once ended in a stack trace and an object dump).
 */
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { checkContent } from '@/lib/content/check'

const FIXTURE = path.join(process.cwd(), 'tests/fixtures/content/citation-typo')
const temps: string[] = []
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

/** A copy of the fixture with its own citation typo fixed, then one file edited. */
function copyWith(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'check-report-'))
  temps.push(dir)
  cpSync(FIXTURE, dir, { recursive: true })
  const treatment = path.join(dir, 'en/articles/treatment.mdx')
  writeFileSync(treatment, readFileSync(treatment, 'utf8').replace('spravato-p1', 'spravato-pi'))
  const target = path.join(dir, file)
  const before = readFileSync(target, 'utf8')
  const after = edit(before)
  expect(after, 'the edit changed nothing').not.toBe(before)
  writeFileSync(target, after)
  return dir
}

/** `npm run check:content -- <dir>` as an editor runs it: exit code and everything it printed. */
function checkScript(dir: string) {
  const run = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/check-content.ts', dir], { encoding: 'utf8' })
  return { status: run.status, out: `${run.stdout}${run.stderr}` }
}

describe('a citation typo in an article that has a Spanish translation', () => {
  it('prints the report, not a stack: file:line:column, expected, "Did you mean", the fix; exit 1', () => {
    const dir = copyWith('en/articles/next-steps.mdx', (text) => text.replace('<Cite id="berman2000" />', '<Cite id="bermann2000" />'))
    const file = path.join(dir, 'en/articles/next-steps.mdx')
    const lines = readFileSync(file, 'utf8').split('\n')
    const line = lines.findIndex((l) => l.includes('bermann2000')) + 1
    const column = lines[line - 1]!.indexOf('<Cite id="bermann2000"') + 1
    expect(readFileSync(path.join(dir, 'es/articles/next-steps.mdx'), 'utf8')).toContain('<Cite id="berman2000" />')

    const { status, out } = checkScript(dir)
    expect(status).toBe(1)
    expect(out).toContain(
      [
        `${file}:${line}:${column}: Unknown citation id "bermann2000".`,
        '  expected: the id of an entry in content/references.json',
        '  fix: Did you mean "berman2000"? Correct the id, or add the source to content/references.json (see content/README.md, "References").',
        '',
        '1 content problem in 1 file',
      ].join('\n'),
    )
    // The Spanish table is printed too: the translation was read and checked.
    expect(out).toMatch(/^spanish article +words +Fernández-Huerta reading ease/m)
    // No stack frames, no uncaught-exception banner, no object dump of a message.
    expect(out).not.toMatch(/^\s+at /m)
    expect(out).not.toMatch(/Error:|triggerUncaughtException|Node\.js v/)
    expect(out).not.toMatch(/\{\s*\n\s*(?:messages|ancestors|reason|place):/)
  }, 120_000)
})

describe('every content mistake is one problem at its place, and the check runs to the end', () => {
  it.each([
    [
      'a date that is not a date',
      'en/articles/treatment.mdx',
      (t: string) => t.replace('lastReviewed: 2026-11-21', 'lastReviewed: 21 November'),
      "en/articles/treatment.mdx:7:1: lastReviewed: expected a date like 2026-11-21, got '21 November'.",
    ],
    [
      'a missing title',
      'en/articles/treatment.mdx',
      (t: string) => t.replace('title: Treatment\n', ''),
      'en/articles/treatment.mdx:2:1: title: is required; expected a title (text).',
    ],
    [
      'an unknown term',
      'en/articles/treatment.mdx',
      (t: string) => t.replace('<Term id="ketamine"', '<Term id="ketamin"'),
      /en\/articles\/treatment\.mdx:\d+:\d+: Unknown glossary term id "ketamin"\.\n {2}expected: .*\n {2}fix: Did you mean "ketamine"\?/,
    ],
    [
      'a glossary that is not valid YAML',
      'en/glossary.yaml',
      (t: string) => t.replace('  term: Ketamine', '  term: Ketamine: the medicine'),
      'en/glossary.yaml:2:9: The file cannot be read: Nested mappings are not allowed in compact mappings.',
    ],
    [
      'a bibliography that is not valid JSON',
      'references.json',
      (t: string) => t.replace('"title": "SPRAVATO', '"title" "SPRAVATO'),
      'references.json:5:13: The file cannot be read: Missing , or : between flow map items.',
    ],
    [
      'a comma after the last entry of the bibliography',
      'references.json',
      (t: string) => t.replace(/\}\s*\]\s*$/, '},\n]\n'),
      /references\.json:\d+:\d+: The file cannot be read: A comma before "\]" \(JSON allows none after the last item\)\.\n {2}expected: valid JSON/,
    ],
    [
      'an unclosed component',
      'en/articles/treatment.mdx',
      (t: string) => t.replace('<KeyPoints>', '<KeyPoints'),
      /en\/articles\/treatment\.mdx:\d+:\d+: The MDX cannot be read: /,
    ],
    [
      'frontmatter that is not valid YAML',
      'en/articles/treatment.mdx',
      (t: string) => t.replace('navTitle: Treatment', 'navTitle: [Treatment'),
      /en\/articles\/treatment\.mdx:\d+:\d+: frontmatter: cannot be read as YAML: /,
    ],
  ])('%s', (_, file, edit, expected) => {
    const dir = copyWith(file, edit)
    const { problems } = checkContent(dir)
    expect(problems, problems.join('\n\n')).toHaveLength(1)
    if (typeof expected === 'string') expect(problems[0]).toContain(`${path.join(dir, expected.split(':')[0]!)}:${expected.split(':').slice(1).join(':')}`)
    else expect(problems[0]).toMatch(expected)
  })
})
