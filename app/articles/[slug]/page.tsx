import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ArticleShell } from '@/components/layout/ArticleShell'
import { PageFrame } from '@/components/layout/PageFrame'
import { articleJsonLd } from '@/lib/jsonld'
import { analyzeArticle, getArticle, getArticles } from '@/lib/content'
import { buildToc } from '@/lib/toc'
import { SITE_NAME } from '@/lib/site'
import { articleOgImage } from '@/lib/og'

export const dynamicParams = false

export function generateStaticParams() {
  return getArticles().map((a) => ({ slug: a.slug }))
}

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = getArticle((await params).slug)
  if (!article) return {}
  const path = `/articles/${article.slug}`
  return {
    title: article.title,
    description: article.description,
    alternates: { canonical: path },
    openGraph: { type: 'article', title: article.title, description: article.description, url: path, siteName: SITE_NAME, modifiedTime: article.lastReviewed, images: articleOgImage(article.slug) },
    twitter: { card: 'summary_large_image', title: article.title, description: article.description, images: articleOgImage(article.slug) },
  }
}

export default async function ArticlePage({ params }: Props) {
  const article = getArticle((await params).slug)
  if (!article) notFound()
  const { default: Content } = await import(`@/content/articles/${article.slug}.mdx`)
  const analysis = analyzeArticle(article)
  const toc = buildToc(analysis.headings, analysis.citations.length ? [{ id: 'references', text: 'References' }] : [])
  return (
    <PageFrame current={article.slug} wide>
      <ArticleShell article={article} toc={toc} jsonLd={articleJsonLd(article, analysis)}>
        <Content />
      </ArticleShell>
    </PageFrame>
  )
}
