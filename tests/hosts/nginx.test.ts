// out/ served by Debian's real nginx with the generated deploy/nginx.conf (a `server` block in a
// minimal nginx.conf): status, type and the security headers of each kind of file, a real 404,
// no host config served, and `npm run deploy:check` against it.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LOCALE_INFO, LOCALES, TRANSLATED_LOCALES, localePath } from '@/lib/i18n/locales'
import { parseHeadersFile } from '@/lib/build/security-headers.mjs'
import { DEPLOY, NGINX, OUT, deployCheck, missingBuild, startNginx, type Server } from './servers'

const hasNginx = existsSync(NGINX)
if (!hasNginx && process.env.CI) throw new Error(`${NGINX} is missing: .ci/run installs it (apt-get install -y nginx)`)
const problem = missingBuild()
if (problem) throw new Error(problem)

/** The first file under out/<dir> whose name ends with `ext`, as a URL path. */
function firstFile(dir: string, ext: string): string {
  const walk = (d: string): string[] =>
    readdirSync(join(OUT, d), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(`${d}/${e.name}`) : e.name.endsWith(ext) ? [`${d}/${e.name}`] : [],
    )
  const found = walk(dir).sort()[0]
  if (!found) throw new Error(`no ${ext} file under out/${dir}`)
  return `/${found}`
}

