import { siteSearchFiles } from '@/lib/site-search-docs'
import { TRANSLATED_LOCALES } from '@/lib/i18n'
import { translatedLocale } from '@/lib/i18n/routes'

// Each translated language's search index, split in small files fetched as a query needs them.
export const dynamic = 'force-static'
export const dynamicParams = false

export function generateStaticParams() {
  return TRANSLATED_LOCALES.flatMap((locale) => [...siteSearchFiles(locale).keys()].map((file) => ({ locale, file })))
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; file: string }> }) {
  const text = siteSearchFiles(await translatedLocale(params)).get((await params).file)
  if (text === undefined) return new Response('Not found', { status: 404 })
  return new Response(text, { headers: { 'Content-Type': 'application/json; charset=utf-8' } })
}
