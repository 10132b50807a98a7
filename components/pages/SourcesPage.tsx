import { PageFrame } from '@/components/layout/PageFrame'
import { citationIndex } from '@/lib/citations/sources'
import { pageMetadata } from '@/lib/pages/metadata'
import { dictionary, localePath, type Locale } from '@/lib/i18n'

export const sourcesMetadata = (locale: Locale) => {
  const s = dictionary(locale).sources
  return pageMetadata({ locale, title: s.title, description: s.metaDescription, path: '/sources', card: 'sources' })
}

export function SourcesPage({ locale }: { locale: Locale }) {
  const t = dictionary(locale).sources
  const sources = citationIndex(locale)
  return (
    <PageFrame locale={locale} path="/sources">
      <h1 className="text-3xl font-bold text-ink">{t.title}</h1>
      <p className="mt-4">{t.intro(sources.length)}</p>
      <ul className="references mt-6 grid gap-4">
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
              {t.citedIn}{' '}
              {articles.map((a, i) => (
                <span key={a.slug}>
                  {i > 0 ? ', ' : ''}
                  <a href={localePath(locale, `/articles/${a.slug}#ref-${ref.id}`)}>{a.navTitle}</a>
                </span>
              ))}
            </p>
          </li>
        ))}
      </ul>
    </PageFrame>
  )
}
