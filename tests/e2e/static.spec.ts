import { createHash } from 'node:crypto'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Page } from '@playwright/test'
import { localePath, TRANSLATED_LOCALES } from '../../lib/i18n/locales'
import { headerPolicy, securityHeaders, toHeadersFile } from '../../lib/build/security-headers.mjs'
import { stripRuntime } from '../../lib/build/static-export.mjs'
import { createStaticServer } from '../../lib/build/static-server.mjs'
import { expect, test } from './fixtures'

// What only a browser or the running server can show. The built files themselves (no framework
// runtime, each page's own policy and stylesheet budget, the <path>/index.html layout, the `_headers`
// file) are checked without a browser in tests/built/; paths that try to leave the folder, in
// tests/unit/static-export.test.ts; CSP refusals, other origins and storage, by the guard every
// browser test runs under (fixtures.ts).

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64')

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

/** Each translated edition's home page, and an address missing from it (answered with its own 404 page). */
const EDITION_HOMES = TRANSLATED_LOCALES.map((l) => localePath(l, '/'))
const EDITION_MISSING = TRANSLATED_LOCALES.map((l) => [localePath(l, '/no-such-page'), `out${localePath(l, '/404.html')}`] as const)

test('npm start serves both address forms of a page without a redirect, compressed, with the security headers, and a real 404', async ({ request }) => {
  const missing = ['/no-such-page', ...EDITION_MISSING.map(([path]) => path)]
  for (const path of ['/', '/articles/safety', '/articles/safety/blood-pressure', ...EDITION_HOMES, '/glossary', '/handout', ...missing]) {
    const plain = await request.get(path, { maxRedirects: 0, headers: { 'accept-encoding': 'gzip' } })
    expect(plain.status(), path).toBe(missing.includes(path) ? 404 : 200)
    const headers = plain.headers()
    expect(headers['content-type'], path).toMatch(/^text\/html/)
    expect(headers['content-encoding'], path).toBe('gzip')
    for (const [name, value] of Object.entries(securityHeaders())) expect(headers[name.toLowerCase()], `${path} ${name}`).toBe(value)
    expect(headers['x-powered-by'], path).toBeUndefined()
    if (path !== '/' && !missing.includes(path)) {
      const slash = await request.get(`${path}/`, { maxRedirects: 0 })
      expect(slash.status(), `${path}/`).toBe(200)
      expect((await slash.text()) === (await plain.text()), `${path}/ serves the same page`).toBe(true)
    }
  }
  // A missing address in a translated edition answers that edition's own 404 page.
  for (const [path, file] of EDITION_MISSING) expect(await (await request.get(path)).text(), path).toBe(readFileSync(file, 'utf8'))
  // The header holds nothing a build changes: no hash, and nothing that could refuse a page's stylesheet.
  const csp = securityHeaders()['Content-Security-Policy']!
  expect(csp).toBe(headerPolicy())
  expect(csp).not.toMatch(/sha256|unsafe-(inline|eval)|default-src|style-src/)
  expect((await request.get('/search/index/meta.json')).headers()['content-type']).toMatch(/^application\/json/)
  for (const path of ['/index.txt', '/articles/safety.txt', '/_headers']) expect((await request.get(path)).status(), path).toBe(404)
})

test('the print rules are a stylesheet of their own, linked with media=print, that applies without JavaScript', async ({ browser, request }) => {
  const html = await (await request.get('/articles/safety')).text()
  expect(html).toMatch(/<link rel="stylesheet" href="\/islands\/print\.css\?v=[0-9a-f]+" media="print">/)
  expect(html).not.toContain('@media print')
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/articles/safety')
  await expect(page.locator('.print-line')).toBeHidden()
  await expect(page.locator('nav.site-nav')).toBeVisible()
  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('.print-line')).toBeVisible()
  for (const selector of ['nav.site-nav', '.heading-tools', 'footer nav']) await expect(page.locator(selector).first(), selector).toBeHidden()
  expect(parseFloat(await page.evaluate(() => getComputedStyle(document.body).fontSize))).toBeCloseTo((11 * 96) / 72, 2) // 11pt
  await context.close()
})

test.describe('a host config copied from another build', () => {
  // This test serves copies of the site on ports of its own and provokes a CSP refusal on purpose
  // (the control case): it opens its own browser context, outside the guard, and checks refusals itself.

  test('a page keeps its styles, with no CSP violation, under the header of a build whose stylesheet differs', async ({ browser }) => {
    test.slow()
    // Another build of the site: a different stylesheet, its pages given their policies by the
    // post-build transform (lib/build/static-export.mjs), served with this build's out/_headers.
    const paths = ['/', '/articles/safety', '/articles/safety/blood-pressure', ...EDITION_HOMES, '/glossary', '/help', '/search', '/handout', '/no-such-page']
    const other = mkdtempSync(join(tmpdir(), 'other-build-'))
    cpSync('out', other, { recursive: true })
    // Only the pages this test opens are rebuilt (the rest are never requested).
    const fileOf = (p: string) => (p === '/' ? 'index.html' : p === '/no-such-page' ? '404.html' : `${p.slice(1)}/index.html`)
    for (const file of paths.map(fileOf)) {
      const html = readFileSync(join(other, file), 'utf8').replace('</style>', '.another-build{color:red}</style>')
      writeFileSync(join(other, file), stripRuntime(html).html)
    }
    const site = await serve(other)
    // The control: the same pages under a header that pins a stylesheet hash, as a host config
    // copied from a build before the policy moved into the pages did. Styles refused, page unstyled.
    const thisBuild = [...readFileSync('out/articles/safety/index.html', 'utf8').matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => sha256(m[1]!))
    writeFileSync(
      join(other, '_headers'),
      toHeadersFile({
        ...securityHeaders(),
        'Content-Security-Policy': `default-src 'self'; style-src 'self' ${thisBuild.map((h) => `'sha256-${h}'`).join(' ')}`,
      }),
    )
    const pinned = await serve(other)
    const context = await browser.newContext()
    const page = await context.newPage()
    const violations: string[] = []
    page.on('console', (m) => {
      if (/Content.Security.Policy|Refused to/i.test(m.text())) violations.push(`${page.url()}: ${m.text()}`)
    })
    try {
      for (const path of paths) {
        const response = await page.goto(`${site.base}${path}`, { waitUntil: 'load' })
        expect(response?.headers()['content-security-policy'], path).toBe(headerPolicy())
        const look = await looksStyled(page)
        expect(look.background, path).toBe('rgb(251, 250, 247)')
        expect(look.icon, path).toBeLessThan(24)
      }
      expect(violations).toEqual([])
      await page.goto(`${pinned.base}/articles/safety`, { waitUntil: 'load' })
      const look = await looksStyled(page)
      expect(look.background).not.toBe('rgb(251, 250, 247)')
      expect(look.icon).toBeGreaterThan(24)
      expect(violations.join('\n')).toMatch(/inline style violates the following Content Security Policy directive 'style-src/)
    } finally {
      await context.close()
      await site.close()
      await pinned.close()
      rmSync(other, { recursive: true, force: true })
    }
  })
})
