import type { MedicalWebPage, WithContext } from 'schema-dts'
import { getReferences } from '../content'
import { reviewerJsonLd } from '../pages/jsonld'
import type { Section } from './sections'
import { absoluteUrl } from '../pages/site'
import { dictionary, LOCALE_INFO, localePath, splitLocale } from '../i18n'

/** schema.org data for a section page: a page of its own, part of its article. */
export function sectionJsonLd(section: Section, citations: { id: string }[]): WithContext<MedicalWebPage> {
  const refs = getReferences()
  const { article } = section
  const { locale } = splitLocale(section.path)
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    '@id': absoluteUrl(section.path),
    url: absoluteUrl(section.path),
    name: section.title,
    headline: section.title,
    description: section.description,
    inLanguage: LOCALE_INFO[locale].lang,
    lastReviewed: article.lastReviewed,
    dateModified: article.lastReviewed,
    reviewedBy: reviewerJsonLd(article.reviewedBy, locale),
    audience: { '@type': 'Patient' },
    isPartOf: {
      '@type': 'MedicalWebPage',
      '@id': absoluteUrl(localePath(locale, `/articles/${article.slug}`)),
      name: article.title,
      isPartOf: { '@type': 'WebSite', name: dictionary(locale).site.name, url: absoluteUrl(localePath(locale, '/')) },
    },
    citation: citations.flatMap(({ id }) => {
      const ref = refs.get(id)
      return ref ? [{ '@type': 'CreativeWork' as const, name: ref.title, ...(ref.DOI ? { sameAs: `https://doi.org/${ref.DOI}` } : {}) }] : []
    }),
  }
}
