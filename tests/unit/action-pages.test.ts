// @vitest-environment node
/**
 * Pages a reader acts on (settings.yaml `kind: action`): a main-text word limit that leaves out
 * <MoreDetail> blocks, the <MoreDetail> block itself, and `mainFigure`, the picture under the main
 * message.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Root } from 'mdast'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { afterAll, describe, expect, it } from 'vitest'
import { checkContent } from '@/lib/content/check'
import { remarkPlugins } from '@/lib/mdx/pipeline.mjs'
import { articlesDir, getSettings } from '@/lib/content'
import { LOCALES } from '@/lib/i18n/locales'

const temps: string[] = []
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

const words = (n: number) => Array.from({ length: n }, (_, i) => (i % 10 === 9 ? 'word.' : 'word')).join(' ')

/** A copy of the term-list fixture whose English article is an `action` page with `body` as its section. */
function actionFixture(body: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'action-page-'))
  temps.push(dir)
  cpSync(path.join(process.cwd(), 'tests/fixtures/content/term-list'), dir, { recursive: true })
  const settings = path.join(dir, 'settings.yaml')
  writeFileSync(
    settings,
    readFileSync(settings, 'utf8').replace(
      '  kinds:\n',
      '  kinds:\n    action:\n      words: { min: 1, max: 5000 }\n      mainWords: { max: 60 }\n      minReferences: 0\n      maxGrade: 18\n',
    ),
  )
  const article = path.join(dir, 'en/articles/test.mdx')
  writeFileSync(
    article,
    readFileSync(article, 'utf8')
      .replace('order: 1\n', 'order: 1\nkind: action\n')
      .replace(/## A section[\s\S]*$/, `## A section\n\n${body}\n`),
  )
  return dir
}

describe('the main-text limit of an action page', () => {
  it('counts the words outside <MoreDetail>, and refuses too many with the file, the count and the fix', () => {
    const ok = checkContent(actionFixture(`${words(40)}\n\n<MoreDetail title="Trial detail">\n\n${words(200)}\n\n</MoreDetail>`))
    const report = ok.articles.find((a) => a.slug === 'test')!
    expect(report.mainWords).toBeLessThan(60)
    expect(report.words).toBeGreaterThan(200)
    expect(ok.problems.filter((p) => p.includes('main text'))).toEqual([])

    const long = checkContent(actionFixture(words(120)))
    const problem = long.problems.find((p) => p.includes('main text'))
    expect(problem).toMatch(/articles\/test\.mdx:\d+:1: The main text has \d+ words \(body text outside <MoreDetail>\)\./)
    expect(problem).toContain('expected: at most 60 words of main text')
    expect(problem).toContain('<MoreDetail title="...">')
  })

  it('safety and what-to-expect are action pages in every language, held to 1,900 words of main text (the content check phase measures them)', () => {
    expect(getSettings().articles.kinds.action?.mainWords?.max).toBe(1900)
    for (const file of LOCALES.flatMap((locale) => ['safety', 'what-to-expect'].map((slug) => path.join(articlesDir(locale), `${slug}.mdx`)))) {
      const source = readFileSync(file, 'utf8')
      expect(source, file).toMatch(/^kind: action$/m)
    }
  })
})

describe('mainFigure', () => {
  function run(source: string, figures = ['treatment-day']) {
    const processor = unified()
      .use(remarkParse)
      .use(remarkMdx)
      .use(
        remarkPlugins({
          references: ['a2020'],
          terms: [],
          figures,
          figureSourcesChecked: true,
          keyPoints: null,
          collect: true,
        }),
      )
    const file = new VFile({ path: 'content/en/articles/x.mdx', value: source })
    const tree = processor.runSync(processor.parse(file), file) as Root
    return { tree, messages: file.messages }
  }
  const body = ['<KeyPoints>', '', '- One.<Cite id="a2020" />', '', '</KeyPoints>', ''].join('\n')

  it('puts the figure right below the main message, above the key points', () => {
    const { tree, messages } = run(['---', 'title: X', 'mainMessage: Plan a ride.', 'mainFigure: treatment-day', '---', '', body].join('\n'))
    expect(messages.map((m) => m.reason)).toEqual([])
    expect(tree.children.slice(1, 4).map((n) => ('name' in n ? n.name : n.type))).toEqual(['MainMessage', 'Figure', 'KeyPoints'])
  })

  it('refuses an unknown figure at the mainFigure line, with the names it could be', () => {
    const { messages } = run(['---', 'title: X', 'mainMessage: Plan a ride.', 'mainFigure: treatment-days', '---', '', body].join('\n'))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toMatchObject({ line: 4, reason: 'mainFigure: "treatment-days" has no figure data file.' })
    expect(messages[0]!.note).toContain('treatment-day')
  })
})
