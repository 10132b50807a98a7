import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ArticleSections } from '@/components/layout/SideColumn'
import { PageFrame } from '@/components/layout/PageFrame'
import { MovedSection } from '@/components/sections/MovedSection'
import { SectionArticle } from '@/components/sections/SectionArticle'
import { dictionary, LOCALE_INFO, type Locale } from '@/lib/i18n'
import { alternates } from '@/lib/pages/metadata'
import { feedAlternates } from '@/lib/changes/change-log'
import { sectionOgImage } from '@/lib/pages/og'
import { getRetiredSections, getSection, getSections, sectionPath } from '@/lib/sections/sections'

// One page per "##" section, and a small moved page at every retired id (content/section-ids.lock.json).
export const sectionParams = (locale: Locale) => [...getSections(locale), ...getRetiredSections(locale)].map((s) => ({ slug: s.slug, section: s.id }))

const retired = (slug: string, id: string, locale: Locale) => getRetiredSections(locale).find((r) => r.slug === slug && r.id === id)

export function sectionMetadata(locale: Locale, slug: string, id: string): Metadata {
  const moved = retired(slug, id, locale)
  if (moved)
    return { title: dictionary(locale).section.movedMeta(moved.to.title), alternates: { canonical: moved.to.path }, robots: { index: false, follow: true } }
  const section = getSection(slug, id, locale)
  if (!section) return {}
  const images = sectionOgImage(slug, id, locale)
  // Search results get the message's first sentences; a link preview gets the whole main message.
  const { title, description, mainMessage, path } = section
  return {
    title,
    description,
    alternates: { ...alternates(locale, sectionPath(slug, id)), types: feedAlternates(locale, slug) },
    openGraph: {
      type: 'article',
      title,
      description: mainMessage,
      url: path,
      siteName: dictionary(locale).site.name,
      locale: LOCALE_INFO[locale].og,
      modifiedTime: section.article.lastReviewed,
      section: section.article.title,
      images,
    },
    twitter: { card: 'summary_large_image', title, description: mainMessage, images },
  }
}

export function SectionPage({ locale, slug, id }: { locale: Locale; slug: string; id: string }) {
  const moved = retired(slug, id, locale)
  const section = getSection(slug, id, locale)
  if (!moved && !section) notFound()
  return (
    <PageFrame locale={locale} current={slug} path={sectionPath(slug, id)} side={section ? <ArticleSections locale={locale} slug={slug} id={id} /> : undefined}>
      {moved ? <MovedSection locale={locale} retired={moved} /> : <SectionArticle locale={locale} section={section!} />}
    </PageFrame>
  )
}
