import { siteSearchFiles } from '@/lib/site-search-docs'

// Prerendered at build: the site search index as small static files (lib/site-search.ts explains
// the layout). The header island fetches only the files a query needs, from our own origin.
export const dynamic = 'force-static'
export const dynamicParams = false

export function generateStaticParams() {
  return [...siteSearchFiles().keys()].map((file) => ({ file }))
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const text = siteSearchFiles().get((await params).file)
  if (text === undefined) return new Response('Not found', { status: 404 })
  return new Response(text, { headers: { 'Content-Type': 'application/json; charset=utf-8' } })
}
