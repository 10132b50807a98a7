// @vitest-environment node
// The change log (#27 items 2 and 3): the `changes:` schema and its checks (file, line, fix), and
// the Atom feeds built from a scratch copy of the content: one new change adds exactly one entry to
// the site and article feeds, a rebuild with no change is byte-identical, and a maintained feed
// parser (@rowanmanning/feed-parser) reads them.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseFeed } from '@rowanmanning/feed-parser'
import { afterAll, describe, expect, it } from 'vitest'
import { analyzeArticleSource, collectArticleAnalysis } from '@/lib/content/analysis'
import { loadArticles } from '@/lib/content/articles'
import { ProblemLog } from '@/lib/content/problem-log'
import { type ArticleMeta } from '@/lib/content'
import { pipelineData } from '@/lib/mdx/options'
import { articleChangeEntries, atomFeed, sectionChangeEntries, siteChangeEntries } from '@/lib/changes/changes'
import { localePath, TRANSLATED_LOCALES } from '@/lib/i18n/locales'
import { displayPath } from '@/lib/content/files.mjs'

const temps: string[] = []
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })))
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(path.join(tmpdir(), prefix))
  temps.push(dir)
  return dir
}

const FIELDS = [
  'title: Test',
  'navTitle: Test',
  'description: A test article.',
  'mainMessage: Ask your care team first.',
  'order: 1',
  'reviewedBy: { team: Editorial team, role: Editorial review, date: 2026-01-01, conflicts: None. }',
]

/** Loads one article (frontmatter lines after FIELDS, then its body) and returns its problems. */
function problems(lines: string[], body = '## First part {/*first*/}\n\nText.\n\n### Inner {/*inner*/}\n\nMore.\n') {
  const dir = tempDir('changes-')
  mkdirSync(path.join(dir, 'articles'))
  const file = path.join(dir, 'articles', 'test.mdx')
  const source = ['---', ...FIELDS, ...lines, '---', '', body].join('\n')
  writeFileSync(file, source)
  const log = new ProblemLog()
  loadArticles(path.join(dir, 'articles'), { log, settings: null })
  // The section ids are checked by the MDX pipeline (lib/mdx/remark-changes.mjs), as in the build.
  const pipeline = new ProblemLog()
  collectArticleAnalysis(source, file, { references: [], terms: [], figures: [], collect: true }, pipeline)
  return [...log.messages, ...pipeline.messages.filter((m) => m.ruleId === 'change-log')]
}

const change = (date: string, sections = '[first]', kind = 'correction') => [
  `  - date: ${date}`,
  `    kind: ${kind}`,
  `    sections: ${sections}`,
  '    summary: The dose table now cites the label.',
]

describe('changes: in the frontmatter', () => {
  it('accepts a list of changes', () => {
    expect(
      problems(['lastReviewed: 2026-11-21', 'nextReview: 2027-11-20', 'changes:', ...change('2026-11-21'), ...change('2026-11-01', '[]', 'update')]),
    ).toEqual([])
  })

  it('refuses a lastReviewed older than the newest change, at lastReviewed, with the fix', () => {
    const [p, ...more] = problems(['lastReviewed: 2026-11-21', 'nextReview: 2027-11-20', 'changes:', ...change('2026-12-02')])
    expect(more).toEqual([])
    expect(p!.reason).toBe('lastReviewed: expected a date on or after the newest change (2026-12-02), got 2026-11-21.')
    expect(p!.line).toBe(8)
    expect(p!.note).toBe('review the article again and set lastReviewed to 2026-12-02 or later (a change is published only after a review).')
  })

  it('refuses a bad date and a bad kind at their lines', () => {
    const found = problems(['lastReviewed: 2026-11-21', 'nextReview: 2027-11-20', 'changes:', ...change('soon', '[first]', 'fix')])
    expect(found.map((p) => [p.line, p.reason])).toEqual([
      [11, "changes.0.date: expected a date like 2026-11-21, got 'soon'."],
      [12, "changes.0.kind: expected correction (something was wrong) or update (something was added or improved), got 'fix'."],
    ])
  })

  it('refuses a section id the article does not have, with file, line and the fix', () => {
    const found = problems(['lastReviewed: 2026-11-21', 'nextReview: 2027-11-20', 'changes:', ...change('2026-11-21', '[first, frist, inner]')])
    expect(found.map((p) => [p.file, p.line, p.reason, p.note])).toEqual([
      [
        displayPath(path.join(temps.at(-1)!, 'articles', 'test.mdx')),
        13,
        'changes[0].sections: no "##" section has the id "frist".',
        'Did you mean "first"? Use the id at the end of the section\'s heading ({/*id*/}), the one in its page\'s address; or leave sections empty ([]) for a change to the whole page.',
      ],
      [
        expect.any(String),
        13,
        'changes[0].sections: "inner" is a "###" heading; a change names the "##" section it is in.',
        expect.stringContaining('Use the id'),
      ],
    ])
  })
})

