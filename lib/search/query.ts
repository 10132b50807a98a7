/**
 * Searches a language's static index (lib/search/format.ts) in the browser, and in Node for the
 * tests and the benchmark. Nothing here reads files or the network: the caller passes a `load`
 * function. `search` answers the site search (sections, openings and definitions, with
 * snippets); lib/search/terms.ts answers the glossary's (definitions only, every match, in tiers)
 * from the same `match`, in a chunk of its own that only the glossary page loads.
 */
import { createAnalyzer, findPhrases, MAX_QUERY_LENGTH, type Analyzer, type QueryWord } from './analyze'
import type { AnalyzerSpec } from './analyzers'
import { WEIGHT, expandWord } from './expand'
import { GROUP_PREFIX, shardKey, type DocKind, type DocFragment, type IndexMeta, type LabelShard, type PostingsChunk, type VocabShard } from './format'
import { scoreDocs } from './score'
import { makeSnippet, markWords, type Matched, type Part } from './snippet'

export { MAX_QUERY_LENGTH }
export type { Part }

export interface SearchResult {
  id: number
  kind: DocKind
  title: string
  article: string
  href: string
  score: number
  /** Title and snippet as plain/marked parts: data, never markup, so hostile input stays text. */
  titleParts: Part[]
  snippet: Part[]
}

export interface SearchResponse {
  query: string
  /** Number of documents that matched (results holds at most `limit`). */
  total: number
  results: SearchResult[]
}

/** One word of the query that is not a stop word, and the index terms that stand for it. */
export interface Concept {
  /** The folded word as typed, and its stem. */
  word: string
  stem: string
  /** Index term -> weight. */
  alts: Map<string, number>
}

/** A glossary name found among the query's words (as typed or as corrected): positions [start, end). */
export interface LabelMatch {
  start: number
  end: number
  key: string
  ids: string[]
}

/** Everything a query matched, before ranking: shared by `search` and the glossary's `searchTerms`. */
export interface Matching {
  query: string
  meta: IndexMeta
  analyzer: Analyzer
  parsed: QueryWord[]
  concepts: Concept[]
  /** Each word's stem as typed, or its correction when the index does not have it. */
  best: string[]
  labelMatches: LabelMatch[]
  /** Postings (document id -> value) of every alternative the index has. */
  lists: Map<string, Map<number, number>>
}

type Loader = (file: string) => Promise<unknown>

/** For an index without an analyzer (none is written without one): every word counts. */
const PLAIN: AnalyzerSpec = { stemmer: 'none', stopWords: [], questionWords: [], definitionQuestions: [] }
const EMPTY_VOCAB: VocabShard = { t: [], d: [] }

/** The vocabulary and label shards an index has, as sets (no request for a shard that does not exist). */
const shardSets = new WeakMap<IndexMeta, { vocab: Set<string>; labels: Set<string> }>()
function shardsOf(meta: IndexMeta) {
  let sets = shardSets.get(meta)
  if (!sets) shardSets.set(meta, (sets = { vocab: new Set(meta.vs), labels: new Set(meta.ls) }))
  return sets
}

/** A client of a language's index files on our own origin, fetched with the build's version so a page never mixes two builds. */
export function fetchClient(base: string, version: string): SearchClient {
  return new SearchClient(async (file) => {
    const response = await fetch(`${base}/${encodeURIComponent(file)}?v=${encodeURIComponent(version)}`)
    if (!response.ok) throw new Error(`HTTP ${response.status}`)
    return response.json()
  })
}

/**
 * Queries the static index. `load(file)` fetches one index file and returns its parsed JSON;
 * each file is fetched once and kept for the next query (and the next keystroke).
 */
export class SearchClient {
  private files = new Map<string, Promise<unknown>>()
  private decoded = new Map<string, Map<number, number>>()

  constructor(private readonly load: Loader) {}

