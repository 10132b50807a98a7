import type { Viewport } from 'next'
import type { ReactNode } from 'react'
import { RootLayout } from '@/components/layout/RootLayout'
import { translatedLocale, translatedLocaleParams, type LocaleParams } from '@/lib/i18n/routes'
import { siteMetadata, siteViewport } from '@/lib/pages/metadata'
import { siteUrl } from '@/lib/pages/site'
import '../globals.css'

// The root layout of every translated edition (each language is its own root, so <html lang dir> is
// right without JavaScript). One tree for all of them: only the languages in lib/i18n/locales.ts.
export const dynamicParams = false

export const generateStaticParams = translatedLocaleParams

export async function generateMetadata({ params }: { params: LocaleParams }) {
  return siteMetadata(await translatedLocale(params), siteUrl())
}

export const viewport: Viewport = siteViewport

export default async function Layout({ children, params }: { children: ReactNode; params: LocaleParams }) {
  return <RootLayout locale={await translatedLocale(params)}>{children}</RootLayout>
}
