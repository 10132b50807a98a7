import http from 'node:http'
import { expect, test } from '@playwright/test'
import { foreignScripts } from '../../lib/static-export.mjs'
import { sitemapPaths } from './helpers'

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

  test('the CSP allows no inline script or style, and on every page the browser reports no violation, requests no other origin and stores nothing', async ({
    page,
    context,
    request,
    baseURL,
  }) => {
    test.setTimeout(300_000) // every sitemap page, section pages included
    const csp = (await request.get('/')).headers()['content-security-policy']!
    const directive = (name: string) =>
      csp
        .split(';')
        .map((d) => d.trim())
        .find((d) => d.startsWith(`${name} `))!
    expect(directive('script-src')).toBe("script-src 'self'")
    expect(directive('style-src')).toMatch(/^style-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+$/)
    expect(csp).not.toMatch(/unsafe-(inline|eval)/)
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
