import { glossaryEntriesForSearch } from '@/lib/glossary'

// Prerendered at build: the data the glossary search island loads on first use, so the page's
// HTML does not carry every entry twice.
export const dynamic = 'force-static'

export function GET() {
  return Response.json(glossaryEntriesForSearch())
}
