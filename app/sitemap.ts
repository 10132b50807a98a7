import type { MetadataRoute } from 'next'
import { getArticles } from '@/lib/content'
import { getSections } from '@/lib/sections'
import { absoluteUrl } from '@/lib/site'

// Written to a file at build time (static export).
export const dynamic = 'force-static'

/** Every page, with the last review date of its content. */
export default function sitemap(): MetadataRoute.Sitemap {
  const articles = getArticles()
  const latest = articles.map((a) => a.lastReviewed).sort().at(-1)
  return [
    { url: absoluteUrl('/'), lastModified: latest },
    ...articles.map((a) => ({ url: absoluteUrl(`/articles/${a.slug}`), lastModified: a.lastReviewed })),
    ...getSections().map((s) => ({ url: absoluteUrl(s.path), lastModified: s.article.lastReviewed })),
    { url: absoluteUrl('/glossary'), lastModified: latest },
    { url: absoluteUrl('/search'), lastModified: latest },
    { url: absoluteUrl('/sources'), lastModified: latest },
    { url: absoluteUrl('/about'), lastModified: latest },
    { url: absoluteUrl('/handout'), lastModified: latest },
  ]
}
