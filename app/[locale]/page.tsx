import { HomePage, homeMetadata } from '@/components/pages/HomePage'
import { translatedLocale, type LocaleParams } from '@/lib/i18n/routes'

export async function generateMetadata({ params }: { params: LocaleParams }) {
  return homeMetadata(await translatedLocale(params))
}

export default async function Page({ params }: { params: LocaleParams }) {
  return <HomePage locale={await translatedLocale(params)} />
}
