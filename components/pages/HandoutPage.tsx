import { HandoutBuilder } from '@/components/handout/HandoutBuilder'
import { PageFrame } from '@/components/layout/PageFrame'
import { dictionary, type Locale } from '@/lib/i18n'
import { pageMetadata } from '@/lib/pages/metadata'
import { getRetiredSections, getSections } from '@/lib/sections/sections'
import '@/components/handout/handout.css'

export const handoutMetadata = (locale: Locale) => {
  const h = dictionary(locale).handout
  return pageMetadata({ locale, title: h.title, description: h.metaDescription, path: '/handout', card: 'handout' })
}

export function HandoutPage({ locale }: { locale: Locale }) {
  return (
    <PageFrame locale={locale} current="handout" path="/handout" wide>
      <HandoutBuilder locale={locale} sections={getSections(locale)} retired={getRetiredSections(locale)} />
    </PageFrame>
  )
}
