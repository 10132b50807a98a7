// @vitest-environment node
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import http from 'node:http'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pageFile, pageTarget, planLayout, relocatePages } from '@/lib/build/static-layout.mjs'
import { createStaticServer } from '@/lib/build/static-server.mjs'

// The files `next build` exports for a slice of the site: pages beside the folders of their sub-pages.
const exported = [
  'index.html',
  '404.html',
  'es.html',
  'es/articles/safety.html',
  'es/articles/safety/blood-pressure.html',
  'articles/safety.html',
  'articles/safety/blood-pressure.html',
  'glossary.html',
  'glossary/entries.json',
  'search.html',
  'search/index/en-0.json',
  'og/articles/safety.png',
  'sitemap.xml',
  '_headers',
]

describe('pageTarget', () => {
  it('gives each page its own folder, the home page and the 404 page excepted', () => {
    expect(pageTarget('articles/safety.html')).toBe('articles/safety/index.html')
    expect(pageTarget('articles/safety/blood-pressure.html')).toBe('articles/safety/blood-pressure/index.html')
    expect(pageTarget('es.html')).toBe('es/index.html')
    expect(pageTarget('search.html')).toBe('search/index.html')
    expect(pageTarget('index.html')).toBe('index.html')
    expect(pageTarget('404.html')).toBe('404.html')
    expect(pageTarget('es/index.html')).toBe('es/index.html')
  })

  it('leaves every other file where it is', () => {
    for (const file of ['sitemap.xml', 'og/articles/safety.png', 'glossary/entries.json', '_headers', 'es/404.htm']) expect(pageTarget(file)).toBe(file)
  })
})

describe('planLayout', () => {
  it('moves the pages and nothing else', () => {
    const { moves, conflicts } = planLayout(exported)
    expect(conflicts).toEqual([])
    expect(Object.fromEntries(moves)).toEqual({
      'es.html': 'es/index.html',
      'es/articles/safety.html': 'es/articles/safety/index.html',
      'es/articles/safety/blood-pressure.html': 'es/articles/safety/blood-pressure/index.html',
      'articles/safety.html': 'articles/safety/index.html',
      'articles/safety/blood-pressure.html': 'articles/safety/blood-pressure/index.html',
      'glossary.html': 'glossary/index.html',
      'search.html': 'search/index.html',
    })
  })

  it('refuses to overwrite a file or to put two pages in one place', () => {
    expect(planLayout(['a.html', 'a/index.html']).conflicts).toEqual(['a.html: a/index.html already exists'])
    // A page exported as a/index.html already holds the place a.html would take: nothing moves there.
    expect(planLayout(['a/index.html', 'a.html', 'b.html'])).toEqual({
      moves: [['b.html', 'b/index.html']],
      conflicts: ['a.html: a/index.html already exists'],
    })
  })
})

describe('pageFile', () => {
  it('names the file that answers an address, with or without a trailing slash', () => {
    expect(pageFile('/')).toBe('index.html')
    expect(pageFile('/articles/safety')).toBe('articles/safety/index.html')
    expect(pageFile('/articles/safety/')).toBe('articles/safety/index.html')
    expect(pageFile('/es?x=1')).toBe('es/index.html')
    expect(pageFile('/articles/safety/blood-pressure#top')).toBe('articles/safety/blood-pressure/index.html')
  })
})

describe('relocatePages on a folder, served by the static server', () => {
  let root = ''
  let base = ''
  let server: http.Server
  beforeAll(async () => {
    root = join(mkdtempSync(join(tmpdir(), 'static-layout-')), 'out')
    for (const file of exported) {
      mkdirSync(dirname(join(root, file)), { recursive: true })
      writeFileSync(join(root, file), file === '_headers' ? '/*\n  X-Test: yes\n' : `<p>${file}</p>`)
    }
    relocatePages(root)
    server = createStaticServer({ root })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  it('leaves no page beside a folder', () => {
    expect(readFileSync(join(root, 'articles/safety/index.html'), 'utf8')).toBe('<p>articles/safety.html</p>')
    expect(readFileSync(join(root, 'es/index.html'), 'utf8')).toBe('<p>es.html</p>')
    expect(existsSync(join(root, 'articles/safety.html'))).toBe(false)
    expect(existsSync(join(root, '404.html'))).toBe(true)
    expect(existsSync(join(root, 'glossary/entries.json'))).toBe(true)
  })

  it('npm start answers both forms of every address with the page, without a redirect', async () => {
    const cases: [string, string][] = [
      ['/', 'index.html'],
      ['/es', 'es.html'],
      ['/es/', 'es.html'],
      ['/articles/safety', 'articles/safety.html'],
      ['/articles/safety/', 'articles/safety.html'],
      ['/articles/safety/blood-pressure', 'articles/safety/blood-pressure.html'],
      ['/articles/safety/blood-pressure/', 'articles/safety/blood-pressure.html'],
      ['/es/articles/safety', 'es/articles/safety.html'],
      ['/search', 'search.html'],
    ]
    for (const [path, page] of cases) {
      const res = await fetch(`${base}${path}`, { redirect: 'manual' })
      expect(res.status, path).toBe(200)
      expect(await res.text(), path).toBe(`<p>${page}</p>`)
    }
    const missing = await fetch(`${base}/articles/nope`, { redirect: 'manual' })
    expect(missing.status).toBe(404)
    expect(await missing.text()).toBe('<p>404.html</p>')
  })

  it('refuses a folder without 404.html, moving nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'static-layout-'))
    writeFileSync(join(dir, 'a.html'), 'a')
    expect(() => relocatePages(dir)).toThrow(/404\.html is missing/)
    expect(existsSync(join(dir, 'a.html'))).toBe(true)
  })
})
