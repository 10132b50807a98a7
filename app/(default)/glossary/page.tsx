import { GlossaryPage, glossaryMetadata } from '@/components/pages/GlossaryPage'
import { DEFAULT_LOCALE } from '@/lib/i18n'

export const metadata = glossaryMetadata(DEFAULT_LOCALE)

export default function Page() {
  return <GlossaryPage locale={DEFAULT_LOCALE} />
}
