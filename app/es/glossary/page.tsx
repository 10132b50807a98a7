import { GlossaryPage, glossaryMetadata } from '@/components/pages/GlossaryPage'

export const metadata = glossaryMetadata('es')

export default function Page() {
  return <GlossaryPage locale="es" />
}