/** The English articles of a content folder, with their section titles, as the site builds them. */
function load(dir: string) {
  return loadArticles(path.join(dir, 'articles'), { settings: null }).map((article: ArticleMeta) => ({
    article,
    titles: new Map(
      analyzeArticleSource(readFileSync(article.file, 'utf8'), article.file, pipelineData())
        .headings.filter((h) => h.depth === 2)
        .map((h) => [h.id, h.text]),
    ),
  }))
}

const BASE = 'https://ketamine.example.org'
function feeds(dir: string) {
  const articles = load(dir)
  const safety = articles.find((a) => a.article.slug === 'safety')!
  return {
    site: atomFeed({ entries: siteChangeEntries(articles, 'en'), locale: 'en', base: BASE }),
    safety: atomFeed({
      entries: articleChangeEntries(safety.article, safety.titles, 'en'),
      locale: 'en',
      base: BASE,
      slug: 'safety',
      articleTitle: safety.article.title,
    }),
  }
}

describe('Atom feeds from a scratch copy of the content', () => {
  const dir = tempDir('feeds-')
  cpSync('content/en/articles', path.join(dir, 'articles'), { recursive: true })
  const before = feeds(dir)

  it('parse with a feed library: ids, dates, section links', () => {
    const site = parseFeed(before.site)
    expect(site.items.length).toBeGreaterThan(10)
    expect(new Set(site.items.map((i) => i.id)).size).toBe(site.items.length)
    const correction = site.items.find((i) => i.url === `${BASE}/articles/safety/when-to-get-help` && i.updated?.toISOString() === '2026-12-02T00:00:00.000Z')
    expect(correction?.id).toBe(`${BASE}/updates#safety-2026-12-02-1`)
    expect(correction?.title).toBe('Correction: Is ketamine therapy safe? Side effects and risks')
    expect(site.updated?.toISOString()).toBe('2026-12-03T00:00:00.000Z')
    const safety = parseFeed(before.safety)
    expect(safety.items.every((i) => i.url!.startsWith(`${BASE}/articles/safety`))).toBe(true)
  })

  it('a rebuild with no content change is byte-identical', () => {
    const again = feeds(dir)
    expect(again.site).toBe(before.site)
    expect(again.safety).toBe(before.safety)
  })

  it('one new change adds exactly one entry, with its date and section link, to the site and article feeds', () => {
    const file = path.join(dir, 'articles', 'safety.mdx')
    const source = readFileSync(file, 'utf8')
    const added = source
      .replace(/^lastReviewed: .*$/m, 'lastReviewed: 2026-12-20')
      .replace(
        /^changes:\n/m,
        'changes:\n  - date: 2026-12-20\n    kind: correction\n    sections: [blood-pressure]\n    summary: The blood pressure numbers now match the label.\n',
      )
    writeFileSync(file, added)
    const after = feeds(dir)
    for (const [old, now] of [
      [before.site, after.site],
      [before.safety, after.safety],
    ] as const) {
      const a = parseFeed(old).items
      const b = parseFeed(now).items
      const oldIds = new Set(a.map((i) => i.id))
      const fresh = b.filter((i) => !oldIds.has(i.id))
      expect(b.length).toBe(a.length + 1)
      expect(fresh).toHaveLength(1)
      expect(fresh[0]!.updated?.toISOString()).toBe('2026-12-20T00:00:00.000Z')
      expect(fresh[0]!.url).toBe(`${BASE}/articles/safety/blood-pressure`)
      expect(b[0]!.id).toBe(fresh[0]!.id)
      // Every other entry is unchanged: same id, date and link.
      expect(b.slice(1).map((i) => [i.id, i.updated?.getTime(), i.url])).toEqual(a.map((i) => [i.id, i.updated?.getTime(), i.url]))
    }
    expect(parseFeed(after.site).updated?.toISOString()).toBe('2026-12-20T00:00:00.000Z')
  })
})

describe('section history', () => {
  it.each(TRANSLATED_LOCALES)('a section page lists the changes that name it and the changes to the whole page (%s)', (locale) => {
    const article = { slug: 'a', title: 'A', order: 1, changes: [] } as unknown as ArticleMeta
    const entries = articleChangeEntries(
      {
        ...article,
        changes: [
          { date: '2026-12-02', kind: 'correction', sections: ['x'], summary: 'X.' },
          { date: '2026-12-01', kind: 'correction', sections: ['y'], summary: 'Y.' },
          { date: '2026-11-01', kind: 'update', sections: [], summary: 'First published.' },
        ],
      },
      new Map([['x', 'Ex']]),
      locale,
    )
    expect(entries[0]!.sections).toEqual([{ id: 'x', title: 'Ex', path: localePath(locale, '/articles/a/x') }])
    expect(sectionChangeEntries(entries, 'x').map((e) => e.summary)).toEqual(['X.', 'First published.'])
  })
})
