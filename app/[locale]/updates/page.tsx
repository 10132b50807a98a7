import { UpdatesPage, updatesMetadata } from '@/components/pages/UpdatesPage'
import { translatedLocale, type LocaleParams } from '@/lib/i18n/routes'

export async function generateMetadata({ params }: { params: LocaleParams }) {
  return updatesMetadata(await translatedLocale(params))
}

export default async function Page({ params }: { params: LocaleParams }) {
  return <UpdatesPage locale={await translatedLocale(params)} />
}
