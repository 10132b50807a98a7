import { SectionPage, sectionMetadata, sectionParams } from '@/components/pages/SectionPage'

export const dynamicParams = false

export function generateStaticParams() {
  return sectionParams('en')
}

type Props = { params: Promise<{ slug: string; section: string }> }

export async function generateMetadata({ params }: Props) {
  const { slug, section } = await params
  return sectionMetadata('en', slug, section)
}

export default async function Page({ params }: Props) {
  const { slug, section } = await params
  return <SectionPage locale="en" slug={slug} id={section} />
}
