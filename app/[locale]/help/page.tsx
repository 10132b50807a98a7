import { HelpPage, helpMetadata } from '@/components/pages/HelpPage'
import { translatedLocale, type LocaleParams } from '@/lib/i18n/routes'

export async function generateMetadata({ params }: { params: LocaleParams }) {
  return helpMetadata(await translatedLocale(params))
}

export default async function Page({ params }: { params: LocaleParams }) {
  return <HelpPage locale={await translatedLocale(params)} />
}
