import { NotFoundPage, notFoundMetadata } from '@/components/pages/NotFoundPage'
import { translatedLocale, type LocaleParams } from '@/lib/i18n/routes'

// Moved to out/<locale>/404.html by scripts/postbuild.mjs: the edition's own not-found page.
export async function generateMetadata({ params }: { params: LocaleParams }) {
  return notFoundMetadata(await translatedLocale(params))
}

export default async function Page({ params }: { params: LocaleParams }) {
  return <NotFoundPage locale={await translatedLocale(params)} />
}
