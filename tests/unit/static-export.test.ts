// @vitest-environment node
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import http from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { headerPolicy, pagePolicy, parseHeadersFile, securityHeaders, toHeadersFile } from '@/lib/build/security-headers.mjs'
import { foreignScripts, stripRuntime } from '@/lib/build/static-export.mjs'
import { createStaticServer, isSafePath } from '@/lib/build/static-server.mjs'
import { localePath, TRANSLATED_LOCALES } from '@/lib/i18n/locales'

// A page shaped like what `next build` exports: framework chunks, a polyfill, preloads, the
// inline RSC payload, an inlined stylesheet, JSON-LD and one of our island modules.
const exported = `<!DOCTYPE html><html lang="en"><head>
<meta charSet="utf-8"/>
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/>
<link rel="modulepreload" href="/_next/static/chunks/b.js"/>
<link rel="icon" href="/icon.svg"/>
<style data-precedence="next" data-href="/_next/static/chunks/x.css">body{color:red}</style>
<script src="/_next/static/chunks/c.js" async=""></script>
<script src="/_next/static/chunks/polyfill.js" noModule=""></script>
</head><body><main><h1>Title</h1><!-- --><p>Text</p></main>
<script type="application/ld+json">{"@type":"MedicalWebPage"}</script>
<script type="module" src="/islands/article.js?v=abc"></script>
<script id="_R_">self.__next_r="x"</script>
<script>(self.__next_f=self.__next_f||[]).push([0])</script>
</body></html>`

