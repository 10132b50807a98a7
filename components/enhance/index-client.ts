/**
 * A search client over this language's index files, fetched from our own origin as a query needs
 * them, with the build's version so a page never mixes two builds. Shared by the header search
 * (components/enhance/search-ui.ts) and the glossary's search (components/islands/glossary.ts),
 * so both load one copy of the engine (lib/search/query.ts).
 */
import { SearchClient } from '@/lib/search/query'
import { sitePath } from '@/lib/i18n/islands'

export function indexClient(version: string): SearchClient {
  const base = sitePath('/search/index')
  return new SearchClient(async (file) => {
    const response = await fetch(`${base}/${encodeURIComponent(file)}?v=${encodeURIComponent(version)}`)
    if (!response.ok) throw new Error(`HTTP ${response.status}`)
    return response.json()
  })
}
