import { SearchPage, searchMetadata } from '@/components/pages/SearchPage'
import { translatedLocale, type LocaleParams } from '@/lib/i18n/routes'

export async function generateMetadata({ params }: { params: LocaleParams }) {
  return searchMetadata(await translatedLocale(params))
}

export default async function Page({ params }: { params: LocaleParams }) {
  return <SearchPage locale={await translatedLocale(params)} />
}
