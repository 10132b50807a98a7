import { AboutPage, aboutMetadata } from '@/components/pages/AboutPage'
import { translatedLocale, type LocaleParams } from '@/lib/i18n/routes'

export async function generateMetadata({ params }: { params: LocaleParams }) {
  return aboutMetadata(await translatedLocale(params))
}

export default async function Page({ params }: { params: LocaleParams }) {
  return <AboutPage locale={await translatedLocale(params)} />
}
