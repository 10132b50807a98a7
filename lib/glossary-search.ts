/**
 * Forgiving glossary search, shared by the /glossary island, the unit tests and the benchmark.
 *
 * MiniSearch (7 KB gzipped; see the benchmark for the comparison) finds candidates: term names,
 * aliases and misspellings (search-only, never shown) with prefix and typo-tolerant matching;
 * definitions with prefix matching only (typo matching on long definitions mostly adds noise). We then rank in tiers, as a reader expects:
 *   0 exact term, alias or misspelling  ·  1 prefix of one  ·  2 typo match  ·  3 definition only
 * Text is folded before indexing and searching: case, accents ("Åsberg"), hyphens and spaces
 * ("off label" = "off-label", "post traumatic" = "posttraumatic").
 */
import MiniSearch, { type SearchResult } from 'minisearch'
import { allowedEdits, compact, fold } from './text'

export interface SearchableTerm {
  id: string
  term: string
  aliases: string[]
  /** Misspellings that should find the term ("Spravado"); searched like aliases, never shown. */
  misspellings?: string[]
  definition: string
}

export interface GlossaryHit {
  id: string
  tier: 0 | 1 | 2 | 3
  score: number
  /** Folded words that matched, for highlighting. */
  words: string[]
}

export const MAX_QUERY_LENGTH = 100

interface IndexedTerm extends SearchableTerm {
  labels: string
  compact: string
}

export interface GlossaryIndex {
  mini: MiniSearch<IndexedTerm>
  byId: Map<string, SearchableTerm>
  labels: Map<string, { folded: string[]; compact: string[] }>
}

export function buildIndex(terms: SearchableTerm[]): GlossaryIndex {
  const mini = new MiniSearch<IndexedTerm>({
    fields: ['labels', 'compact', 'definition'],
    storeFields: [],
    tokenize: (text) => text.split(' '),
    processTerm: (term) => term || null,
    searchOptions: { combineWith: 'AND' },
  })
  const byId = new Map<string, SearchableTerm>()
  const labels = new Map<string, { folded: string[]; compact: string[] }>()
  mini.addAll(
    terms.map((t) => {
      const all = [t.term, ...t.aliases, ...(t.misspellings ?? [])]
      byId.set(t.id, t)
      labels.set(t.id, { folded: all.map(fold), compact: all.map(compact) })
      return { ...t, labels: all.map(fold).join(' '), compact: all.map(compact).join(' '), definition: fold(t.definition) }
    }),
  )
  return { mini, byId, labels }
}

function tierOf(index: GlossaryIndex, id: string, query: string, labelHit: SearchResult | undefined): 0 | 1 | 2 | 3 {
  const { folded, compact: compacted } = index.labels.get(id)!
  const q = fold(query)
  const qc = q.replace(/ /g, '')
  if (folded.includes(q) || compacted.includes(qc)) return 0
  const words = q.split(' ')
  const isPrefix =
    folded.some((l) => l.startsWith(q)) ||
    compacted.some((l) => l.startsWith(qc)) ||
    folded.some((l) => {
      const labelWords = l.split(' ')
      return words.every((w) => labelWords.some((lw) => lw.startsWith(w)))
    })
  if (isPrefix) return 1
  return labelHit ? 2 : 3
}

export function searchGlossary(index: GlossaryIndex, rawQuery: string): GlossaryHit[] {
  const query = fold(rawQuery.slice(0, MAX_QUERY_LENGTH))
  if (!query) return []
  const fuzzy = (term: string) => allowedEdits(term)
  const labelHits = index.mini.search(query, { fields: ['labels', 'compact'], prefix: (t) => t.length >= 2, fuzzy, boost: { labels: 2 } })
  const definitionHits = index.mini.search(query, { fields: ['definition'], prefix: (t) => t.length >= 3, fuzzy: false })
  const labelById = new Map(labelHits.map((h) => [String(h.id), h]))
  const hits = new Map<string, GlossaryHit>()
  for (const hit of [...labelHits, ...definitionHits]) {
    const id = String(hit.id)
    const existing = hits.get(id)
    if (existing) {
      existing.words = [...new Set([...existing.words, ...hit.terms])]
      continue
    }
    hits.set(id, { id, tier: tierOf(index, id, query, labelById.get(id)), score: hit.score, words: [...hit.terms] })
  }
  return [...hits.values()].sort((a, b) => a.tier - b.tier || b.score - a.score || index.byId.get(a.id)!.term.localeCompare(index.byId.get(b.id)!.term))
}

/**
 * Splits display text into plain and highlighted parts: a word is highlighted when its folded
 * form is one of the matched words. Returns data, never markup, so hostile input stays text.
 */
export function highlight(text: string, words: string[]): { text: string; mark: boolean }[] {
  if (words.length === 0) return [{ text, mark: false }]
  const wanted = new Set(words)
  const parts: { text: string; mark: boolean }[] = []
  for (const piece of text.split(/([\p{L}\p{N}]+)/u)) {
    if (!piece) continue
    const mark = /[\p{L}\p{N}]/u.test(piece) && wanted.has(fold(piece))
    const last = parts[parts.length - 1]
    if (last && last.mark === mark) last.text += piece
    else parts.push({ text: piece, mark })
  }
  return parts
}
