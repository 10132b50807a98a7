import { NotFoundPage, notFoundMetadata } from '@/components/pages/NotFoundPage'

// Moved to out/es/404.html by scripts/postbuild.mjs: the Spanish edition's not-found page.
export const metadata = notFoundMetadata('es')

export default function Page() {
  return <NotFoundPage locale="es" />
}
