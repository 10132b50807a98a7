import { HandoutPage, handoutMetadata } from '@/components/pages/HandoutPage'
import { DEFAULT_LOCALE } from '@/lib/i18n'

export const metadata = handoutMetadata(DEFAULT_LOCALE)

export default function Page() {
  return <HandoutPage locale={DEFAULT_LOCALE} />
}
