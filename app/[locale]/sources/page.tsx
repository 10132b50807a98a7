import { SourcesPage, sourcesMetadata } from '@/components/pages/SourcesPage'
import { translatedLocale, type LocaleParams } from '@/lib/i18n/routes'

export async function generateMetadata({ params }: { params: LocaleParams }) {
  return sourcesMetadata(await translatedLocale(params))
}

export default async function Page({ params }: { params: LocaleParams }) {
  return <SourcesPage locale={await translatedLocale(params)} />
}
