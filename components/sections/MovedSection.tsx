import type { RetiredSection } from '@/lib/sections'

/**
 * The page at a retired section id. A static host cannot answer a redirect by itself, so the page
 * refreshes at once to the successor (a meta refresh works without JavaScript, and the CSP allows
 * it), names it with a canonical link, and links to it for anything that ignores the refresh.
 */
export function MovedSection({ retired }: { retired: RetiredSection }) {
  return (
    <>
      <meta httpEquiv="refresh" content={`0; url=${retired.target}`} />
      <h1 className="text-3xl font-bold text-ink">This section has moved</h1>
      <p className="mt-4 text-lg">
        It is now called <a href={retired.target}>{retired.to.title}</a>, in {retired.to.article.title}.
      </p>
    </>
  )
}
