import { HandoutPage, handoutMetadata } from '@/components/pages/HandoutPage'

export const metadata = handoutMetadata('en')

export default function Page() {
  return <HandoutPage locale="en" />
}
