import { glossarySearchData } from '@/lib/glossary'

// Prerendered at build: the data the glossary search island loads on first use, so the page's
// HTML does not carry every entry twice.
export const dynamic = 'force-static'

export function GET() {
  // Only what the index needs: results are shown by cloning the entries already on the page.
  // Misspellings are here (search finds "Spravado") but never on the page.
  return Response.json(glossarySearchData())
}
