import { getArticles } from './content'
import { dictionary, formatDate, LOCALES, type Locale } from './i18n'
import { getSections } from './sections'

/** One link-preview image: where it is published and what it shows. */
export interface OgCard {
  /** Path segments under /og/ (Spanish cards under /og/es/), the last one ending in .png. */
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
const PAGE_CARDS: Record<Locale, Record<string, { title: string; footer: string }>> = {
  en: {
    home: { title: 'Ketamine treatment, explained plainly', footer: 'Plain language, every claim cited, no ads or tracking' },
    glossary: { title: 'Glossary: medical words, explained plainly', footer: 'Plain-language definitions, each with its sources' },
    sources: { title: 'Every source we cite', footer: 'Drug labels, regulators, trials and reviews, with links' },
    about: { title: 'About this site and how we check it', footer: 'Editorial policy, review process and privacy' },
    search: { title: 'Search ketamine therapy information', footer: 'Articles, sections and glossary terms' },
    handout: { title: 'Make a handout from the sections you choose', footer: 'For clinicians: print the parts a patient needs' },
    help: { title: 'Get help now', footer: 'Call or text 988 in the US. In an emergency, call 911.' },
    updates: { title: 'What changed on this site', footer: 'Every correction and update, with links to the sections' },
  },
  es: {
    home: { title: 'El tratamiento con ketamina, explicado con claridad', footer: 'Lenguaje claro, cada dato con su fuente, sin anuncios ni rastreo' },
    glossary: { title: 'Glosario: palabras médicas explicadas con claridad', footer: 'Definiciones sencillas, cada una con sus fuentes' },
    sources: { title: 'Todas las fuentes que citamos', footer: 'Fichas técnicas, agencias, ensayos y revisiones, con enlaces' },
    about: { title: 'Sobre este sitio y cómo lo revisamos', footer: 'Cómo escribimos, cómo revisamos y su privacidad' },
    search: { title: 'Buscar información sobre la terapia con ketamina', footer: 'Artículos, secciones y palabras del glosario' },
    handout: { title: 'Prepare una hoja con las secciones que elija', footer: 'Para profesionales: imprima lo que necesita el paciente' },
    updates: { title: 'Qué cambió en este sitio', footer: 'Cada corrección y actualización, con enlaces a las secciones' },
    help: { title: 'Ayuda ahora', footer: 'En Estados Unidos, llame o envíe un texto al 988 (en español, oprima el 2). Emergencias: 911.' },
  },
}

const cards = new Map<Locale, OgCard[]>()
const prefix = (locale: Locale) => (locale === 'en' ? [] : [locale])

/** The cards of one language; each becomes a PNG file in the static export. */
export function ogCardsFor(locale: Locale): OgCard[] {
  let list = cards.get(locale)
  if (list) return list
  const s = dictionary(locale).og
  list = [
    ...getArticles(locale).map((a): OgCard => ({
      path: [...prefix(locale), 'articles', `${a.slug}.png`],
      kind: 'page',
      title: a.title,
      footer: s.footerArticle(formatDate(a.lastReviewed, locale)),
    })),
    ...getSections(locale).map((sec): OgCard => ({
      path: [...prefix(locale), 'articles', sec.slug, `${sec.id}.png`],
      kind: 'section',
      title: sec.title,
      eyebrow: sec.article.title,
      footer: s.footerSection(formatDate(sec.article.lastReviewed, locale)),
    })),
    ...Object.entries(PAGE_CARDS[locale]).map(([name, card]): OgCard => ({ path: [...prefix(locale), 'pages', `${name}.png`], kind: 'page', ...card })),
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
  const from = locale === 'es' ? 'de' : 'from'
  return card ? [{ url: ogUrl(card), ...OG_SIZE, alt: card.kind === 'section' ? `${card.title} (${from} ${card.eyebrow})` : card.title }] : []
}

export const articleOgImage = (slug: string, locale: Locale = 'en') => image(['articles', `${slug}.png`], locale)
export const sectionOgImage = (slug: string, id: string, locale: Locale = 'en') => image(['articles', slug, `${id}.png`], locale)
export const pageOgImage = (name: string, locale: Locale = 'en') => image(['pages', `${name}.png`], locale)
