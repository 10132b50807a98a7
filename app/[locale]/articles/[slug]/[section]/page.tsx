import { SectionPage, sectionMetadata, sectionParams } from '@/components/pages/SectionPage'
import { translatedLocale } from '@/lib/i18n/routes'

export const dynamicParams = false

// The language comes from the layout's params; the article and section are this page's own.
export async function generateStaticParams({ params }: { params: { locale: string } }) {
  return sectionParams(await translatedLocale(Promise.resolve(params)))
}

type Props = { params: Promise<{ locale: string; slug: string; section: string }> }

export async function generateMetadata({ params }: Props) {
  const { slug, section } = await params
  return sectionMetadata(await translatedLocale(params), slug, section)
}

export default async function Page({ params }: Props) {
  const { slug, section } = await params
  return <SectionPage locale={await translatedLocale(params)} slug={slug} id={section} />
}
