import { HandoutBuilder } from '@/components/handout/HandoutBuilder'
import { PageFrame } from '@/components/layout/PageFrame'
import { dictionary, type Locale } from '@/lib/i18n'
import { setPageLocale } from '@/lib/i18n/page-locale'
import { pageMetadata } from '@/lib/metadata'
import { getRetiredSections, getSections } from '@/lib/sections'
import '@/components/handout/handout.css'

export const handoutMetadata = (locale: Locale) => {
  const h = dictionary(locale).handout
  return pageMetadata({ locale, title: h.title, description: h.metaDescription, path: '/handout', card: 'handout' })
}

export function HandoutPage({ locale }: { locale: Locale }) {
  setPageLocale(locale)
  return (
    <PageFrame current="handout" path="/handout" wide>
      <HandoutBuilder sections={getSections(locale)} retired={getRetiredSections(locale)} />
    </PageFrame>
  )
}
