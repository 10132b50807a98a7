import { SourcesPage, sourcesMetadata } from '@/components/pages/SourcesPage'
import { DEFAULT_LOCALE } from '@/lib/i18n'

export const metadata = sourcesMetadata(DEFAULT_LOCALE)

export default function Page() {
  return <SourcesPage locale={DEFAULT_LOCALE} />
}
