import { HandoutPage, handoutMetadata } from '@/components/pages/HandoutPage'

export const metadata = handoutMetadata('es')

export default function Page() {
  return <HandoutPage locale="es" />
}
