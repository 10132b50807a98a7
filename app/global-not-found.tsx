import type { Metadata } from 'next'
import { Rich } from '@/components/i18n/Rich'
import { PageFrame } from '@/components/layout/PageFrame'
import { CrisisActions } from '@/components/mdx/CrisisActions'
import { RootLayout } from '@/components/layout/RootLayout'
import { getArticles } from '@/lib/content'
import { dictionary, localePath } from '@/lib/i18n'
import './globals.css'

export const metadata: Metadata = { title: 'Page not found · Página no encontrada', robots: { index: false } }

/**
 * The one 404 page of the static export (404.html): the site has two root layouts (English and
 * Spanish), so the unmatched-URL page is a whole document of its own. It speaks both languages:
 * a reader who followed a broken /es/ link finds the Spanish way back too.
 */
export default function GlobalNotFound() {
  const en = dictionary('en').notFound
  const es = dictionary('es').notFound
  return (
    <RootLayout locale="en">
      <PageFrame>
        <h1 className="text-3xl font-bold text-ink">{en.heading}</h1>
        <p className="mt-4 text-lg">{en.intro}</p>
        <ul className="mt-4 list-disc grid gap-1 pl-6">
          {getArticles('en').map((a) => (
            <li key={a.slug}>
              <a href={`/articles/${a.slug}`}>{a.title}</a>
            </li>
          ))}
          <li>
            <a href="/glossary">{en.glossary}</a>
          </li>
          <li>
            <a href="/">{en.home}</a>
          </li>
        </ul>
        <p className="mt-6">
          <Rich text={en.crisis} locale="en" />
        </p>
        <CrisisActions locale="en" />
        <section lang="es" aria-labelledby="no-encontrada" className="mt-10 rounded-xl border border-line bg-surface p-5">
          <h2 id="no-encontrada" className="text-2xl font-bold text-ink">
            {es.heading}
          </h2>
          <p className="mt-2">{es.intro}</p>
          <ul className="mt-2 list-disc grid gap-1 pl-6">
            <li>
              <a href={localePath('es', '/')}>{es.home}</a>
            </li>
            <li>
              <a href={localePath('es', '/glossary')}>{es.glossary}</a>
            </li>
          </ul>
          <p className="mt-4">
            <Rich text={es.crisis} locale="es" />
          </p>
          <CrisisActions locale="es" />
        </section>
      </PageFrame>
    </RootLayout>
  )
}
