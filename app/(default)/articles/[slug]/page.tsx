import { ArticlePage, articleMetadata, articleParams } from '@/components/pages/ArticlePage'
import { DEFAULT_LOCALE } from '@/lib/i18n'

export const dynamicParams = false

export function generateStaticParams() {
  return articleParams(DEFAULT_LOCALE)
}

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props) {
  return articleMetadata(DEFAULT_LOCALE, (await params).slug)
}

export default async function Page({ params }: Props) {
  return <ArticlePage locale={DEFAULT_LOCALE} slug={(await params).slug} />
}
