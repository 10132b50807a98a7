import { AboutPage, aboutMetadata } from '@/components/pages/AboutPage'
import { DEFAULT_LOCALE } from '@/lib/i18n'

export const metadata = aboutMetadata(DEFAULT_LOCALE)

export default function Page() {
  return <AboutPage locale={DEFAULT_LOCALE} />
}
