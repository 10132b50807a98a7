import { feedXml } from '@/lib/changes/change-log'
import { translatedLocale, translatedLocaleParams, type LocaleParams } from '@/lib/i18n/routes'

// The site-wide Atom feed of changes in each translated language, written once at build time.
export const dynamic = 'force-static'
export const dynamicParams = false
export const generateStaticParams = translatedLocaleParams

export async function GET(_request: Request, { params }: { params: LocaleParams }) {
  return new Response(feedXml(await translatedLocale(params)), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } })
}
