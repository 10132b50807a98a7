import type { ReactNode } from 'react'
import { PrintStylesheet } from '@/components/islands/Island'
import { SiteFooter } from '@/components/layout/SiteFooter'
import { dictionary, LOCALE_INFO, textDirection, type Locale } from '@/lib/i18n'

/**
 * The document of every page in one language: <html lang>, skip link, footer and the polite
 * announcer the islands use. app/(default)/layout.tsx and app/[locale]/layout.tsx are the root layouts (the default language's, and every other's).
 */
export function RootLayout({ locale, children }: { locale: Locale; children: ReactNode }) {
  return (
    <html lang={LOCALE_INFO[locale].lang} dir={textDirection(LOCALE_INFO[locale].lang)}>
      <body className="min-h-screen">
        <a
          href="#main"
          className="skip-link sr-only rounded-md bg-accent px-4 py-2 font-semibold text-accent-ink focus:not-sr-only focus:absolute focus:top-2 focus:start-2 focus:z-50"
        >
          {dictionary(locale).chrome.skip}
        </a>
        {children}
        <SiteFooter locale={locale} />
        <div
          id="announcer"
          role="status"
          aria-live="polite"
          className="fixed bottom-4 left-1/2 z-50 [translate:-50%] rounded-lg bg-ink px-4 py-2 text-sm text-page [box-shadow:0_10px_15px_-3px_rgb(0_0_0/0.1),0_4px_6px_-4px_rgb(0_0_0/0.1)] empty:hidden"
        />
        <PrintStylesheet />
      </body>
    </html>
  )
}
