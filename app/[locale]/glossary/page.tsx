import { GlossaryPage, glossaryMetadata } from '@/components/pages/GlossaryPage'
import { translatedLocale, type LocaleParams } from '@/lib/i18n/routes'

export async function generateMetadata({ params }: { params: LocaleParams }) {
  return glossaryMetadata(await translatedLocale(params))
}

export default async function Page({ params }: { params: LocaleParams }) {
  return <GlossaryPage locale={await translatedLocale(params)} />
}
