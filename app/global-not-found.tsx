import type { Metadata } from 'next'
import { PageFrame } from '@/components/layout/PageFrame'
import { RootLayout } from '@/components/layout/RootLayout'
import { NotFoundContent } from '@/components/pages/NotFoundPage'
import './globals.css'

export const metadata: Metadata = { title: 'Page not found · Página no encontrada', robots: { index: false } }

/**
 * The one 404 page of the static export (404.html): the site has two root layouts (English and
 * Spanish), so the unmatched-URL page is a whole document of its own. It speaks both languages,
 * for hosts that serve only this page: a reader who followed a broken /es/ link finds the Spanish
 * way back too. Hosts that look for the nearest 404.html serve /es/404.html, all in Spanish.
 */
export default function GlobalNotFound() {
  return (
    <RootLayout locale="en">
      <PageFrame>
        <NotFoundContent locale="en" />
        <section lang="es" aria-labelledby="not-found-es" className="mt-10 rounded-xl border border-line bg-surface p-5">
          <NotFoundContent locale="es" heading="h2" />
        </section>
      </PageFrame>
    </RootLayout>
  )
}
