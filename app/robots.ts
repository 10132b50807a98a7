import type { MetadataRoute } from 'next'
import { absoluteUrl } from '@/lib/pages/site'

// Written to a file at build time (static export).
export const dynamic = 'force-static'

export default function robots(): MetadataRoute.Robots {
  return { rules: [{ userAgent: '*', allow: '/' }], sitemap: absoluteUrl('/sitemap.xml') }
}
