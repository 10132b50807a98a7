import type { Metadata } from 'next'
import { PageFrame } from '@/components/layout/PageFrame'
import { RootLayout } from '@/components/layout/RootLayout'
import { NotFoundContent } from '@/components/pages/NotFoundPage'
import { DEFAULT_LOCALE, dictionary, LOCALE_INFO, TRANSLATED_LOCALES } from '@/lib/i18n'
import './globals.css'

export const metadata: Metadata = {
  title: [DEFAULT_LOCALE, ...TRANSLATED_LOCALES].map((l) => dictionary(l).notFound.title).join(' · '),
  robots: { index: false },
}

/**
 * The one 404 page of the static export (404.html): each language is a root layout of its own, so
 * the unmatched-URL page is a whole document of its own. It speaks every language, for hosts that
 * serve only this page: a reader who followed a broken /es/ link finds the Spanish way back too.
 * Hosts that look for the nearest 404.html serve /<locale>/404.html, all in that language.
 */
export default function GlobalNotFound() {
  return (
    <RootLayout locale={DEFAULT_LOCALE}>
      <PageFrame>
        <NotFoundContent locale={DEFAULT_LOCALE} />
        {TRANSLATED_LOCALES.map((l) => (
          <section key={l} lang={LOCALE_INFO[l].lang} aria-labelledby={`not-found-${l}`} className="mt-10 rounded-xl border border-line bg-surface p-5">
            <NotFoundContent locale={l} heading="h2" />
          </section>
        ))}
      </PageFrame>
    </RootLayout>
  )
}
