import { HelpPage, helpMetadata } from '@/components/pages/HelpPage'
import { DEFAULT_LOCALE } from '@/lib/i18n'

export const metadata = helpMetadata(DEFAULT_LOCALE)

export default function Page() {
  return <HelpPage locale={DEFAULT_LOCALE} />
}
