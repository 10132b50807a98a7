// The handout's data in the export (HandoutSection, lib/handout.ts; written by the post-build step):
// one file for every section page of every language, each agreeing with its page. The island that
// reads it is tested in the browser (tests/e2e/handout.spec.ts); the writer on small pages in
// tests/unit/handout-writer.test.ts.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { sectionPrefix } from '@/lib/build/handout-writer'
import { HANDOUT_DATA_VERSION, handoutDataPath, type HandoutSection } from '@/lib/handout'
import { LOCALES, localePath } from '@/lib/i18n/locales'
import type { Root, RootContent } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { FILES, OUT, SITEMAP, hasClass, mustPage, squash, textOf } from './site'

/** A node's text without its citation markers. */
const wordsOf = (node: Root | RootContent): string =>
  node.type === 'element' && node.tagName === 'sup' && hasClass(node, 'cite')
    ? ''
    : 'children' in node
      ? (node.children as RootContent[]).map(wordsOf).join('')
      : node.type === 'text'
        ? node.value
        : ''

describe.each(LOCALES)('handout data (%s)', (locale) => {
  const articles = localePath(locale, '/articles/')
  const sectionKeys = SITEMAP.filter((p) => p.startsWith(articles))
    .map((p) => p.slice(articles.length))
    .filter((rest) => /^[^/]+\/[^/]+$/.test(rest))
  const folder = localePath(locale, '/handout/sections/').slice(1)
  const dataKeys = FILES.filter((f) => f.startsWith(folder) && f.endsWith('.json')).map((f) => f.slice(folder.length, -'.json'.length))
  const data = (key: string): HandoutSection => JSON.parse(readFileSync(join(OUT, localePath(locale, handoutDataPath(key))), 'utf8'))

  it('has one file for every section page, and no other', () => {
    expect(sectionKeys.length).toBeGreaterThan(60)
    expect([...dataKeys].sort()).toEqual([...sectionKeys].sort())
  })

  it('each file says what its section page says: title, article, review date, address, language', () => {
    for (const key of sectionKeys) {
      const section = data(key)
      const page = mustPage(localePath(locale, `/articles/${key}`))
      const article = page.elements.find((e) => e.tagName === 'article' && e.properties.dataSectionKey === key)!
      expect(section, key).toMatchObject({
        version: HANDOUT_DATA_VERSION,
        key,
        locale,
        title: squash(textOf(page.first('h1')!)),
        path: page.path,
        article: { slug: key.split('/')[0], title: article.properties.dataArticleTitle, reviewed: article.properties.dataReviewed },
      })
      expect(section.message, `${key}: opens with its main message`).toMatch(/^<div class="main-message/)
    }
  })

  it("each file lists exactly the sources of its page's list, in its order, and each marker names only those", () => {
    for (const key of sectionKeys) {
      const section = data(key)
      const page = mustPage(localePath(locale, `/articles/${key}`))
      const list = page.byId('references')
      const pageIds = list ? page.all('li', list).map((li) => String(li.properties.id).replace(/^ref-/, '')) : []
      expect(
        section.references.map((r) => r.id),
        key,
      ).toEqual(pageIds)
      const cited = [...`${section.message}${section.body}`.matchAll(/data-cites="([^"]*)"/g)].flatMap((m) => m[1]!.split(' '))
      expect(new Set(cited), key).toEqual(new Set(pageIds))
      // Back-links to the page's text stay on the page.
      for (const { html } of section.references) expect(html, key).not.toMatch(/href="#cite-/)
    }
  })

  it("each article's sections carry its main message, the same one, with the sources it cites", () => {
    const slugs = [...new Set(sectionKeys.map((key) => key.split('/')[0]!))]
    for (const slug of slugs) {
      const keys = sectionKeys.filter((key) => key.startsWith(`${slug}/`))
      const messages = keys.map((key) => JSON.stringify(data(key).articleMessage))
      expect(new Set(messages).size, slug).toBe(1)
      const message = data(keys[0]!).articleMessage
      const page = mustPage(localePath(locale, `/articles/${slug}`))
      const onPage = page.elements.find((e) => hasClass(e, 'main-message'))
      expect(message, slug).not.toBeNull()
      // The same words (its markers are numbered by the handout, so they are left out of both).
      expect(squash(wordsOf(fromHtml(message!.html, { fragment: true }))), slug).toBe(squash(wordsOf(onPage!)))
      const cited = [...message!.html.matchAll(/data-cites="([^"]*)"/g)].flatMap((m) => m[1]!.split(' '))
      expect(message!.references.map((r) => r.id).sort(), slug).toEqual([...new Set(cited)].sort())
    }
  })

  it('ids in a file all carry its own prefix, so sections never repeat one another’s', () => {
    for (const key of sectionKeys) {
      const { message, body } = data(key)
      const ids = [...`${message}${body}`.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!)
      expect(
        ids.filter((id) => !id.startsWith(sectionPrefix(key))),
        key,
      ).toEqual([])
    }
  })
})
