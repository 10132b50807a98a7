import { HelpPage, helpMetadata } from '@/components/pages/HelpPage'

export const metadata = helpMetadata('es')

export default function Page() {
  return <HelpPage locale="es" />
}
