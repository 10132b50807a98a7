import { feedXml } from '@/lib/change-log'

// The site-wide Atom feed of changes, written once at build time (dates are the content's).
export const dynamic = 'force-static'

export function GET() {
  return new Response(feedXml('en'), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } })
}
