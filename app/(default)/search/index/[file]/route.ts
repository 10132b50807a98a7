import { siteSearchFiles } from '@/lib/site-search-docs'
import { DEFAULT_LOCALE } from '@/lib/i18n'

// The English search index, split in small files fetched as a query needs them.
export const dynamic = 'force-static'
export const dynamicParams = false

export function generateStaticParams() {
  return [...siteSearchFiles(DEFAULT_LOCALE).keys()].map((file) => ({ file }))
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const text = siteSearchFiles(DEFAULT_LOCALE).get((await params).file)
  if (text === undefined) return new Response('Not found', { status: 404 })
  return new Response(text, { headers: { 'Content-Type': 'application/json; charset=utf-8' } })
}
