import { feedXml } from '@/lib/changes/change-log'
import { DEFAULT_LOCALE } from '@/lib/i18n'

// The site-wide Atom feed of changes, written once at build time (dates are the content's).
export const dynamic = 'force-static'

export function GET() {
  return new Response(feedXml(DEFAULT_LOCALE), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } })
}
