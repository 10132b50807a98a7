import { feedXml } from '@/lib/changes/change-log'
import { getArticles } from '@/lib/content'
import { translatedLocale } from '@/lib/i18n/routes'
import { TRANSLATED_LOCALES } from '@/lib/i18n'

// One article's Atom feed of changes, written once at build time, in each translated language.
export const dynamic = 'force-static'
export const dynamicParams = false

export function generateStaticParams() {
  return TRANSLATED_LOCALES.flatMap((locale) => getArticles(locale).map((a) => ({ locale, slug: a.slug })))
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const xml = feedXml(await translatedLocale(params), (await params).slug)
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } })
}
