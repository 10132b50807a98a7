import { ArticlePage, articleMetadata, articleParams } from '@/components/pages/ArticlePage'

export const dynamicParams = false

export function generateStaticParams() {
  return articleParams('es')
}

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props) {
  return articleMetadata('es', (await params).slug)
}

export default async function Page({ params }: Props) {
  return <ArticlePage locale="es" slug={(await params).slug} />
}
