import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ArticleShell } from '@/components/layout/ArticleShell'
import { PageFrame } from '@/components/layout/PageFrame'
import { StaleNotes } from '@/components/sections/StaleNotes'
import { mdxComponents } from '@/components/mdx'
import { articleModule, articlePage } from '@/components/mdx/article-module'
import { analyzeArticle, getArticle, getArticles } from '@/lib/content'
import { dictionary, LOCALE_INFO, localePath, type Locale } from '@/lib/i18n'
import { articleJsonLd } from '@/lib/pages/jsonld'
import { alternates } from '@/lib/pages/metadata'
import { feedAlternates } from '@/lib/changes/change-log'
import { articleOgImage } from '@/lib/pages/og'
import { buildToc } from '@/lib/sections/toc'

/** The page of one article, in any language (app/(default)/articles/[slug] and app/[locale]/articles/[slug]). */
export const articleParams = (locale: Locale) => getArticles(locale).map((a) => ({ slug: a.slug }))

export function articleMetadata(locale: Locale, slug: string): Metadata {
  const article = getArticle(slug, locale)
  if (!article) return {}
  const path = `/articles/${article.slug}`
  const images = articleOgImage(article.slug, locale)
  const siteName = dictionary(locale).site.name
  return {
    title: article.title,
    description: article.description,
    alternates: { ...alternates(locale, path), types: feedAlternates(locale, article.slug) },
    openGraph: {
      type: 'article',
      title: article.title,
      description: article.mainMessage,
      url: localePath(locale, path),
      siteName,
      locale: LOCALE_INFO[locale].og,
      modifiedTime: article.lastReviewed,
      images,
    },
    twitter: { card: 'summary_large_image', title: article.title, description: article.mainMessage, images },
  }
}

export async function ArticlePage({ locale, slug }: { locale: Locale; slug: string }) {
  const article = getArticle(slug, locale)
  if (!article) notFound()
  const { default: Content } = await articleModule(locale, article.slug)
  const analysis = analyzeArticle(article)
  const toc = buildToc(analysis.headings, analysis.citations.length ? [{ id: 'references', text: dictionary(locale).article.references }] : [])
  return (
    <PageFrame locale={locale} current={article.slug} path={`/articles/${article.slug}`} wide>
      <ArticleShell locale={locale} article={article} toc={toc} jsonLd={articleJsonLd(article, analysis, locale)}>
        <StaleNotes locale={locale} article={article} />
        <Content components={mdxComponents(articlePage(article, locale))} />
      </ArticleShell>
    </PageFrame>
  )
}
