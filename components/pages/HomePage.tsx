import { PageFrame } from '@/components/layout/PageFrame'
import { Rich } from '@/components/i18n/Rich'
import { getArticles } from '@/lib/content'
import { dictionary, localePath, type Locale } from '@/lib/i18n'
import { pageMetadata } from '@/lib/pages/metadata'

export const homeMetadata = (locale: Locale) => {
  const s = dictionary(locale).site
  return pageMetadata({ locale, title: s.name, absolute: true, description: s.description, path: '/', card: 'home' })
}

export function HomePage({ locale }: { locale: Locale }) {
  const s = dictionary(locale)
  const h = s.home
  const articles = getArticles(locale)
  return (
    <PageFrame locale={locale} path="/">
      <h1 className="text-3xl leading-tight font-bold text-ink sm:text-4xl">{h.heading}</h1>
      <p className="mt-4 text-lg">
        <Rich text={h.intro} vars={{ site: s.site.name }} locale={locale} />
      </p>
      <nav aria-labelledby="quick-answers" className="mt-6 rounded-xl border border-line bg-surface p-5">
        <h2 id="quick-answers" className="font-semibold text-ink">
          {h.quick}
        </h2>
        <ul className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-2">
          {h.quickLinks.map((l) => (
            <li key={l.href}>
              <a href={localePath(locale, l.href)}>{l.text}</a>
            </li>
          ))}
        </ul>
      </nav>
      <section aria-labelledby="what-this-is" className="mt-6 grid gap-4 sm:grid-cols-2">
        <div className="rounded-xl border border-line bg-surface p-5">
          <h2 id="what-this-is" className="font-semibold text-ink">
            {h.isTitle}
          </h2>
          <ul className="mt-2 list-disc grid gap-1 ps-5">
            {h.is.map((x) => (
              <li key={x}>{x}</li>
            ))}
          </ul>
        </div>
        <div className="rounded-xl border border-line bg-surface p-5">
          <h2 className="font-semibold text-ink">{h.isNotTitle}</h2>
          <ul className="mt-2 list-disc grid gap-1 ps-5">
            {h.isNot.map((x) => (
              <li key={x}>
                <Rich text={x} locale={locale} />
              </li>
            ))}
          </ul>
        </div>
      </section>
      <section aria-labelledby="articles" className="mt-10">
        <h2 id="articles" className="text-2xl font-bold text-ink">
          {h.order}
        </h2>
        <ol className="mt-4 grid gap-3">
          {articles.map((a) => (
            <li key={a.slug} className="rounded-xl border border-line bg-surface p-5">
              <p className="text-sm font-semibold text-muted">{s.article.homePosition(a.position)}</p>
              <h3 className="mt-0.5 text-lg font-semibold">
                <a href={localePath(locale, `/articles/${a.slug}`)}>{a.title}</a>
              </h3>
              <p className="mt-1">{a.description}</p>
            </li>
          ))}
        </ol>
      </section>
      <p className="mt-8">
        <Rich text={h.glossary} locale={locale} />
      </p>
    </PageFrame>
  )
}