  /** One index file, fetched once; a failed fetch is tried again next time. */
  file<T>(file: string): Promise<T> {
    let pending = this.files.get(file)
    if (!pending) {
      pending = this.load(file).catch((error: unknown) => {
        this.files.delete(file)
        throw error
      })
      this.files.set(file, pending)
    }
    return pending as Promise<T>
  }

  /** Loads the small meta file (call on first focus, so typing starts warm). */
  warm(): Promise<IndexMeta> {
    return this.file<IndexMeta>('meta.json')
  }

  /** The label shard that holds the phrases whose first word starts like `word`. */
  async labels(meta: IndexMeta, word: string): Promise<LabelShard> {
    const shard = shardKey(word, meta.lk)
    return shardsOf(meta).labels.has(shard) ? this.file<LabelShard>(`l-${shard}.json`) : {}
  }

  /**
   * Searches. `prefixLast`: the last word may be unfinished (search as you type).
   * Resolves to the best `limit` results with their snippets; never rejects for bad input.
   */
  async search(raw: string, { limit = 8, prefixLast = false }: { limit?: number; prefixLast?: boolean } = {}): Promise<SearchResponse> {
    const query = String(raw ?? '')
      .slice(0, MAX_QUERY_LENGTH)
      .trim()
    const matching = await this.match(query, { prefixLast, synonyms: true })
    if (!matching) return { query, total: 0, results: [] }
    const scored = scoreDocs(matching, { intent: matching.analyzer.intent(query) })
    const top = scored.slice(0, Math.max(0, limit))
    const allTerms = [...matching.lists.keys()]
    const results = await Promise.all(
      top.map(async ({ id, score }) => {
        const doc = await this.file<DocFragment>(`d-${id}.json`)
        const matched: Matched = { terms: new Set(), phrases: [] }
        for (const term of allTerms) {
          if (!matching.lists.get(term)!.has(id)) continue
          if (term.startsWith(GROUP_PREFIX)) {
            for (const key of doc.g?.[term.slice(1)] ?? []) matched.phrases.push(key.split(' '))
          } else matched.terms.add(term)
        }
        const kind: DocKind = doc.k === 's' ? 'section' : doc.k === 'i' ? 'intro' : 'term'
        return {
          id,
          kind,
          title: doc.t,
          article: doc.a,
          href: doc.h,
          score,
          titleParts: markWords(matching.analyzer, doc.t, matched),
          snippet: makeSnippet(matching.analyzer, doc.x, matched, kind === 'term' ? 40 : 28),
        } satisfies SearchResult
      }),
    )
    return { query, total: scored.length, results }
  }

