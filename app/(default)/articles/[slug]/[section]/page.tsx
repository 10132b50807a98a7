import { SectionPage, sectionMetadata, sectionParams } from '@/components/pages/SectionPage'
import { DEFAULT_LOCALE } from '@/lib/i18n'

export const dynamicParams = false

export function generateStaticParams() {
  return sectionParams(DEFAULT_LOCALE)
}

type Props = { params: Promise<{ slug: string; section: string }> }

export async function generateMetadata({ params }: Props) {
  const { slug, section } = await params
  return sectionMetadata(DEFAULT_LOCALE, slug, section)
}

export default async function Page({ params }: Props) {
  const { slug, section } = await params
  return <SectionPage locale={DEFAULT_LOCALE} slug={slug} id={section} />
}
