import { UpdatesPage, updatesMetadata } from '@/components/pages/UpdatesPage'

export const metadata = updatesMetadata('en')

export default function Page() {
  return <UpdatesPage locale="en" />
}
