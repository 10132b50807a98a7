import { HandoutBuilder } from '@/components/handout/HandoutBuilder'
import { PageFrame } from '@/components/layout/PageFrame'
import { pageMetadata } from '@/lib/metadata'
import { getRetiredSections, getSections } from '@/lib/sections'

export const metadata = pageMetadata({
  title: 'Make a handout',
  description: 'For clinicians: choose the sections a patient needs and print them, with sources, review dates and a QR code for each.',
  path: '/handout',
  card: 'handout',
})

export default function HandoutPage() {
  return (
    <PageFrame current="handout" wide>
      <HandoutBuilder sections={getSections()} retired={getRetiredSections()} />
    </PageFrame>
  )
}
