import { getArticles } from './content'
import { getSections } from './sections'
import { formatDate } from './site'

/** One link-preview image: where it is published and what it shows. */
export interface OgCard {
  /** Path segments under /og/, the last one ending in .png. */
  path: string[]
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

/** The site's own pages with a preview card of their own: `/og/pages/<name>.png`. */
const PAGE_CARDS: Record<string, { title: string; footer: string }> = {
  home: { title: 'Ketamine treatment, explained plainly', footer: 'Plain language, every claim cited, no ads or tracking' },
  glossary: { title: 'Glossary: medical words, explained plainly', footer: 'Plain-language definitions, each with its sources' },
  sources: { title: 'Every source we cite', footer: 'Drug labels, regulators, trials and reviews, with links' },
  about: { title: 'About this site and how we check it', footer: 'Editorial policy, review process and privacy' },
  search: { title: 'Search ketamine therapy information', footer: 'Articles, sections and glossary terms' },
  handout: { title: 'Make a handout from the sections you choose', footer: 'For clinicians: print the parts a patient needs' },
}

let cards: OgCard[] | undefined

/** Every card the site publishes; each becomes a PNG file in the static export. */
export function ogCards(): OgCard[] {
  return (cards ??= [
    ...getArticles().map((a): OgCard => ({
      path: ['articles', `${a.slug}.png`],
      kind: 'page',
      title: a.title,
      footer: `Plain language, every claim cited · Reviewed ${formatDate(a.lastReviewed)}`,
    })),
    ...getSections().map((s): OgCard => ({
      path: ['articles', s.slug, `${s.id}.png`],
      kind: 'section',
      title: s.title,
      eyebrow: s.article.title,
      footer: `Reviewed ${formatDate(s.article.lastReviewed)}`,
    })),
    ...Object.entries(PAGE_CARDS).map(([name, card]): OgCard => ({ path: ['pages', `${name}.png`], kind: 'page', ...card })),
  ])
}

function image(path: string[]) {
  const wanted = path.join('/')
  const card = ogCards().find((c) => c.path.join('/') === wanted)
  return card ? [{ url: ogUrl(card), ...OG_SIZE, alt: card.kind === 'section' ? `${card.title} (from ${card.eyebrow})` : card.title }] : []
}

export const articleOgImage = (slug: string) => image(['articles', `${slug}.png`])
export const sectionOgImage = (slug: string, id: string) => image(['articles', slug, `${id}.png`])
export const pageOgImage = (name: keyof typeof PAGE_CARDS | string) => image(['pages', `${name}.png`])
