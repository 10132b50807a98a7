// The search index the post-build step writes (lib/search/write-index.ts): one folder per
// language at the address its pages fetch, every file its meta.json names, of the version its
// pages ask for.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LOCALES, localePath, splitLocale } from '../../lib/i18n/locales'
import type { IndexMeta } from '../../lib/search/format'
import { OUT, PAGES } from './site'

describe('the search index', () => {
  it.each(LOCALES)('%s: every file meta.json names is there, and every page asks for this version', (locale) => {
    const dir = join(OUT, localePath(locale, '/search/index'))
    const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as IndexMeta
    const named = [
      'terms.json',
      ...meta.chunks.map((_, i) => `p-${i}.json`),
      ...meta.vs.map((k) => `v-${k}.json`),
      ...meta.ls.map((k) => `l-${k}.json`),
      ...Array.from({ length: meta.n }, (_, i) => `d-${i}.json`),
    ]
    expect(named.filter((f) => !existsSync(join(dir, f)))).toEqual([])
    const pages = PAGES.filter((p) => p.kind === 'page' && splitLocale(p.path).locale === locale)
    expect(pages.length).toBeGreaterThan(10)
    const versions = new Set(pages.flatMap((p) => [...p.html.matchAll(/data-index-version="([^"]*)"/g)].map((m) => m[1])))
    expect([...versions]).toEqual([meta.v])
  })
})
