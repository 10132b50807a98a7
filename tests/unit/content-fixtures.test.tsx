// @vitest-environment node
/**
 * The editor's promises, on small content folders in tests/fixtures/content: one mistake gives one
 * problem with its place and fix; a renamed section keeps its old links; a short "brief" article
 * passes the documented limits and shows the right "Article N of M".
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { renderToStaticMarkup } from 'react-dom/server'
import { evaluate } from '@mdx-js/mdx'
import * as runtime from 'react/jsx-runtime'
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkMdx from 'remark-mdx'
import { checkContent } from '@/lib/content/check'
import { getReferences } from '@/lib/content'
import { loadArticles } from '@/lib/content/articles'
import { loadSectionLock } from '@/lib/content/section-lock'
import { loadSettings } from '@/lib/content/settings'
import { lockSections } from '@/lib/content/lock-sections'
import { remarkPlugins } from '@/lib/mdx/pipeline.mjs'
import { ArticleShell } from '@/components/layout/ArticleShell'
import { mdxComponents } from '@/components/mdx'

// The island's bundle is built by `npm run build`; the markup is what is tested here.
vi.mock('@/components/islands/Island', () => ({ Island: () => null }))

const fixture = (name: string) => path.join(process.cwd(), 'tests/fixtures/content', name)
const temps: string[] = []
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })))
const copyOf = (name: string) => {
  const dir = mkdtempSync(path.join(tmpdir(), `content-${name}-`))
  temps.push(dir)
  cpSync(fixture(name), dir, { recursive: true })
  return dir
}

describe('one mistake, one problem', () => {
  it('an unknown citation id gives exactly one problem, naming the id, the line and the closest known id', () => {
    const { messages, problems } = checkContent(fixture('citation-typo'))
    expect(problems).toHaveLength(1)
    expect(messages[0]).toMatchObject({ line: 34, column: 96, reason: 'Unknown citation id "spravato-p1".', ruleId: 'unknown-citation' })
    expect(problems[0]).toBe(
      [
        'tests/fixtures/content/citation-typo/en/articles/treatment.mdx:34:96: Unknown citation id "spravato-p1".',
        '  expected: the id of an entry in content/references.json',
        '  fix: Did you mean "spravato-pi"? Correct the id, or add the source to content/references.json (see content/README.md, "References").',
      ].join('\n'),
    )
  })
  it('an unknown glossary `related` id gives exactly one problem, and no article is blamed for it', () => {
    const { messages, problems } = checkContent(fixture('related-typo'))
    expect(problems).toHaveLength(1)
    expect(messages[0]).toMatchObject({ line: 14, reason: 'term "esketamine": related: unknown term id "nasal-spary".' })
    expect(messages[0]!.note).toContain('Did you mean "nasal-spray"?')
  })
  it('a bibliography that does not parse is one problem; no citation is called unknown because of it', () => {
    const dir = copyOf('citation-typo')
    const refs = path.join(dir, 'references.json')
    writeFileSync(refs, readFileSync(refs, 'utf8').replace('"id": "berman2000",', '"id": "berman2000"'))
    const { messages } = checkContent(dir)
    expect(messages).toHaveLength(1)
    // The missing comma ends line 33; JSON reports the next token, on line 34.
    expect(messages[0]).toMatchObject({ ruleId: 'syntax', line: 34 })
    expect(messages[0]!.file).toMatch(/references\.json$/)
  })
})

describe('a renamed section id whose old id has an older redirect pointing to it', () => {
  it('is refused by the check with the fix', () => {
    const { problems } = checkContent(fixture('renamed-heading'))
    expect(problems).toHaveLength(1)
    expect(problems[0]).toContain(
      'treatment.mdx:32:1: Section id "safety" is gone and "risks" is new; the older redirect from "is-it-safe" still points to "safety".',
    )
    expect(problems[0]).toContain('run npm run lock:sections: it redirects "safety" and "is-it-safe" to "risks"')
  })
  it('is fixed by npm run lock:sections, after which both old links land on the renamed section', () => {
    const dir = copyOf('renamed-heading')
    // What `npm run lock:sections -- <dir>` runs (scripts/lock-sections.ts prints these changes).
    const result = lockSections(dir)
    expect(result.written).toBe(true)
    if (!result.written) return
    expect(result.changes.join('\n')).toContain('treatment: "safety" was renamed to "risks"')
    expect(result.unresolved).toEqual([])
    const lock = JSON.parse(readFileSync(path.join(dir, 'section-ids.lock.json'), 'utf8'))
    expect(lock.redirects.treatment).toEqual({ 'is-it-safe': 'risks', safety: 'risks' })
    expect(checkContent(dir).problems).toEqual([])
    // The build renders every old id as an anchor on the section it now points to.
    const source = readFileSync(path.join(dir, 'en/articles/treatment.mdx'), 'utf8')
    const processor = unified()
      .use(remarkParse)
      .use(remarkMdx)
      .use(
        remarkPlugins({
          references: null,
          terms: null,
          redirects: loadSectionLock(path.join(dir, 'section-ids.lock.json'))!.redirects,
          collect: true,
        }) as never,
      )
    const tree = processor.runSync(processor.parse(source), { path: path.join(dir, 'en/articles/treatment.mdx') } as never) as unknown as {
      children: { type: string; data?: { hProperties?: Record<string, string> } }[]
    }
    const risks = tree.children.find((n) => n.type === 'heading' && n.data?.hProperties?.id === 'risks')
    expect(risks?.data?.hProperties?.dataRedirects?.split(' ').sort()).toEqual(['is-it-safe', 'safety'])
  })
})

describe('a short article of the documented "brief" kind', () => {
  const settingsFile = path.join(process.cwd(), 'content/settings.yaml')
  it('with about 400 words and one citation passes the limits in content/settings.yaml', () => {
    const report = checkContent(fixture('brief'), { settingsFile })
    expect(report.problems).toEqual([])
    // Every article is checked, in the order "Article N of M" counts them.
    expect(report.articles.map((a) => a.slug)).toEqual(['start-here', 'questions'])
    const brief = report.articles.find((a) => a.slug === 'questions')!
    expect(brief).toMatchObject({ kind: 'brief', references: 1, limits: loadSettings(settingsFile)!.articles.kinds.brief })
    expect(brief.words).toBeGreaterThanOrEqual(400)
    expect(brief.words).toBeLessThan(450)
  })
  it('is refused as an ordinary article, with the fix', () => {
    const dir = copyOf('brief')
    const file = path.join(dir, 'en/articles/questions.mdx')
    writeFileSync(file, readFileSync(file, 'utf8').replace('kind: brief\n', ''))
    const { problems } = checkContent(dir, { settingsFile })
    // One missing line (kind: brief) is one problem, naming every limit it misses.
    expect(problems).toHaveLength(1)
    expect(problems[0]).toContain('questions.mdx:2:1: The article is outside the limits for an article: has 433 words; cites 1 distinct source.')
    expect(problems[0]).toContain('expected: 1500 to 3000 words; at least 8 sources for an article (articles.kinds.article in content/settings.yaml)')
    expect(problems[0]).toContain('if it is a short overview, set kind: brief in the frontmatter')
  })
  it('builds with the site\'s components and shows "Article N of M" from the content', async () => {
    const dir = fixture('brief')
    const settings = loadSettings(settingsFile)
    const articles = loadArticles(path.join(dir, 'en/articles'), { settings })
    expect(articles.map((a) => [a.slug, a.position, a.of])).toEqual([
      ['start-here', 1, 2],
      ['questions', 2, 2],
    ])
    const article = articles[1]!
    const { default: Content } = await evaluate(readFileSync(article.file, 'utf8'), {
      ...runtime,
      remarkPlugins: remarkPlugins({ references: ['spravato-pi'], terms: [], figures: [] }),
    } as never)
    const html = renderToStaticMarkup(
      <ArticleShell locale="en" article={article} toc={[]} jsonLd={{}}>
        <Content components={mdxComponents({ locale: 'en', references: getReferences(), glossary: [] })} />
      </ArticleShell>,
    )
    expect(html).toContain('Article 2 of 2')
    expect(html).toMatch(/<a href="#ref-spravato-pi"[^>]*aria-label="Reference 1"/)
    expect(html).toContain('id="ref-spravato-pi"')
  })
})
