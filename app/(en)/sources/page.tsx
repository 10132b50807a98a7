import { SourcesPage, sourcesMetadata } from '@/components/pages/SourcesPage'

export const metadata = sourcesMetadata('en')

export default function Page() {
  return <SourcesPage locale="en" />
}
