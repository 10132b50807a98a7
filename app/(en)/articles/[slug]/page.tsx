import { ArticlePage, articleMetadata, articleParams } from '@/components/pages/ArticlePage'

export const dynamicParams = false

export function generateStaticParams() {
  return articleParams('en')
}

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props) {
  return articleMetadata('en', (await params).slug)
}

export default async function Page({ params }: Props) {
  return <ArticlePage locale="en" slug={(await params).slug} />
}
