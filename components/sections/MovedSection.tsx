import type { RetiredSection } from '@/lib/sections/sections'
import { dictionary, type Locale } from '@/lib/i18n'

/**
 * The page at a retired section id. A static host cannot answer a redirect by itself, so the page
 * refreshes at once to the successor (a meta refresh works without JavaScript, and the CSP allows
 * it), names it with a canonical link, and links to it for anything that ignores the refresh.
 */
export function MovedSection({ locale, retired }: { locale: Locale; retired: RetiredSection }) {
  const s = dictionary(locale).section
  const moved = s.moved(retired.to.title, retired.to.article.title)
  return (
    <>
      <meta httpEquiv="refresh" content={`0; url=${retired.target}`} />
      <h1 className="text-3xl font-bold text-ink">{s.movedTitle}</h1>
      <p className="mt-4 text-lg">
        {moved.before}
        <a href={retired.target}>{moved.title}</a>
        {moved.after}
      </p>
    </>
  )
}
