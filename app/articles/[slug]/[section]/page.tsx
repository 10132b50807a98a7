import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PageFrame } from '@/components/layout/PageFrame'
import { MovedSection } from '@/components/sections/MovedSection'
import { SectionArticle } from '@/components/sections/SectionArticle'
import { sectionOgImage } from '@/lib/og'
import { getRetiredSections, getSection, getSections } from '@/lib/sections'
import { SITE_NAME } from '@/lib/site'

// One page per "##" section, and a small moved page at every retired id (content/section-ids.lock.json).
export const dynamicParams = false

export function generateStaticParams() {
  return [...getSections(), ...getRetiredSections()].map((s) => ({ slug: s.slug, section: s.id }))
}

type Props = { params: Promise<{ slug: string; section: string }> }

const retired = (slug: string, id: string) => getRetiredSections().find((r) => r.slug === slug && r.id === id)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, section: id } = await params
  const moved = retired(slug, id)
  if (moved) return { title: `Moved: ${moved.to.title}`, alternates: { canonical: moved.to.path }, robots: { index: false, follow: true } }
  const section = getSection(slug, id)
  if (!section) return {}
  const images = sectionOgImage(slug, id)
  const { title, description, path } = section
  return {
    title,
    description,
    alternates: { canonical: path },
    openGraph: { type: 'article', title, description, url: path, siteName: SITE_NAME, modifiedTime: section.article.lastReviewed, section: section.article.title, images },
    twitter: { card: 'summary_large_image', title, description, images },
  }
}

export default async function SectionPage({ params }: Props) {
  const { slug, section: id } = await params
  const moved = retired(slug, id)
  const section = getSection(slug, id)
  if (!moved && !section) notFound()
  return <PageFrame current={slug}>{moved ? <MovedSection retired={moved} /> : <SectionArticle section={section!} />}</PageFrame>
}
