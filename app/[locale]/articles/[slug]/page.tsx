import { ArticlePage, articleMetadata, articleParams } from '@/components/pages/ArticlePage'
import { translatedLocale } from '@/lib/i18n/routes'

export const dynamicParams = false

export async function generateStaticParams({ params }: { params: { locale: string } }) {
  return articleParams(await translatedLocale(Promise.resolve(params)))
}

type Props = { params: Promise<{ locale: string; slug: string }> }

export async function generateMetadata({ params }: Props) {
  return articleMetadata(await translatedLocale(params), (await params).slug)
}

export default async function Page({ params }: Props) {
  return <ArticlePage locale={await translatedLocale(params)} slug={(await params).slug} />
}
