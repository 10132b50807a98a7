import { PageFrame } from '@/components/layout/PageFrame'
import { citationIndex } from '@/lib/sources'
import { pageMetadata } from '@/lib/metadata'

export const metadata = pageMetadata({
  title: 'Every source we cite',
  description: 'The full bibliography of this site: every study, label and regulator page we cite, and the articles that cite it.',
  path: '/sources',
  card: 'sources',
})

export default function SourcesPage() {
  const sources = citationIndex()
  return (
    <PageFrame>
      <h1 className="text-3xl font-bold text-ink">Every source we cite</h1>
      <p className="mt-4">
        These are the {sources.length} sources the articles cite, in alphabetical order, each with the articles that cite it. Links go to the DOI, PubMed or the
        regulator&apos;s page so you can check them.
      </p>
      <ul className="references mt-6 space-y-4">
        {sources.map(({ ref, articles }) => (
          <li key={ref.id} id={`source-${ref.id}`} className="rounded-lg border border-line bg-surface p-4">
            <p>{ref.text}</p>
            <p className="mt-1 flex flex-wrap gap-x-3">
              {ref.links.map((l) => (
                <a key={l.href} href={l.href} className="[overflow-wrap:anywhere]">
                  {l.label}
                </a>
              ))}
            </p>
            <p className="mt-2 text-sm text-muted">
              Cited in:{' '}
              {articles.map((a, i) => (
                <span key={a.slug}>
                  {i > 0 ? ', ' : ''}
                  <a href={`/articles/${a.slug}#ref-${ref.id}`}>
                    {a.navTitle}
                  </a>
                </span>
              ))}
            </p>
          </li>
        ))}
      </ul>
    </PageFrame>
  )
}
