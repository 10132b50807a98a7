import { HelpPage, helpMetadata } from '@/components/pages/HelpPage'

export const metadata = helpMetadata('en')

export default function Page() {
  return <HelpPage locale="en" />
}
