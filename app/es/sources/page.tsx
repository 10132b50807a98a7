import { SourcesPage, sourcesMetadata } from '@/components/pages/SourcesPage'

export const metadata = sourcesMetadata('es')

export default function Page() {
  return <SourcesPage locale="es" />
}
