import { existsSync, readFileSync, readdirSync } from 'node:fs'
import matter from 'gray-matter'

/** The articles, read from the content folder (the source of truth), in reading order. */
export const ARTICLE_META = readdirSync('content/articles')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const data = matter(readFileSync(`content/articles/${f}`, 'utf8')).data as { order: number; navTitle: string; title: string }
    return { slug: f.replace(/\.mdx$/, ''), order: data.order, navTitle: data.navTitle, title: data.title }
  })
  .sort((a, b) => a.order - b.order)

export const ARTICLES = ARTICLE_META.map((a) => a.slug)

/** Every page path in the sitemap the server publishes. */
export async function sitemapPaths(request: { get: (url: string) => Promise<{ text: () => Promise<string> }> }): Promise<string[]> {
  const xml = await (await request.get('/sitemap.xml')).text()
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname)
}

/**
 * The same paths, read from the built sitemap when the tests are collected, so that each page can
 * get a test of its own (one bad page does not hide the rest). `npm test` builds before Playwright.
 */
export function builtSitemapPaths(): string[] {
  const file = 'out/sitemap.xml'
  if (!existsSync(file)) throw new Error('out/sitemap.xml is missing: run `npm run build` before the end-to-end tests.')
  return [...readFileSync(file, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname)
}

export function lockedRedirects(): Record<string, Record<string, string>> {
  return JSON.parse(readFileSync('content/section-ids.lock.json', 'utf8')).redirects
}
