/**
 * schema.org structured data, typed with schema-dts so that `tsc` checks every property against
 * the schema.org vocabulary.
 */
import type { DefinedTermSet, MedicalWebPage, Organization, Person, WithContext } from 'schema-dts'
import type { ArticleAnalysis, ArticleMeta } from '../content'
import { getReferences } from '../content'
import { formatReference } from '../citations/references'
import type { GlossaryEntry } from '../content/schemas/glossary'
import type { Reviewer } from '../content/schemas/article'
import { absoluteUrl } from './site'
import { DEFAULT_LOCALE, dictionary, LOCALE_INFO, localePath, type Locale } from '../i18n'

/** The reviewer: a Person (name, role, credentials) or the site's team as an Organization; never more than the frontmatter says. */
export function reviewerJsonLd(r: Reviewer, locale: Locale): Person | Organization {
  const site = dictionary(locale).site.name
  if (r.name) {
    return {
      '@type': 'Person',
      name: r.name,
      jobTitle: r.role,
      ...(r.credentials ? { hasCredential: { '@type': 'EducationalOccupationalCredential', name: r.credentials } } : {}),
    }
  }
  return { '@type': 'Organization', name: `${site}: ${r.team}`, description: r.role, parentOrganization: { '@type': 'Organization', name: site } }
}

export function articleJsonLd(article: ArticleMeta, analysis: ArticleAnalysis, locale: Locale = DEFAULT_LOCALE): WithContext<MedicalWebPage> {
  const refs = getReferences()
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    '@id': absoluteUrl(localePath(locale, `/articles/${article.slug}`)),
    url: absoluteUrl(localePath(locale, `/articles/${article.slug}`)),
    name: article.title,
    headline: article.title,
    description: article.description,
    inLanguage: LOCALE_INFO[locale].lang,
    lastReviewed: article.lastReviewed,
    dateModified: article.lastReviewed,
    reviewedBy: reviewerJsonLd(article.reviewedBy, locale),
    audience: { '@type': 'Patient' },
    medicalAudience: { '@type': 'Patient' },
    isPartOf: { '@type': 'WebSite', name: dictionary(locale).site.name, url: absoluteUrl(localePath(locale, '/')) },
    about: [
      { '@type': 'Drug', name: 'Ketamine' },
      { '@type': 'Drug', name: 'Esketamine', alternateName: 'Spravato' },
    ],
    citation: analysis.citations.map(({ id }) => {
      const ref = refs.get(id)!
      const f = formatReference(ref)
      return {
        '@type': 'CreativeWork' as const,
        name: ref.title,
        ...(ref.DOI ? { sameAs: `https://doi.org/${ref.DOI}` } : {}),
        ...(f.links[0] ? { url: f.links[0].href } : {}),
        datePublished: String(f.year),
      }
    }),
  }
}

export function glossaryJsonLd(entries: GlossaryEntry[], locale: Locale = DEFAULT_LOCALE): WithContext<DefinedTermSet> {
  const url = absoluteUrl(localePath(locale, '/glossary'))
  return {
    '@context': 'https://schema.org',
    '@type': 'DefinedTermSet',
    '@id': url,
    name: `${dictionary(locale).site.name}: ${dictionary(locale).glossary.title}`,
    inLanguage: LOCALE_INFO[locale].lang,
    url,
    hasDefinedTerm: entries.map((t) => ({
      '@type': 'DefinedTerm' as const,
      '@id': `${url}#${t.id}`,
      name: t.term,
      ...(t.aliases.length ? { alternateName: t.aliases } : {}),
      description: t.definition,
      url: `${url}#${t.id}`,
      inDefinedTermSet: url,
    })),
  }
}
