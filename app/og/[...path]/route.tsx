import { ImageResponse } from 'next/og'
import { OG_SIZE, ogCards, type OgCard } from '@/lib/pages/og'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { dictionary, LOCALE_INFO, type Locale } from '@/lib/i18n'

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
  const { locale } = card
  return new ImageResponse(card.kind === 'section' ? <SectionCard card={card} locale={locale} /> : <PageCard card={card} locale={locale} />, {
    ...OG_SIZE,
    fonts: await fonts(locale),
  })
}

/**
 * The language's own font (its entry's `ogFont`), for a script the renderer's built-in Latin font
 * cannot draw; read once per language. None: the built-in font.
 */
const fontCache = new Map<Locale, Promise<{ name: string; data: ArrayBuffer; weight: 400 | 700; style: 'normal' }[] | undefined>>()
function fonts(locale: Locale) {
  let found = fontCache.get(locale)
  if (!found) {
    const file = (LOCALE_INFO[locale] as { ogFont?: string }).ogFont
    found = file
      ? readFile(join(process.cwd(), file)).then((buffer) => {
          const data = buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer
          return [400, 700].map((weight) => ({ name: `og-${locale}`, data, weight: weight as 400 | 700, style: 'normal' as const }))
        })
      : Promise.resolve(undefined)
    fontCache.set(locale, found)
  }
  return found
}

// Inline styles here are satori's drawing instructions, not page markup: they never reach HTML.

function PageCard({ card, locale }: { card: OgCard; locale: Locale }) {
  const name = dictionary(locale).site.name
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        background: '#fbfaf7',
        padding: 72,
        borderTop: '24px solid #0a5a77',
      }}
    >
      <div style={{ display: 'flex', fontSize: 34, color: '#0a5a77', fontWeight: 700 }}>{name}</div>
      <div style={{ display: 'flex', fontSize: card.title.length > 50 ? 64 : 76, lineHeight: 1.12, color: '#1b2831', fontWeight: 700 }}>{card.title}</div>
      <div style={{ display: 'flex', fontSize: 30, color: '#4a5963' }}>{card.footer}</div>
    </div>
  )
}

/** A section: the question large (it is what the patient asked), the article's name above it. */
function SectionCard({ card, locale }: { card: OgCard; locale: Locale }) {
  const s = dictionary(locale)
  const name = s.site.name
  const size = card.title.length > 70 ? 60 : card.title.length > 45 ? 70 : 82
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        background: '#fbfaf7',
        padding: '64px 72px',
        borderLeft: '28px solid #0a5a77',
      }}
    >
      <div style={{ display: 'flex', flexDirection: 'column' }}>
        <div style={{ display: 'flex', fontSize: 28, color: '#0a5a77', fontWeight: 700, letterSpacing: 1 }}>{name.toUpperCase()}</div>
        <div style={{ display: 'flex', marginTop: 14, fontSize: 32, color: '#4a5963' }}>
          {s.og.from}: {card.eyebrow}
        </div>
      </div>
      <div style={{ display: 'flex', fontSize: size, lineHeight: 1.1, color: '#1b2831', fontWeight: 700 }}>{card.title}</div>
      <div style={{ display: 'flex', alignItems: 'center', fontSize: 30, color: '#1b2831' }}>
        <div style={{ display: 'flex', background: '#e5f0f4', color: '#0a5a77', fontWeight: 700, padding: '8px 20px', borderRadius: 999 }}>{card.footer}</div>
        <div style={{ display: 'flex', marginLeft: 24, color: '#4a5963' }}>{s.og.tagline}</div>
      </div>
    </div>
  )
}