describe.skipIf(!hasNginx)(`nginx (${NGINX}) with deploy/nginx.conf`, () => {
  const headers = parseHeadersFile(readFileSync(join(OUT, '_headers'), 'utf8'))
  const notFoundPage = readFileSync(join(OUT, '404.html'), 'utf8')
  const ogImage = firstFile('og/articles', '.png')
  // Each language's search index (out/search/index/, out/<locale>/search/index/).
  const searchIndexes = LOCALES.map((l) => [l, firstFile(localePath(l, '/search/index').slice(1), '.json')] as const)
  // The origin the build wrote into canonical links (its SITE_URL, or the localhost default).
  const canonicalOrigin = new URL(canonicalOf(readFileSync(join(OUT, 'index.html'), 'utf8')) ?? 'about:blank').origin
  let nginx: Server
  beforeAll(async () => {
    nginx = await startNginx(readFileSync(join(DEPLOY, 'nginx.conf'), 'utf8'))
  })
  afterAll(() => nginx?.stop())

  const get = (path: string, init: RequestInit = {}) =>
    fetch(`${nginx.base}${path}`, { redirect: 'manual', signal: AbortSignal.timeout(10_000), headers: { 'accept-encoding': 'gzip' }, ...init })

  /** Every header of out/_headers, with the same value. */
  const expectSecurityHeaders = (res: Response, path: string) => {
    for (const [name, value] of Object.entries(headers)) expect(res.headers.get(name), `${path}: ${name}`).toBe(value)
  }

  it.each([
    ['/articles/safety', 'a page', '/articles/safety'],
    ['/articles/safety/', 'the same page with a trailing slash', '/articles/safety'],
    ['/articles/safety/blood-pressure', 'a section page', '/articles/safety/blood-pressure'],
    ...TRANSLATED_LOCALES.flatMap((l) => [
      [localePath(l, '/articles/safety'), `a page in ${l}`, localePath(l, '/articles/safety')],
      [localePath(l, '/'), `the home page in ${l}`, localePath(l, '/')],
    ]),
    ['/', 'the home page', ''],
  ])('%s (%s): 200, HTML, compressed, every security header, no redirect', async (path, _what, canonicalPath) => {
    const res = await get(path)
    expect(res.status, path).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(res.headers.get('content-encoding')).toBe('gzip')
    expect(res.headers.get('cache-control')).toBe('no-cache')
    expectSecurityHeaders(res, path)
    expect(canonicalOf(await res.text()), path).toBe(`${canonicalOrigin}${canonicalPath}`)
  })

  it('an Open Graph image: 200 image/png with the security headers', async () => {
    const res = await get(ogImage)
    expect(res.status, ogImage).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/png')
    expectSecurityHeaders(res, ogImage)
    expect(
      Buffer.from(await res.arrayBuffer())
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG')
  })

  it.each(searchIndexes)('a search index file (%s): 200 application/json, compressed, with the security headers', async (_locale, searchIndex) => {
    const res = await get(searchIndex)
    expect(res.status, searchIndex).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/json')
    expect(res.headers.get('content-encoding')).toBe('gzip')
    expectSecurityHeaders(res, searchIndex)
    expect(() => JSON.parse(readFileSync(join(OUT, searchIndex), 'utf8'))).not.toThrow()
  })

  it('a missing page and /_headers: 404 with the site 404 page and the security headers', async () => {
    for (const path of ['/articles/no-such-article', '/no-such-page', '/_headers', '/islands/chunks/no-such.js']) {
      const res = await get(path)
      expect(res.status, path).toBe(404)
      expect(res.headers.get('content-type'), path).toBe('text/html; charset=utf-8')
      expectSecurityHeaders(res, path)
      expect(await res.text(), path).toBe(notFoundPage)
    }
  })

  it.each(TRANSLATED_LOCALES)("a missing address in the %s edition: 404 with the edition's own not-found page", async (locale) => {
    const own = readFileSync(join(OUT, localePath(locale, '/404.html')), 'utf8')
    expect(own).toContain(`<html lang="${LOCALE_INFO[locale].lang}"`)
    for (const path of [localePath(locale, '/articles/no-such-article'), localePath(locale, '/no-such-page')]) {
      const res = await get(path)
      expect(res.status, path).toBe(404)
      expect(res.headers.get('content-type'), path).toBe('text/html; charset=utf-8')
      expectSecurityHeaders(res, path)
      expect(await res.text(), path).toBe(own)
    }
  })

  it('hashed island chunks are cached for a year; island entry modules are revalidated', async () => {
    const chunk = firstFile('islands/chunks', '.js')
    const hashed = await get(chunk)
    expect(hashed.status).toBe(200)
    expect(hashed.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expectSecurityHeaders(hashed, chunk)
    const entry = await get('/islands/article.js')
    expect(entry.status).toBe(200)
    expect(entry.headers.get('content-type')).toMatch(/^application\/javascript/)
    expect(entry.headers.get('cache-control')).toBe('no-cache')
  })

  it('npm run deploy:check passes against it and prints each address with its status and headers', () => {
    const { status, output } = deployCheck(nginx.base)
    expect(output).toMatch(/^200 {2}\/articles\/safety {2}text\/html/m)
    expect(output).toMatch(/^200 {2}\/articles\/safety\/blood-pressure {2}/m)
    // Each translated edition's home page (scripts/deploy-check.mjs's list).
    for (const locale of TRANSLATED_LOCALES) expect(output).toMatch(new RegExp(`^200 {2}${localePath(locale, '/')} {2}`, 'm'))
    expect(output).toMatch(/^200 {2}\/og\/articles\/safety\.png {2}image\/png/m)
    expect(output).toMatch(/^404 {2}\/no-such-page-deploy-check {2}/m)
    expect(output).toMatch(/^404 {2}\/_headers {2}/m)
    for (const name of Object.keys(headers)) expect(output).toContain(`${name}: `)
    expect(output).toContain('complete')
    expect(output, output).toContain('\nok: ')
    expect(status, output).toBe(0)
  })

  it('deploy:check names a header policy copied from an older build, if the header policy pins the stylesheet', async () => {
    const snippet = readFileSync(join(DEPLOY, 'nginx.conf'), 'utf8')
    const pinned = /'sha256-[A-Za-z0-9+/=]+'/.test(snippet)
    // An older build's stylesheet had another hash.
    const older = snippet.replace(/'sha256-[A-Za-z0-9+/=]+'/g, "'sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='")
    const old = await startNginx(older)
    try {
      const { status, output } = deployCheck(old.base)
      if (pinned) {
        expect(output).toMatch(/policy blocks 1 inline stylesheet/)
        expect(status, output).toBe(1)
      } else {
        // The page carries the policy that depends on it: a host config cannot break its styles.
        expect(status, output).toBe(0)
      }
    } finally {
      await old.stop()
    }
  })
})

/** The page's canonical address. */
function canonicalOf(html: string): string | undefined {
  return /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1]
}
