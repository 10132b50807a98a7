import { getArticles } from './content'
import { formatDate } from './site'

/** One link-preview image: where it is published and what it shows. */
export interface OgCard {
  /** Path segments under /og/, the last one ending in .png. */
  path: string[]
  title: string
  /** The line under the title, for example the review date. */
  footer: string
}

/** The public URL of a card, for metadata. */
export const ogUrl = (card: Pick<OgCard, 'path'>) => `/og/${card.path.join('/')}`

export const OG_SIZE = { width: 1200, height: 630 } as const

/** Every card the site publishes; each becomes a PNG file in the static export. */
export function ogCards(): OgCard[] {
  return getArticles().map((a) => ({
    path: ['articles', `${a.slug}.png`],
    title: a.title,
    footer: `Plain language, every claim cited · Reviewed ${formatDate(a.lastReviewed)}`,
  }))
}

export function articleOgImage(slug: string) {
  const card = ogCards().find((c) => c.path[0] === 'articles' && c.path[1] === `${slug}.png`)
  return card ? [{ url: ogUrl(card), ...OG_SIZE, alt: card.title }] : []
}
