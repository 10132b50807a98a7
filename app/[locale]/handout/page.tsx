import { HandoutPage, handoutMetadata } from '@/components/pages/HandoutPage'
import { translatedLocale, type LocaleParams } from '@/lib/i18n/routes'

export async function generateMetadata({ params }: { params: LocaleParams }) {
  return handoutMetadata(await translatedLocale(params))
}

export default async function Page({ params }: { params: LocaleParams }) {
  return <HandoutPage locale={await translatedLocale(params)} />
}
