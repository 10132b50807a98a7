import { glossarySearchData } from '@/lib/glossary'
import { translatedLocale, translatedLocaleParams, type LocaleParams } from '@/lib/i18n/routes'

// What the glossary island searches, in each translated language, misspellings included.
export const dynamic = 'force-static'
export const dynamicParams = false
export const generateStaticParams = translatedLocaleParams

export async function GET(_request: Request, { params }: { params: LocaleParams }) {
  return Response.json(glossarySearchData(await translatedLocale(params)))
}
