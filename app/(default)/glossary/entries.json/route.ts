import { glossarySearchData } from '@/lib/glossary'
import { DEFAULT_LOCALE } from '@/lib/i18n'

// What the glossary island searches (English), misspellings included.
export const dynamic = 'force-static'

export function GET() {
  return Response.json(glossarySearchData(DEFAULT_LOCALE))
}
