// The files of the export: their layout, the sitemap, the RSC payloads that must be gone, and the
// _headers file. Replaces the file parts of static.spec.ts (the server behaviour stays with
// static.spec.ts and tests/hosts).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { securityHeaders, toHeadersFile } from '../../lib/build/security-headers.mjs'
import { FILES, localePath, LOCALES, OUT, PAGES, pageAt, SITEMAP, TRANSLATED_LOCALES } from './site'

describe('files', () => {
  // static.spec.ts 'every page is <path>/index.html: both address forms answer it without a
  // redirect, and links keep the no-slash form': the layout part (links: pages.test.ts).
  it("every page is <path>/index.html (or a 404 page: the root one, and each translated edition's)", () => {
    const notFound = ['/404.html', ...TRANSLATED_LOCALES.map((l) => localePath(l, '/404.html'))].map((p) => p.slice(1))
    expect(FILES.filter((f) => f.endsWith('.html') && !(f === 'index.html' || f.endsWith('/index.html') || notFound.includes(f)))).toEqual([])
    for (const file of notFound) expect(FILES).toContain(file)
  })

  it('the sitemap lists every page without a trailing slash, each one a page in out/', () => {
    expect(SITEMAP.length).toBeGreaterThan(100)
    expect(SITEMAP.filter((p) => p !== '/' && p.endsWith('/'))).toEqual([])
    expect(SITEMAP.filter((p, i) => SITEMAP.indexOf(p) !== i)).toEqual([])
    expect(SITEMAP.filter((p) => pageAt(p)?.kind !== 'page')).toEqual([])
    for (const locale of LOCALES) {
      for (const path of ['/', '/articles/safety', '/articles/safety/blood-pressure', '/glossary', '/search', '/handout'].map((p) => localePath(locale, p))) {
        expect(SITEMAP, path).toContain(path)
      }
    }
  })

  it('every page the sitemap leaves out (404, retired sections) asks search engines not to index it', () => {
    const unlisted = PAGES.filter((p) => !SITEMAP.includes(p.path))
    expect(unlisted.filter((p) => p.kind === 'page').map((p) => p.path)).toEqual([])
    expect(unlisted.filter((p) => !/<meta name="robots" content="[^"]*noindex/.test(p.html)).map((p) => p.path)).toEqual([])
  })

  // static.spec.ts 'the RSC payload files and the framework chunks are not published'.
  it('the RSC payload files and the framework chunks are not published', () => {
    expect(FILES.filter((f) => f.endsWith('.txt') && f !== 'robots.txt')).toEqual([])
    expect(FILES.filter((f) => /(^|\/)(_next\/|__next)/.test(f))).toEqual([])
  })

  // The post-build step writes _headers from lib/build/security-headers.mjs (static.spec.ts and the host
  // tests check that servers send it and never serve the file itself; pages.test.ts that no page
  // links to it).
  it('_headers holds the security headers of lib/build/security-headers.mjs', () => {
    expect(readFileSync(join(OUT, '_headers'), 'utf8')).toBe(toHeadersFile(securityHeaders()))
  })
})
