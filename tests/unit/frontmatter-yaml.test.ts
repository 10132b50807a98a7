import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadArticles } from '@/lib/content/articles'
import { ProblemLog } from '@/lib/content/problem-log'

// Frontmatter is read from the article's syntax tree (its `yaml` node) by the same reader as the
// data files (lib/content/data-file.ts): dates are read alike and a syntax error has its line and column.
function articleDir(frontmatter: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'fm-'))
  mkdirSync(path.join(dir, 'articles'))
  writeFileSync(path.join(dir, 'articles', 'test.mdx'), `---\n${frontmatter}\n---\n\nText.\n`)
  return path.join(dir, 'articles')
}
const FIELDS =
  'title: Test\nnavTitle: Test\ndescription: A test article.\nmainMessage: Ask your care team first.\norder: 1\nreviewedBy: { team: Editorial team, role: Editorial review, date: 2026-01-01, conflicts: None. }'

describe('frontmatter YAML', () => {
  it('reads YYYY-MM-DD dates as the data files do', () => {
    const log = new ProblemLog()
    const [article] = loadArticles(articleDir(`${FIELDS}\nlastReviewed: 2026-11-21\nnextReview: 2027-11-20`), { log, settings: null })
    expect(log.messages).toEqual([])
    expect(article!.lastReviewed).toBe('2026-11-21')
    expect(article!.nextReview).toBe('2027-11-20')
  })

  it('reports a value of the wrong type as what it is, not as a missing field', () => {
    const log = new ProblemLog()
    loadArticles(articleDir(`${FIELDS.replace('order: 1', 'order: three')}\nlastReviewed: 2026-11-21\nnextReview: 2027-11-20`), { log, settings: null })
    expect(log.messages.map((m) => [m.line, m.reason, m.note])).toEqual([
      [6, "order: expected a whole number such as 3, got 'three'.", 'change order to a whole number such as 3.'],
    ])
  })

  it('reports a syntax error at its line in the file, with the fix', () => {
    const log = new ProblemLog()
    // A key with its colon missing, on line 3 of the file (the frontmatter starts on line 2).
    loadArticles(articleDir(`title: Test\nnavTitle Test\ndescription: A test article.`), { log, settings: null })
    const [message] = log.messages
    expect(message?.reason).toMatch(/^frontmatter: cannot be read as YAML: /)
    expect(message?.reason).not.toMatch(/at line \d+/)
    expect(message?.line).toBe(3)
    expect(message?.ruleId).toBe('frontmatter')
  })

  it('refuses an article with no main message, and one of more than three sentences, each at its line with the fix', () => {
    const log = new ProblemLog()
    const dates = 'lastReviewed: 2026-11-21\nnextReview: 2027-11-20'
    loadArticles(articleDir(`${FIELDS.replace('mainMessage: Ask your care team first.\n', '')}\n${dates}`), { log, settings: null })
    expect(log.messages.map((m) => [m.reason, m.expected])).toEqual([
      [expect.stringMatching(/mainMessage/), [expect.stringMatching(/main message: one to three plain sentences/)]],
    ])
    expect(log.messages[0]!.line).toBe(2) // a missing field is reported at the top of the frontmatter
    expect(log.messages[0]!.note).toBe('add mainMessage (a main message: one to three plain sentences).')
    const long = new ProblemLog()
    loadArticles(articleDir(`${FIELDS.replace('Ask your care team first.', 'One. Two. Three. Four.')}\n${dates}`), { log: long, settings: null })
    expect(long.messages).toHaveLength(1)
    expect(long.messages[0]!.reason).toMatch(/one to three sentences, got 4/)
    expect(long.messages[0]!.line).toBe(5) // the frontmatter starts on line 2; mainMessage is its 4th field
  })
})
