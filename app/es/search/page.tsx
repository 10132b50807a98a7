import { SearchPage, searchMetadata } from '@/components/pages/SearchPage'

export const metadata = searchMetadata('es')

export default function Page() {
  return <SearchPage locale="es" />
}
