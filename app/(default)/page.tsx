import { HomePage, homeMetadata } from '@/components/pages/HomePage'
import { DEFAULT_LOCALE } from '@/lib/i18n'

export const metadata = homeMetadata(DEFAULT_LOCALE)

export default function Page() {
  return <HomePage locale={DEFAULT_LOCALE} />
}
