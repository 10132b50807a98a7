import { UpdatesPage, updatesMetadata } from '@/components/pages/UpdatesPage'

export const metadata = updatesMetadata('es')

export default function Page() {
  return <UpdatesPage locale="es" />
}
