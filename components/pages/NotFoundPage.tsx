import type { Metadata } from 'next'
import { Rich } from '@/components/i18n/Rich'
import { PageFrame } from '@/components/layout/PageFrame'
import { CrisisActions } from '@/components/mdx/CrisisActions'
import { getArticles } from '@/lib/content'
import { dictionary, localePath, type Locale } from '@/lib/i18n'

export function notFoundMetadata(locale: Locale): Metadata {
  return { title: dictionary(locale).notFound.title, robots: { index: false } }
}

/** What a not-found page says in one language: the way back (every article, the glossary, home) and crisis help. */
export function NotFoundContent({ locale, heading: Heading = 'h1' }: { locale: Locale; heading?: 'h1' | 'h2' }) {
  const s = dictionary(locale).notFound
  return (
    <>
      <Heading
        id={Heading === 'h2' ? `not-found-${locale}` : undefined}
        className={Heading === 'h1' ? 'text-3xl font-bold text-ink' : 'text-2xl font-bold text-ink'}
      >
        {s.heading}
      </Heading>
      <p className="mt-4 text-lg">{s.intro}</p>
      <ul className="mt-4 grid list-disc gap-1 ps-6">
        {getArticles(locale).map((a) => (
          <li key={a.slug}>
            <a href={localePath(locale, `/articles/${a.slug}`)}>{a.title}</a>
          </li>
        ))}
        <li>
          <a href={localePath(locale, '/glossary')}>{s.glossary}</a>
        </li>
        <li>
          <a href={localePath(locale, '/')}>{s.home}</a>
        </li>
      </ul>
      <p className="mt-6">
        <Rich text={s.crisis} locale={locale} />
      </p>
      <CrisisActions locale={locale} />
    </>
  )
}

/**
 * The not-found page of a translated edition (out/es/404.html): all in its language, header
 * included. The build moves it from /es/not-found-page into place; hosts that look for the
 * nearest 404.html (our server, the generated nginx and Caddy configs, Cloudflare Pages) serve it
 * for a missing /es/ address. Others serve the root 404.html, which speaks both languages.
 */
export function NotFoundPage({ locale }: { locale: Locale }) {
  return (
    <PageFrame locale={locale}>
      <NotFoundContent locale={locale} />
    </PageFrame>
  )
}
