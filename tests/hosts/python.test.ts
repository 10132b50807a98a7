// out/ served by `python3 -m http.server` with no configuration: a host that knows nothing about the
// site. Every page answers 200 (the no-slash address after the server's own redirect to the folder),
// and a missing page 404.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { OUT, hasPython, missingBuild, startPython, type Server } from './servers'

const python = hasPython()
if (!python && process.env.CI) throw new Error('python3 is missing: .ci/run installs it')
const problem = missingBuild()
if (problem) throw new Error(problem)

describe.skipIf(!python)('python3 -m http.server, no configuration', () => {
  let server: Server
  beforeAll(async () => {
    server = await startPython()
  })
  afterAll(() => server?.stop())

  const get = (path: string, redirect: RequestRedirect = 'follow') => fetch(`${server.base}${path}`, { redirect, signal: AbortSignal.timeout(10_000) })

  it.each([
    ['/articles/safety', '/articles/safety'],
    ['/articles/safety/', '/articles/safety'],
    ['/articles/safety/blood-pressure', '/articles/safety/blood-pressure'],
    ['/es/articles/safety', '/es/articles/safety'],
    ['/es', '/es'],
    ['/glossary', '/glossary'],
    ['/search', '/search'],
    ['/help', '/help'],
    ['/handout', '/handout'],
    ['/', ''],
  ])('%s answers 200 with the page (after redirects)', async (path, canonicalPath) => {
    const res = await get(path)
    expect(res.status, path).toBe(200)
    expect(res.headers.get('content-type'), path).toMatch(/^text\/html/)
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(await res.text())?.[1]
    expect(canonical && new URL(canonical).pathname.replace(/^\/$/, ''), path).toBe(canonicalPath)
  })

  it('a page address without a slash is one redirect to its folder, which keeps the query', async () => {
    const res = await get('/glossary?q=ketamine', 'manual')
    expect(res.status).toBe(301)
    expect(res.headers.get('location')).toBe('/glossary/?q=ketamine')
  })

  it('the section data the handout fetches answers directly, with no redirect, as JSON', async () => {
    for (const path of ['/handout/sections/safety/blood-pressure.json', '/es/handout/sections/safety/blood-pressure.json']) {
      const res = await get(path, 'manual')
      expect(res.status, path).toBe(200)
      expect(res.headers.get('content-type'), path).toMatch(/^application\/json/)
      expect(((await res.json()) as { key: string }).key, path).toBe('safety/blood-pressure')
    }
  })

  it('an Open Graph image and a search index file answer 200', async () => {
    expect((await get('/og/articles/safety.png')).headers.get('content-type')).toBe('image/png')
    const index = await get('/search/index/p-0.json')
    expect(index.status).toBe(200)
    expect(await index.json()).toEqual(JSON.parse(readFileSync(join(OUT, 'search/index/p-0.json'), 'utf8')))
  })

  it('a missing page answers 404', async () => {
    for (const path of ['/no-such-page', '/articles/no-such-article']) expect((await get(path)).status, path).toBe(404)
  })
})
