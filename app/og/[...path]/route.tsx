import { ImageResponse } from 'next/og'
import { OG_SIZE, ogCards } from '@/lib/og'
import { SITE_NAME } from '@/lib/site'

// Link-preview cards, drawn at build time and exported as real .png files (a static host then
// sends them as image/png; the opengraph-image file convention exports them without an extension).
export const dynamic = 'force-static'
export const dynamicParams = false

export function generateStaticParams() {
  return ogCards().map((card) => ({ path: card.path }))
}

export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const wanted = (await params).path.join('/')
  const card = ogCards().find((c) => c.path.join('/') === wanted)
  if (!card) return new Response('Not found', { status: 404 })
  // Inline styles here are satori's drawing instructions, not page markup: they never reach HTML.
  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', background: '#fbfaf7', padding: 72, borderTop: '24px solid #0a5a77' }}>
        <div style={{ display: 'flex', fontSize: 34, color: '#0a5a77', fontWeight: 700 }}>{SITE_NAME}</div>
        <div style={{ display: 'flex', fontSize: card.title.length > 50 ? 64 : 76, lineHeight: 1.12, color: '#1b2831', fontWeight: 700 }}>{card.title}</div>
        <div style={{ display: 'flex', fontSize: 30, color: '#4a5963' }}>{card.footer}</div>
      </div>
    ),
    OG_SIZE,
  )
}
