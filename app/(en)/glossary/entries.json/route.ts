import { glossarySearchData } from '@/lib/glossary'

// What the glossary island searches (English), misspellings included.
export const dynamic = 'force-static'

export function GET() {
  return Response.json(glossarySearchData('en'))
}
