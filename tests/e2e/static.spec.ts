import { createHash } from 'node:crypto'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { headerPolicy, pagePolicy, toHeadersFile, securityHeaders } from '../../lib/security-headers.mjs'
import { foreignScripts, stripRuntime } from '../../lib/static-export.mjs'
import { createStaticServer } from '../../lib/static-server.mjs'
import { sitemapPaths } from './helpers'

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64')
const decode = (text: string) => text.replaceAll('&#x27;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&')
/** The directive names of a policy. */
const directiveNames = (policy: string) => policy.split(';').map((d) => d.trim().split(/\s+/)[0])
/** The budget of the stylesheet every page inlines (issue 22: at most 20 KB raw). */
const STYLESHEET_BUDGET = 20_000

/** Serves a folder the way `npm start` does, on a free port of 127.0.0.1. */
async function serve(root: string): Promise<{ base: string; close: () => Promise<void> }> {
  const server = createStaticServer({ root })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** Two signs of a page without its stylesheet: a transparent page, and the header's search icon at its own size instead of 1.15rem. */
async function looksStyled(page: Page) {
  return page.evaluate(() => ({
    background: getComputedStyle(document.body).backgroundColor,
    icon: document.querySelector('.site-search-icon')?.getBoundingClientRect().width ?? 0,
  }))
}

/** Sends a path exactly as written (no client-side normalisation of `..` or %2e). */
function rawGet(baseURL: string, path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(baseURL)
  return new Promise((resolve, reject) => {
    const req = http.request({ hostname, port, path, method: 'GET' }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (chunk) => (body += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
    })
    req.on('error', reject)
    req.end()
  })
}

test.describe('static site without a framework runtime', () => {
  test.beforeEach(({}, info) => test.skip(info.project.name !== 'desktop', 'the served files do not depend on the device'))

  test('every page holds only our island modules and JSON-LD, and no style attribute', async ({ request }) => {
    test.setTimeout(180_000)
    for (const path of [...(await sitemapPaths(request)), '/no-such-page']) {
      const html = await (await request.get(path)).text()
      expect(foreignScripts(html), path).toEqual([])
      expect(html, path).not.toContain('__next_f')
      expect(html, path).not.toContain('/_next/static/chunks')
      expect(html, path).not.toMatch(/\sstyle="/)
      for (const [, src] of html.matchAll(/<script type="module" src="([^"]+)"/g)) {
        expect((await request.get(src!)).status(), `${path} loads ${src}`).toBe(200)
      }
    }
  })

  test('the RSC payload files and the framework chunks are not published', async ({ request }) => {
    for (const path of ['/index.txt', '/articles/safety.txt', '/articles/safety/__next._full.txt', '/_headers']) {
      expect((await request.get(path)).status(), path).toBe(404)
    }
  })

  test('every page carries its own policy, first in <head>, allowing its stylesheets and nothing else inline; the stylesheet keeps its budget', async ({
    request,
  }) => {
    test.setTimeout(180_000)
    for (const path of [...(await sitemapPaths(request)), '/no-such-page']) {
      const html = await (await request.get(path)).text()
      const metas = [...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/g)]
      expect(metas, path).toHaveLength(1)
      const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!)
      // The policy that lists the stylesheets' hashes, and nothing else inline (pagePolicy adds no 'unsafe-inline').
      expect(decode(metas[0]![1]!), path).toBe(pagePolicy(styles.map(sha256)))
      // A <meta> policy governs only what comes after it: it must precede every stylesheet and script.
      const first = Math.min(...['<style', '<link rel="stylesheet"', '<script'].map((tag) => html.indexOf(tag)).filter((i) => i >= 0))
      expect(metas[0]!.index, path).toBeLessThan(first)
      // Every page inlines at most the budget, but for the few with rules of their own on top
      // (components/pages/*.css, components/*/*.css: glossary, help, handout, search).
      const inline = styles.reduce((sum, css) => sum + Buffer.byteLength(css), 0)
      const ownRules = /\/(glossary|help|handout|search)$/.test(path)
      expect(inline, path).toBeLessThanOrEqual(ownRules ? STYLESHEET_BUDGET + 3_000 : STYLESHEET_BUDGET)
      // Other stylesheets (print, a page's own) come from the site, allowed by style-src 'self'.
      for (const [, href] of html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)) {
        expect(href, path).toMatch(/^\/[^/]/)
        const res = await request.get(href!)
        expect([res.status(), res.headers()['content-type']], `${path} links ${href}`).toEqual([200, expect.stringMatching(/^text\/css/)])
      }
    }
  })

  test('the print rules are a stylesheet of their own, linked with media=print, that applies without JavaScript', async ({ browser, request }) => {
    const html = await (await request.get('/articles/safety')).text()
    expect(html).toMatch(/<link rel="stylesheet" href="\/islands\/print\.css\?v=[0-9a-f]+" media="print">/)
    expect(html).not.toContain('@media print')
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto('/articles/safety')
    await expect(page.locator('.print-line')).toBeHidden()
    await expect(page.locator('header nav').first()).toBeVisible()
    await page.emulateMedia({ media: 'print' })
    await expect(page.locator('.print-line')).toBeVisible()
    for (const selector of ['header nav', '.heading-tools', 'footer nav']) await expect(page.locator(selector).first(), selector).toBeHidden()
    expect(parseFloat(await page.evaluate(() => getComputedStyle(document.body).fontSize))).toBeCloseTo((11 * 96) / 72, 2) // 11pt
    await context.close()
  })

  test('a page keeps its styles, with no CSP violation, under the header of a build whose stylesheet differs', async ({ page, request }) => {
    test.setTimeout(180_000)
    // Another build of the site: a different stylesheet, its pages given their policies by the
    // post-build transform (lib/static-export.mjs), served with this build's out/_headers.
    const other = mkdtempSync(join(tmpdir(), 'other-build-'))
    cpSync('out', other, { recursive: true })
    for (const file of readdirSync(other, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(join(other, file), 'utf8').replace('</style>', '.another-build{color:red}</style>')
      writeFileSync(join(other, file), stripRuntime(html).html)
    }
    const site = await serve(other)
    // The control: the same pages under a header that pins a stylesheet hash, as a host config
    // copied from a build before the policy moved into the pages did. Styles refused, page unstyled.
    const thisBuild = [...(await (await request.get('/articles/safety')).text()).matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => sha256(m[1]!))
    writeFileSync(
      join(other, '_headers'),
      toHeadersFile({
        ...securityHeaders(),
        'Content-Security-Policy': `default-src 'self'; style-src 'self' ${thisBuild.map((h) => `'sha256-${h}'`).join(' ')}`,
      }),
    )
    const pinned = await serve(other)
    const violations: string[] = []
    page.on('console', (m) => {
      if (/Content.Security.Policy|Refused to/i.test(m.text())) violations.push(`${page.url()}: ${m.text()}`)
    })
    try {
      for (const path of ['/', '/articles/safety', '/articles/safety/blood-pressure', '/es', '/glossary', '/help', '/search', '/handout', '/no-such-page']) {
        const response = await page.goto(`${site.base}${path}`, { waitUntil: 'networkidle' })
        expect(response?.headers()['content-security-policy'], path).toBe(headerPolicy())
        const look = await looksStyled(page)
        expect(look.background, path).toBe('rgb(251, 250, 247)')
        expect(look.icon, path).toBeLessThan(24)
      }
      expect(violations).toEqual([])
      await page.goto(`${pinned.base}/articles/safety`, { waitUntil: 'networkidle' })
      const look = await looksStyled(page)
      expect(look.background).not.toBe('rgb(251, 250, 247)')
      expect(look.icon).toBeGreaterThan(24)
      expect(violations.join('\n')).toMatch(/inline style violates the following Content Security Policy directive 'style-src/)
    } finally {
      await site.close()
      await pinned.close()
      rmSync(other, { recursive: true, force: true })
    }
  })

  test('the header policy holds nothing a build changes; on every page the browser reports no CSP violation, requests no other origin and stores nothing', async ({
    page,
    context,
    request,
    baseURL,
  }) => {
    test.setTimeout(300_000) // every sitemap page, section pages included
    const csp = (await request.get('/')).headers()['content-security-policy']!
    // The same for every build: no hash, and nothing that could refuse a page's stylesheet.
    expect(csp).toBe(headerPolicy())
    expect(csp).not.toMatch(/sha256|unsafe-(inline|eval)/)
    expect(directiveNames(csp)).not.toContain('default-src')
    expect(directiveNames(csp)).not.toContain('style-src')
    expect(csp).toContain("script-src 'self';")
    const violations: string[] = []
    page.on('console', (m) => {
      if (/Content.Security.Policy|Refused to/i.test(m.text())) violations.push(`${page.url()}: ${m.text()}`)
    })
    // Privacy in the same visit (health reading is sensitive): no request leaves the site, no cookie, no storage.
    const origin = new URL(baseURL!).origin
    const foreign: string[] = []
    page.on('request', (r) => {
      const url = r.url()
      if (!url.startsWith(origin) && !url.startsWith('data:')) foreign.push(`${page.url()}: ${url}`)
    })
    for (const path of [...(await sitemapPaths(request)), '/no-such-page', '/glossary?q=ketamine', '/es/glossary?q=ketamina']) {
      await page.goto(path, { waitUntil: 'networkidle' })
      expect(await page.evaluate(() => localStorage.length + sessionStorage.length), path).toBe(0)
    }
    expect(foreign).toEqual([])
    expect(await context.cookies()).toEqual([])
    // The islands at work under the CSP: a term popover and a citation preview.
    await page.goto('/articles/how-it-works')
    await page.locator('a[data-term]').first().click()
    await expect(page.getByRole('dialog')).toBeVisible()
    await page.keyboard.press('Escape')
    await page.locator('a[data-cite]').first().focus()
    await expect(page.locator('#cite-preview')).toHaveText(/^Reference 1: /)
    expect(violations).toEqual([])
  })

  test("an article's og:image is a 1200x630 PNG served as image/png", async ({ request }) => {
    const html = await (await request.get('/articles/safety')).text()
    const url = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1]
    expect(url).toMatch(/\/og\/articles\/safety\.png$/)
    const res = await request.get(new URL(url!).pathname)
    expect(res.headers()['content-type']).toBe('image/png')
    const png = await res.body()
    expect(png.subarray(1, 4).toString()).toBe('PNG')
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630])
  })

  test('clean URLs, a real 404 and compression', async ({ request }) => {
    const page = await request.get('/articles/safety', { headers: { 'accept-encoding': 'gzip' } })
    expect(page.status()).toBe(200)
    expect(page.headers()['content-type']).toMatch(/^text\/html/)
    expect(page.headers()['content-encoding']).toBe('gzip')
    const missing = await request.get('/articles/no-such-article')
    expect(missing.status()).toBe(404)
    expect(await missing.text()).toContain('We could not find that page')
    expect((await request.get('/glossary/entries.json')).headers()['content-type']).toMatch(/^application\/json/)
  })

  test('every page is <path>/index.html: both address forms answer it without a redirect, and links keep the no-slash form', async ({ request }) => {
    const pages = readdirSync('out', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'))
    expect(pages.filter((f) => !f.endsWith('index.html') && f !== '404.html')).toEqual([])
    const sitemap = await sitemapPaths(request)
    expect(sitemap.filter((p) => p !== '/' && p.endsWith('/'))).toEqual([])
    for (const path of ['/articles/safety', '/articles/safety/blood-pressure', '/es', '/es/articles/safety', '/glossary', '/search', '/handout']) {
      expect(sitemap, path).toContain(path)
      const plain = await request.get(path, { maxRedirects: 0 })
      const slash = await request.get(`${path}/`, { maxRedirects: 0 })
      expect([plain.status(), slash.status()], path).toEqual([200, 200])
      const html = await plain.text()
      expect((await slash.text()) === html, `${path}/ serves the same page`).toBe(true)
      expect(new URL(/<link rel="canonical" href="([^"]+)"/.exec(html)![1]!).pathname, path).toBe(path)
      expect(html.match(/ href="\/[^"]*\/"/g) ?? [], `${path}: links with a trailing slash`).toEqual([])
    }
  })

  test('paths that try to leave the folder answer 404 and serve nothing outside it', async ({ baseURL }) => {
    for (const path of [
      '/../package.json',
      '/%2e%2e/package.json',
      '/%2e%2e%2fpackage.json',
      '/articles/..%2f..%2fpackage.json',
      '/..%5cpackage.json',
      '/%2E%2E/%2E%2E/etc/passwd',
      '/%E0%A4%A',
      '/articles/%00',
    ]) {
      const res = await rawGet(baseURL!, path)
      expect(res.status, path).toBe(404)
      expect(res.body, path).not.toContain('"name": "ketamine-guide"')
      expect(res.body, path).not.toContain('root:')
    }
  })
})
