import { getArticles } from '../content'
import { DEFAULT_LOCALE, dictionary, formatDate, LOCALE_INFO, LOCALES, type Locale } from '../i18n'
import { getSections } from '../sections/sections'

/** One link-preview image: where it is published and what it shows. */
export interface OgCard {
  /** Path segments under /og/ (a translation's cards under /og/<locale>/), the last one ending in .png. */
  path: string[]
  /** The card's language: its words, and the font it is drawn in. */
  locale: Locale
  /** `page`: the title large. `section`: the question large, with the article's name above it. */
  kind: 'page' | 'section'
  title: string
  /** For a section: the article it comes from. */
  eyebrow?: string
  /** The line under the title, for example the review date. */
  footer: string
}

/** The public URL of a card, for metadata. */
export const ogUrl = (card: Pick<OgCard, 'path'>) => `/og/${card.path.join('/')}`

export const OG_SIZE = { width: 1200, height: 630 } as const

const cards = new Map<Locale, OgCard[]>()
const prefix = (locale: Locale) => (locale === DEFAULT_LOCALE ? [] : [locale])

/** The cards of one language; each becomes a PNG file in the static export. */
export function ogCardsFor(locale: Locale): OgCard[] {
  let list = cards.get(locale)
  if (list) return list
  const s = dictionary(locale).og
  list = [
    ...getArticles(locale).map((a): OgCard => ({
      path: [...prefix(locale), 'articles', `${a.slug}.png`],
      locale,
      kind: 'page',
      title: a.title,
      footer: s.footerArticle(formatDate(a.lastReviewed, locale)),
    })),
    ...getSections(locale).map((sec): OgCard => ({
      path: [...prefix(locale), 'articles', sec.slug, `${sec.id}.png`],
      locale,
      kind: 'section',
      title: sec.title,
      eyebrow: sec.article.title,
      footer: s.footerSection(formatDate(sec.article.lastReviewed, locale)),
    })),
    ...Object.entries(s.cards).map(([name, card]): OgCard => ({ path: [...prefix(locale), 'pages', `${name}.png`], locale, kind: 'page', ...card })),
  ]
  cards.set(locale, list)
  return list
}

/** Every card the site publishes, in every language. */
export function ogCards(): OgCard[] {
  return LOCALES.flatMap((l) => ogCardsFor(l))
}

function image(path: string[], locale: Locale) {
  const wanted = [...prefix(locale), ...path].join('/')
  const card = ogCardsFor(locale).find((c) => c.path.join('/') === wanted)
  const from = dictionary(locale).og.from.toLocaleLowerCase(LOCALE_INFO[locale].lang)
  return card ? [{ url: ogUrl(card), ...OG_SIZE, alt: card.kind === 'section' ? `${card.title} (${from} ${card.eyebrow})` : card.title }] : []
}

export const articleOgImage = (slug: string, locale: Locale = DEFAULT_LOCALE) => image(['articles', `${slug}.png`], locale)
export const sectionOgImage = (slug: string, id: string, locale: Locale = DEFAULT_LOCALE) => image(['articles', slug, `${id}.png`], locale)
export const pageOgImage = (name: string, locale: Locale = DEFAULT_LOCALE) => image(['pages', `${name}.png`], locale)
