import { UpdatesPage, updatesMetadata } from '@/components/pages/UpdatesPage'
import { DEFAULT_LOCALE } from '@/lib/i18n'

export const metadata = updatesMetadata(DEFAULT_LOCALE)

export default function Page() {
  return <UpdatesPage locale={DEFAULT_LOCALE} />
}
