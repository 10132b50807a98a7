// @vitest-environment node
// Who reviewed what (#27 item 4): reviewedBy is structured; the check refuses credentials without
// a name, a review date after lastReviewed, and neither or both of name and team, each at its line
// with the fix. The JSON-LD names a Person only when the frontmatter names one.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { loadArticles } from '@/lib/content/articles'
import { ProblemLog } from '@/lib/content/problem-log'
import { reviewerJsonLd } from '@/lib/pages/jsonld'
import { reviewerName } from '@/lib/content/schemas/article'

const temps: string[] = []
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

const FIELDS = ['title: Test', 'navTitle: Test', 'description: A test article.', 'mainMessage: Ask your care team first.', 'order: 1']

function problems(reviewer: string[]) {
  const dir = mkdtempSync(path.join(tmpdir(), 'reviewer-'))
  temps.push(dir)
  mkdirSync(path.join(dir, 'articles'))
  writeFileSync(
    path.join(dir, 'articles', 'test.mdx'),
    ['---', ...FIELDS, 'lastReviewed: 2026-11-21', 'nextReview: 2027-11-20', 'reviewedBy:', ...reviewer.map((l) => `  ${l}`), '---', '', 'Text.', ''].join(
      '\n',
    ),
  )
  const log = new ProblemLog()
  loadArticles(path.join(dir, 'articles'), { log, settings: null })
  return log.messages.map((m) => [m.line, m.reason, m.note])
}

const TEAM = ['team: Editorial team', 'role: Editorial review', 'date: 2026-11-21', 'conflicts: None.']

describe('reviewedBy', () => {
  it('accepts a team, and a named person with credentials', () => {
    expect(problems(TEAM)).toEqual([])
    expect(problems(['name: A. Person', 'credentials: MD', 'role: Psychiatrist, clinical review', 'date: 2026-11-20', 'conflicts: None.'])).toEqual([])
  })

  it('refuses credentials without a name, at the line, with the fix', () => {
    expect(problems([...TEAM, 'credentials: MD'])).toEqual([
      [
        14,
        'reviewedBy.credentials: expected credentials only with a named reviewer, got credentials without a name.',
        'add the name of the person who holds these credentials, or remove credentials: never credit a review that did not happen.',
      ],
    ])
  })

  it('refuses a review date after lastReviewed', () => {
    expect(problems(['team: Editorial team', 'role: Editorial review', 'date: 2026-12-01', 'conflicts: None.'])).toEqual([
      [
        12,
        'reviewedBy.date: expected a date on or before lastReviewed (2026-11-21), got 2026-12-01.',
        'set lastReviewed to 2026-12-01 (the review is the last one), or correct the review date.',
      ],
    ])
  })

  it('refuses a reviewer with neither a name nor a team, and one without a conflicts statement', () => {
    expect(problems(['role: Editorial review', 'date: 2026-11-21']).map((f) => f[1])).toEqual([
      'reviewedBy.conflicts: is required; expected a conflicts-of-interest statement, for example "None.".',
    ])
    expect(problems(['role: Editorial review', 'date: 2026-11-21', 'conflicts: None.'])).toEqual([
      [9, 'reviewedBy.name: expected a name or a team, got neither.', 'add name: (a person who reviewed it) or team: Editorial team.'],
    ])
  })

  it('the plain string of old is refused with what to write instead', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'reviewer-'))
    temps.push(dir)
    mkdirSync(path.join(dir, 'articles'))
    writeFileSync(
      path.join(dir, 'articles', 'test.mdx'),
      ['---', ...FIELDS, 'lastReviewed: 2026-11-21', 'nextReview: 2027-11-20', 'reviewedBy: Editorial team', '---', '', 'Text.', ''].join('\n'),
    )
    const log = new ProblemLog()
    loadArticles(path.join(dir, 'articles'), { log, settings: null })
    expect(log.messages.map((m) => m.reason)).toEqual([
      "reviewedBy: expected who reviewed it: team (or name), role, date and conflicts on the lines under reviewedBy, got 'Editorial team'.",
    ])
  })

  it('is named on the page and in JSON-LD as written: a team stays an organisation, a person is a Person', () => {
    const team = { team: 'Editorial team', role: 'Editorial review', date: '2026-11-21', conflicts: 'None.' }
    expect(reviewerName(team)).toBe('Editorial team')
    expect(reviewerJsonLd(team, 'en')).toMatchObject({ '@type': 'Organization', name: 'Ketamine Therapy Guide: Editorial team' })
    const person = { name: 'A. Person', credentials: 'MD', role: 'Psychiatrist', date: '2026-11-21', conflicts: 'None.' }
    expect(reviewerName(person)).toBe('A. Person, MD')
    expect(reviewerJsonLd(person, 'en')).toEqual({
      '@type': 'Person',
      name: 'A. Person',
      jobTitle: 'Psychiatrist',
      hasCredential: { '@type': 'EducationalOccupationalCredential', name: 'MD' },
    })
  })
})
