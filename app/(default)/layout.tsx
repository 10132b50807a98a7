import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { RootLayout } from '@/components/layout/RootLayout'
import { siteMetadata, siteViewport } from '@/lib/pages/metadata'
import { siteUrl } from '@/lib/pages/site'
import '../globals.css'
import { DEFAULT_LOCALE } from '@/lib/i18n'

// The root layout of the English pages (each language is its own root, so <html lang> is right without JavaScript).
export const metadata: Metadata = siteMetadata(DEFAULT_LOCALE, siteUrl())

export const viewport: Viewport = siteViewport

export default function Layout({ children }: { children: ReactNode }) {
  return <RootLayout locale={DEFAULT_LOCALE}>{children}</RootLayout>
}
