import { ImageResponse } from 'next/og'
import { getArticle, getArticles } from '@/lib/content'
import { SITE_NAME, formatDate } from '@/lib/site'

export const alt = 'Article title and review date'
export const size = { width: 1200, height: 630 }
export const contentType = 'image/png'
export const dynamicParams = false

export function generateStaticParams() {
  return getArticles().map((a) => ({ slug: a.slug }))
}

/** The link-preview card: title, site name and review date (built at build time). */
export default async function OpenGraphImage({ params }: { params: Promise<{ slug: string }> }) {
  const article = getArticle((await params).slug)!
  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', background: '#fbfaf7', padding: 72, borderTop: '24px solid #0a5a77' }}>
        <div style={{ display: 'flex', fontSize: 34, color: '#0a5a77', fontWeight: 700 }}>{SITE_NAME}</div>
        <div style={{ display: 'flex', fontSize: article.title.length > 50 ? 64 : 76, lineHeight: 1.12, color: '#1b2831', fontWeight: 700 }}>{article.title}</div>
        <div style={{ display: 'flex', fontSize: 30, color: '#4a5963' }}>
          Plain language, every claim cited · Reviewed {formatDate(article.lastReviewed)}
        </div>
      </div>
    ),
    size,
  )
}
