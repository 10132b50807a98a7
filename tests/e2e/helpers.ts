import { readFileSync, readdirSync } from 'node:fs'
import matter from 'gray-matter'

/** The articles, read from the content folder (the source of truth), in reading order. */
export const ARTICLE_META = readdirSync('content/en/articles')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const data = matter(readFileSync(`content/en/articles/${f}`, 'utf8')).data as { order: number; navTitle: string; title: string }
    return { slug: f.replace(/\.mdx$/, ''), order: data.order, navTitle: data.navTitle, title: data.title }
  })
  .sort((a, b) => a.order - b.order)

export const ARTICLES = ARTICLE_META.map((a) => a.slug)

export function lockedRedirects(): Record<string, Record<string, string>> {
  return JSON.parse(readFileSync('content/section-ids.lock.json', 'utf8')).redirects
}
