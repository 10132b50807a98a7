import { SearchPage, searchMetadata } from '@/components/pages/SearchPage'
import { DEFAULT_LOCALE } from '@/lib/i18n'

export const metadata = searchMetadata(DEFAULT_LOCALE)

export default function Page() {
  return <SearchPage locale={DEFAULT_LOCALE} />
}
