/**
 * schema.org structured data, typed with schema-dts so that `tsc` checks every property against
 * the schema.org vocabulary.
 */
import type { DefinedTermSet, MedicalWebPage, WithContext } from 'schema-dts'
import type { ArticleAnalysis, ArticleMeta } from './content'
import { getReferences } from './content'
import { formatReference } from './references'
import type { GlossaryEntry } from './schemas'
import { SITE_NAME, absoluteUrl } from './site'

export function articleJsonLd(article: ArticleMeta, analysis: ArticleAnalysis): WithContext<MedicalWebPage> {
  const refs = getReferences()
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    '@id': absoluteUrl(`/articles/${article.slug}`),
    url: absoluteUrl(`/articles/${article.slug}`),
    name: article.title,
    headline: article.title,
    description: article.description,
    inLanguage: 'en',
    lastReviewed: article.lastReviewed,
    dateModified: article.lastReviewed,
    reviewedBy: { '@type': 'Organization', name: `${SITE_NAME} ${article.reviewedBy.toLowerCase() === 'editorial team' ? 'editorial team' : article.reviewedBy}` },
    audience: { '@type': 'Patient' },
    medicalAudience: { '@type': 'Patient' },
    isPartOf: { '@type': 'WebSite', name: SITE_NAME, url: absoluteUrl('/') },
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

export function glossaryJsonLd(entries: GlossaryEntry[]): WithContext<DefinedTermSet> {
  const url = absoluteUrl('/glossary')
  return {
    '@context': 'https://schema.org',
    '@type': 'DefinedTermSet',
    '@id': url,
    name: `${SITE_NAME} glossary`,
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
