import { readFileSync } from 'node:fs'

/** The six article slugs, from the content folder (the source of truth). */
export const ARTICLES = ['history', 'how-it-works', 'how-it-is-given', 'conditions', 'safety', 'what-to-expect']

/** Every page path in the sitemap the server publishes. */
export async function sitemapPaths(request: { get: (url: string) => Promise<{ text: () => Promise<string> }> }): Promise<string[]> {
  const xml = await (await request.get('/sitemap.xml')).text()
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname)
}

export function lockedRedirects(): Record<string, Record<string, string>> {
  return JSON.parse(readFileSync('content/section-ids.lock.json', 'utf8')).redirects
}