describe('stripRuntime', () => {
  const result = stripRuntime(exported)

  it('keeps only our island module and JSON-LD', () => {
    expect(foreignScripts(result.html)).toEqual([])
    expect(result.html).toContain('<script type="module" src="/islands/article.js?v=abc"></script>')
    expect(result.html).toContain('<script type="application/ld+json">{"@type":"MedicalWebPage"}</script>')
    expect(result.html).not.toMatch(/_next\/static\/chunks\/[abc]\.js|polyfill|__next_f|__next_r/)
    expect(result.removedScripts).toBe(4)
  })

  it('drops comments and the stylesheet address but keeps the content and the icon', () => {
    expect(result.html).not.toContain('<!--')
    expect(result.html).not.toContain('data-href')
    expect(result.html).toContain('<style>body{color:red}</style>')
    expect(result.html).toContain('<link rel="icon" href="/icon.svg">')
    expect(result.html).toMatch(/^<!DOCTYPE html>/)
    expect(result.html).toContain('<h1>Title</h1><p>Text</p>')
  })

  it('hashes each inline stylesheet for the CSP (sha256, base64)', () => {
    // printf 'body{color:red}' | openssl dgst -sha256 -binary | base64
    expect(result.styleHashes).toEqual(['FcQqt3aNlV7AZnGV4zkQRVeCeJOxbMPnQSx258L803E='])
  })

  it("writes the page's own policy, with its stylesheet's hash, right after <meta charset>", () => {
    expect(result.policy).toBe(pagePolicy(['FcQqt3aNlV7AZnGV4zkQRVeCeJOxbMPnQSx258L803E=']))
    expect(result.policy).toContain("style-src 'self' 'sha256-FcQqt3aNlV7AZnGV4zkQRVeCeJOxbMPnQSx258L803E='")
    const meta = `<meta http-equiv="Content-Security-Policy" content="${result.policy.replaceAll("'", '&#x27;')}">`
    expect(result.html).toContain(`<meta charset="utf-8">${meta}`)
    // A policy already in the page (the step run twice) is replaced, not doubled.
    const again = stripRuntime(result.html)
    expect(again.html).toBe(result.html)
    expect(again.html.match(/http-equiv/g)).toHaveLength(1)
  })

  it('puts the policy first in <head> when there is no <meta charset> (the parser adds the head a browser would)', () => {
    const bare = stripRuntime('<p>x</p>')
    expect(bare.problems).toEqual([])
    expect(bare.html).toMatch(/^<html><head><meta http-equiv="Content-Security-Policy" content="default-src/)
  })

  it('reports what the CSP would silently break: a style attribute or an inline handler', () => {
    const bad = stripRuntime('<!DOCTYPE html><html><body><p style="color:red">x</p><button onclick="go()">y</button></body></html>')
    expect(bad.problems).toEqual([
      '<p> has a style attribute (the CSP blocks it: use a class)',
      '<button> has an inline onClick handler (the CSP blocks it: use an island)',
    ])
  })

  it('names any script a future Next.js release might add', () => {
    expect(foreignScripts('<script src="/_next/new.js"></script><script>boot()</script><link rel="modulepreload" href="/x.js">')).toEqual([
      'script /_next/new.js',
      'inline script: boot()',
      'preload /x.js',
    ])
  })
})

const directives = (policy: string) => policy.split(';').map((d) => d.trim().split(/\s+/)[0])

describe('security policy', () => {
  it('the header holds only what no page or build changes: no hash, no default-src, no style-src', () => {
    const csp = securityHeaders()['Content-Security-Policy']!
    expect(csp).toBe(headerPolicy())
    expect(csp).not.toMatch(/sha256|nonce|unsafe/)
    expect(directives(csp)).not.toContain('default-src')
    expect(directives(csp)).not.toContain('style-src')
    expect(directives(csp)).not.toContain('style-src-elem')
    expect(csp).toContain("script-src 'self';")
    for (const d of ["object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'"]) expect(csp).toContain(d)
  })

  it("each page's policy allows scripts from our origin only and inline styles only by hash, and leaves out what a <meta> policy cannot hold", () => {
    const csp = pagePolicy(['b', 'a', 'a'])
    expect(csp).toContain("default-src 'self';")
    expect(csp).toContain("script-src 'self';")
    expect(csp).toContain("style-src 'self' 'sha256-a' 'sha256-b';")
    expect(csp).not.toMatch(/unsafe/)
    // Browsers ignore these in a <meta> policy (with a console error for frame-ancestors).
    for (const d of ['frame-ancestors', 'report-uri', 'report-to', 'sandbox']) expect(directives(csp)).not.toContain(d)
    // Everything else the header says, the page says too (a host with no headers keeps it).
    for (const d of headerPolicy().split('; ')) if (!d.startsWith('frame-ancestors')) expect(csp).toContain(d)
  })

  it('round-trip through the _headers file a static host reads', () => {
    const headers = securityHeaders()
    const file = toHeadersFile(headers)
    expect(file.split('\n')[1]).toBe('/*')
    expect(parseHeadersFile(file)).toEqual(headers)
    expect(parseHeadersFile('/other\n  X-A: 1\n/*\n  X-B: 2\n')).toEqual({ 'X-B': '2' })
  })
})

describe('the static server', () => {
  it('refuses paths that leave the folder, encoded slashes and undecodable paths', () => {
    for (const path of [
      '/../package.json',
      '/%2e%2e/package.json',
      '/a/%2E%2E/b',
      '/%2e%2e%2fpackage.json',
      '/a%5cb',
      '/a\\b',
      '/%E0%A4%A',
      '/a/%00',
      '/./x',
    ]) {
      expect(isSafePath(path), path).toBe(false)
    }
    for (const path of ['/', '/articles/safety', '/glossary/entries.json', '/og/articles/safety.png', '/a..b/c', '/search%20me']) {
      expect(isSafePath(path), path).toBe(true)
    }
  })

  let base = ''
  let server: http.Server
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'static-server-'))
    const root = join(dir, 'out')
    mkdirSync(join(root, 'articles'), { recursive: true })
    writeFileSync(join(dir, 'secret.txt'), 'outside the folder')
    writeFileSync(join(root, 'index.html'), '<h1>home</h1>')
    writeFileSync(join(root, 'articles', 'safety.html'), '<h1>safety</h1>')
    writeFileSync(join(root, '404.html'), '<h1>not found</h1>')
    // Each translated edition's own not-found page (out/<locale>/404.html).
    for (const locale of TRANSLATED_LOCALES) {
      mkdirSync(join(root, locale))
      writeFileSync(join(root, locale, '404.html'), `<h1>not found in ${locale}</h1>`)
    }
    writeFileSync(join(root, '_headers'), toHeadersFile({ 'X-Test': 'yes' }))
    server = createStaticServer({ root })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  const get = (path: string) =>
    new Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
      http
        .get(`${base}${path}`, { path } as http.RequestOptions, (res) => {
          let body = ''
          res.on('data', (c) => (body += c))
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }))
        })
        .on('error', reject)
    })

  it('serves clean URLs with the headers from _headers', async () => {
    const page = await get('/articles/safety')
    expect(page.status).toBe(200)
    expect(page.body).toBe('<h1>safety</h1>')
    expect(page.headers['x-test']).toBe('yes')
  })

  it('answers a real 404 with the 404 page, never a file outside the folder or the headers file', async () => {
    for (const path of ['/nope', '/../secret.txt', '/%2e%2e/secret.txt', '/%2e%2e%2fsecret.txt', '/_headers']) {
      const res = await get(path)
      expect(res.status, path).toBe(404)
      expect(res.body, path).toBe('<h1>not found</h1>')
      expect(res.headers['x-test'], path).toBe('yes')
    }
  })

  it.each(TRANSLATED_LOCALES)("answers a missing address in the %s edition with that edition's 404 page", async (locale) => {
    const home = localePath(locale, '/')
    for (const path of [`${home}/nope`, localePath(locale, '/articles/nope'), `${home}/%2e%2e/secret.txt`]) {
      const res = await get(path)
      expect(res.status, path).toBe(404)
      expect(res.body, path).toBe(`<h1>not found in ${locale}</h1>`)
    }
    // Only the edition's folder: an address that merely starts with its name is the site's.
    expect((await get(`${home}nope`)).body).toBe('<h1>not found</h1>')
  })
})
