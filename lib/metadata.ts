/**
 * Link-preview metadata (title, description, canonical, Open Graph, Twitter) for a page, so every
 * page previews with its own words and card when a link is pasted into a message.
 */
import type { Metadata } from 'next'
import { pageOgImage } from './og'
import { SITE_NAME } from './site'

export function pageMetadata({ title, description, path, card, absolute = false }: { title: string; description: string; path: string; card: string; absolute?: boolean }): Metadata {
  const images = pageOgImage(card)
  return {
    // `absolute` skips the "| Ketamine Therapy Guide" suffix (the home page's title is the name).
    title: absolute ? { absolute: title } : title,
    description,
    alternates: { canonical: path },
    openGraph: { type: 'website', title, description, url: path, siteName: SITE_NAME, locale: 'en_US', images },
    twitter: { card: 'summary_large_image', title, description, images },
  }
}