  /**
   * What a query matches: each word's alternatives (exact, prefix, typo and, with `synonyms`, the
   * pages' own words for it), the glossary names among its words, and the postings of all of
   * them. Null when there is nothing to look for (`stopWordsOnly`: a query of stop words may
   * still be a glossary name).
   */
  async match(
    query: string,
    { prefixLast, synonyms, stopWordsOnly = false }: { prefixLast: boolean; synonyms: boolean; stopWordsOnly?: boolean },
  ): Promise<Matching | null> {
    if (!query) return null
    const meta = await this.warm()
    const analyzer = createAnalyzer(meta.a ?? PLAIN)
    const parsed = analyzer.parseQuery(query)
    // Only stop words: nothing to look for ("how much is it"), except, for the glossary, a name.
    if (!parsed.length || (!stopWordsOnly && !parsed.some((w) => !w.stop))) return null
    const vocabFor = async (term: string) => {
      const key = shardKey(term, meta.vk)
      return shardsOf(meta).vocab.has(key) ? this.file<VocabShard>(`v-${key}.json`) : EMPTY_VOCAB
    }

    // 1. Each word: exact, prefix and typo matches from its vocabulary shard.
    const vocabs = await Promise.all(parsed.map((w) => (w.stop ? Promise.resolve(EMPTY_VOCAB) : vocabFor(w.stem))))
    const concepts: Concept[] = []
    const conceptAt = new Map<number, Concept>()
    const best: string[] = []
    parsed.forEach((w, i) => {
      if (w.stop) {
        best.push(w.stem)
        return
      }
      const isLast = i === parsed.length - 1
      const { alts, corrected } = expandWord(w.stem, vocabs[i]!, {
        prefix: w.stem.length >= 3 || (prefixLast && isLast && w.stem.length >= 2),
        alsoWord: w.word,
      })
      // The pages' own words for what the reader typed (or what the typing was corrected to),
      // counted like that match, a little lower.
      if (synonyms) {
        for (const key of new Set([w.stem, corrected])) {
          const match = key === w.stem ? WEIGHT.exact : (alts.get(key) ?? 0)
          for (const other of Object.prototype.hasOwnProperty.call(meta.y ?? {}, key) ? meta.y[key]! : [])
            alts.set(other, Math.max(alts.get(other) ?? 0, match * WEIGHT.synonym))
        }
      }
      const concept = { word: w.word, stem: w.stem, alts }
      concepts.push(concept)
      conceptAt.set(i, concept)
      best.push(corrected)
    })

    // 2. Glossary names: a phrase of the query that is a term, alias or misspelling brings in
    //    every document about that term ("special k" -> ketamine, "benzos" -> benzodiazepine).
    const sequences = [parsed.map((w) => w.stem), best]
    const shards = new Map<string, LabelShard>()
    await Promise.all([...new Set(sequences.flat())].map(async (k) => shards.set(k, await this.labels(meta, k))))
    const lookup = (key: string): string[] | undefined => {
      const shard = shards.get(key.split(' ')[0]!)
      return shard && Object.prototype.hasOwnProperty.call(shard, key) ? shard[key] : undefined
    }
    const labelMatches: LabelMatch[] = []
    sequences.forEach((stems, s) => {
      for (const match of findPhrases(stems, (k) => lookup(k) !== undefined)) {
        const ids = lookup(match.key)!
        labelMatches.push({ ...match, ids })
        if (parsed.slice(match.start, match.end).every((w) => w.stop)) continue
        for (let i = match.start; i < match.end; i++) {
          const concept = conceptAt.get(i)
          if (!concept) continue
          // A match through corrected spelling counts like the correction did.
          const weight = s === 0 ? WEIGHT.exact : (concept.alts.get(best[i]!) ?? WEIGHT.typo2)
          for (const g of ids) {
            const term = GROUP_PREFIX + g
            concept.alts.set(term, Math.max(concept.alts.get(term) ?? 0, weight))
          }
        }
      }
    })

    // 3. Postings of every alternative, from the chunks that hold them.
    const lists = new Map<string, Map<number, number>>()
    await Promise.all(
      [...new Set(concepts.flatMap((k) => [...k.alts.keys()]))].map(async (term) => {
        const list = await this.postings(meta, term)
        if (list) lists.set(term, list)
      }),
    )
    return { query, meta, analyzer, parsed, concepts, best, labelMatches, lists }
  }

  private async postings(meta: IndexMeta, term: string): Promise<Map<number, number> | undefined> {
    const cached = this.decoded.get(term)
    if (cached) return cached
    // The last chunk whose first term is <= term.
    let lo = 0
    let hi = meta.chunks.length - 1
    let at = -1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if (meta.chunks[mid]! <= term) {
        at = mid
        lo = mid + 1
      } else hi = mid - 1
    }
    if (at < 0) return undefined
    // Every chunk in meta exists: a failure here is the network, and the caller should say so.
    const chunk = await this.file<PostingsChunk>(`p-${at}.json`)
    const flat = Object.prototype.hasOwnProperty.call(chunk, term) ? chunk[term] : undefined
    if (!Array.isArray(flat)) return undefined
    const map = new Map<number, number>()
    let doc = 0
    for (let i = 0; i + 1 < flat.length; i += 2) {
      doc += flat[i]!
      map.set(doc, flat[i + 1]!)
    }
    this.decoded.set(term, map)
    return map
  }
}
