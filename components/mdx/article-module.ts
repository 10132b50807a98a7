import type { MDXContent } from 'mdx/types'
import { getGlossary, getReferences, type ArticleMeta } from '@/lib/content'
import type { Locale } from '@/lib/i18n'
import type { CitationInfo } from '@/lib/mdx/data'
import { staleSections } from '@/lib/content/freshness'
import type { MdxPage } from '.'

/**
 * An article's compiled MDX (@next/mdx, lib/mdx/pipeline.mjs): one module per file, holding the
 * article and every "##" section's own page (lib/mdx/section-pages.mjs), shared by the article
 * page and its section pages.
 */
export interface ArticleModule {
  default: MDXContent
  /** Each section page's own sources, numbered from 1 (for its JSON-LD). */
  sections?: Record<string, { citations: CitationInfo[] }>
}

export function articleModule(locale: Locale, slug: string): Promise<ArticleModule> {
  return import(`@/content/${locale}/articles/${slug}.mdx`)
}

/** What the article's components show on a page in `locale`: `section` for a section page (see MdxPage). */
export function articlePage(article: ArticleMeta, locale: Locale, section?: string): MdxPage {
  return { locale, references: getReferences(), glossary: getGlossary(locale), stale: staleSections(article, locale), section }
}
