// @vitest-environment node
import { readFileSync } from 'node:fs'
import { evaluate } from '@mdx-js/mdx'
import { createElement } from 'react'
import * as runtime from 'react/jsx-runtime'
import { renderToStaticMarkup } from 'react-dom/server'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { sectionUrl } from '@/components/enhance/section-links'
import { analyzeArticleSource } from '@/lib/content/analysis'
import { getArticle } from '@/lib/content'
import { pipelineData } from '@/lib/mdx/options'
import { remarkPlugins } from '@/lib/mdx/pipeline.mjs'
import { sectionRanges } from '@/lib/mdx/remark-section.mjs'
import { firstSentences, getRetiredSections, getSection, getSections, splitArticle } from '@/lib/sections/sections'
import { mdxComponents } from '@/components/mdx'
import { articlePage, type ArticleModule } from '@/components/mdx/article-module'

const known = { references: ['a2020', 'b2021'], terms: ['nausea'], figures: [] }
const source = `---
title: T
sectionMessages:
  last:
    message: It lasts for days. Ask when to come back.
    cite: b2021
---

<KeyPoints>

- One.
- Two.
- Three.

</KeyPoints>

Intro text that belongs to no section.

## Is it safe? {/*safe*/}

Yes, mostly. It can cause <Term id="nausea">nausea</Term>.<Cite id="a2020" /> Most effects pass within an hour and a half. Some people feel sleepy for the rest of the day, so plan to rest.

### Who is at risk {/*risk*/}

Text.

## How long does it last? {/*last*/}

<Callout type="note">

It lasts days.<Cite id="b2021" />

</Callout>

<QuestionsToAsk>

- Ask this.

</QuestionsToAsk>
`

describe('splitting an article into section pages', () => {
  const { headings } = analyzeArticleSource(source, 'x.mdx', known)
  const sections = splitArticle(source, headings, 'Fallback.', { last: { message: 'It lasts for days. Ask when to come back.', cite: 'b2021' } })
  it('makes one section per "##", with its pinned id, its question and its "###" ids', () => {
    expect(sections.map((s) => [s.id, s.title, s.subheadings])).toEqual([
      ['safe', 'Is it safe?', ['risk']],
      ['last', 'How long does it last?', []],
    ])
  })
  it('gives each section its main message: the opening paragraph’s first sentences, or the frontmatter’s; no citation markers', () => {
    // The opening paragraph has four sentences: the message is its first three (at most 280 characters).
    expect(sections[0]!.mainMessage).toBe('Yes, mostly. It can cause nausea. Most effects pass within an hour and a half.')
    // A section that opens with a callout has no opening paragraph: its message is the frontmatter's.
    expect(sections[1]!.mainMessage).toBe('It lasts for days. Ask when to come back.')
  })
  it('describes a section with the first sentences of its main message', () => {
    // Sentences are added until the description reaches about 110 characters (never past 200).
    expect(sections[0]!.description).toBe('Yes, mostly. It can cause nausea. Most effects pass within an hour and a half.')
    expect(sections[1]!.description).toBe('It lasts for days. Ask when to come back.')
  })
  it('leaves the article-wide questions box out of the last section', () => {
    const tree = { children: [{ type: 'heading', depth: 2 }, { type: 'paragraph' }, { type: 'mdxJsxFlowElement', name: 'QuestionsToAsk' }] }
    expect(sectionRanges(tree.children as never)).toEqual([{ heading: 0, start: 1, end: 2 }])
    // ...unless it is all the section holds.
    expect(sectionRanges(tree.children.filter((n) => n.type !== 'paragraph') as never)).toEqual([{ heading: 0, start: 1, end: 2 }])
  })
})

describe('first sentences for a link preview', () => {
  it('adds sentences until the preview says enough, never past the limit', () => {
    expect(
      firstSentences('Yes. Ketamine can raise blood pressure for a few hours. It peaks at about 40 minutes. More text follows here.', { min: 60, max: 120 }),
    ).toBe('Yes. Ketamine can raise blood pressure for a few hours. It peaks at about 40 minutes.')
  })
  it('cuts one very long sentence at a word, with an ellipsis', () => {
    const out = firstSentences(`${'word '.repeat(80)}end.`, { max: 100 })
    expect(out.length).toBeLessThanOrEqual(100)
    expect(out).toMatch(/word…$/)
  })
})

describe('the site’s sections', () => {
  it('exist for every "##" of every article, each linked to its neighbours', () => {
    const sections = getSections()
    expect(sections.length).toBeGreaterThan(60)
    expect(new Set(sections.map((s) => s.key)).size).toBe(sections.length)
    const bp = getSection('safety', 'blood-pressure')!
    expect(bp.path).toBe('/articles/safety/blood-pressure')
    expect(bp.previous?.key).toBe(getSections()[sections.indexOf(bp) - 1]!.key)
    expect(bp.description.length).toBeGreaterThan(40)
    expect(bp.description.length).toBeLessThanOrEqual(200)
  })
  it('send a retired id from the lock to its successor', () => {
    const old = getRetiredSections().find((r) => r.key === 'safety/can-ketamine-raise-my-blood-pressure')
    expect(old?.target).toBe('/articles/safety/blood-pressure')
  })
  it('come from the article’s own compile: each section page alone, citations numbered from 1, only its own references', async () => {
    const article = getArticle('safety')!
    // As @next/mdx compiles it for the build: one module for the article and every section page.
    const file = new VFile({ path: article.file, value: readFileSync(article.file, 'utf8') })
    const mod = (await evaluate(file, { ...runtime, remarkPlugins: remarkPlugins({ ...pipelineData(), pages: true }) } as never)) as unknown as ArticleModule
    const render = (section?: string) => renderToStaticMarkup(createElement(mod.default, { components: mdxComponents(articlePage(article, 'en', section)) }))
    const citations = mod.sections!['blood-pressure']!.citations
    expect(citations[0]!.n).toBe(1)
    const html = render('blood-pressure')
    expect(html).toContain('id="references"')
    expect(html.match(/<li[^>]* id="ref-/g)).toHaveLength(citations.length)
    expect(html).not.toContain('id="blood-pressure"') // the question is the page's h1, not repeated
    expect(html).not.toContain('id="driving"') // nothing from other sections
    expect(html).not.toContain('id="key-points"')
    // The article page shows the whole article, and none of the section pages' parts.
    const whole = render()
    expect(whole).toContain('id="key-points"')
    expect(whole).toContain('id="blood-pressure"')
    expect(whole.match(/id="references"/g)).toHaveLength(1)
    expect(Object.keys(mod.sections!)).toEqual(
      getSections()
        .filter((s) => s.slug === 'safety')
        .map((s) => s.id),
    )
  }, 30_000)
})

describe('copy link', () => {
  const here = { origin: 'https://example.org', pathname: '/articles/safety' }
  it('copies an h2’s own section page, which previews as that section', () => {
    expect(sectionUrl('blood-pressure', here, '/articles/safety/blood-pressure')).toBe('https://example.org/articles/safety/blood-pressure')
  })
  it('keeps the in-page anchor for other headings', () => {
    expect(sectionUrl('who-is-at-risk', here)).toBe('https://example.org/articles/safety#who-is-at-risk')
  })
  it('names the canonical address when the page was reached at its folder form (/articles/safety/)', () => {
    expect(sectionUrl('who-is-at-risk', { ...here, pathname: '/articles/safety/' })).toBe('https://example.org/articles/safety#who-is-at-risk')
    expect(sectionUrl('top', { ...here, pathname: '/' })).toBe('https://example.org/#top')
  })
})
