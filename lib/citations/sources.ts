import { analyzeArticle, getArticles, getReferences, type ArticleMeta } from '../content'
import { formatReference, type FormattedReference } from './references'
import { DEFAULT_LOCALE, LOCALE_INFO, type Locale } from '../i18n/locales'

/** Every cited source with the articles that cite it, sorted by the formatted reference. */
export function citationIndex(locale: Locale = DEFAULT_LOCALE): { ref: FormattedReference; articles: ArticleMeta[] }[] {
  const refs = getReferences()
  const byId = new Map<string, ArticleMeta[]>()
  for (const article of getArticles(locale)) {
    for (const { id } of analyzeArticle(article).citations) byId.set(id, [...(byId.get(id) ?? []), article])
  }
  return [...byId.entries()]
    .map(([id, articles]) => ({ ref: formatReference(refs.get(id)!), articles }))
    .sort((a, b) => a.ref.text.localeCompare(b.ref.text, LOCALE_INFO[locale].intl))
}
