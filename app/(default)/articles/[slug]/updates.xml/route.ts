import { feedXml } from '@/lib/changes/change-log'
import { getArticles } from '@/lib/content'
import { DEFAULT_LOCALE } from '@/lib/i18n'

// One article's Atom feed of changes, written once at build time.
export const dynamic = 'force-static'
export const dynamicParams = false

export function generateStaticParams() {
  return getArticles(DEFAULT_LOCALE).map((a) => ({ slug: a.slug }))
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return new Response(feedXml(DEFAULT_LOCALE, (await params).slug), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } })
}
