/**
 * Whole-site search: sections of every article and every glossary term, searched on the device.
 *
 * Pure and isomorphic: the build turns documents into static index files (buildSearchIndex), the
 * header island queries them in the browser (SearchClient), and the unit tests and the benchmark
 * run both in Node. Nothing here reads files or the network: the caller passes a `load` function.
 *
 * Why a small engine of our own (see scripts/bench-search.ts for the figures):
 * - MiniSearch (used by the glossary) must load its whole index before the first query; with the
 *   text needed for snippets that grows with the site and breaks the first-search budget at 10x.
 * - Pagefind splits its index the right way, but needs WebAssembly (our CSP `script-src 'self'`
 *   has no 'wasm-unsafe-eval') and has no typo tolerance (Pagefind issue 2).
 * So we borrow Pagefind's layout (small files fetched per query) and add the typo, synonym and
 * stemming layer ourselves:
 *   meta.json        version, document count, where each term's postings live
 *   v-<key>.json     vocabulary by first letter(s): terms and document counts, for typos and prefixes
 *   l-<key>.json     glossary labels (term, aliases, misspellings) as phrases -> term ids: synonyms
 *   p-<n>.json       postings chunks (sorted by term): document ids with a precomputed BM25 weight
 *   d-<id>.json      one document: title, article, link and plain text for the snippet
 * A query fetches only the files its words need, then the documents it shows.
 */

// ---------------------------------------------------------------------------------------------
// Text: folding, words, stop words, stemming
// ---------------------------------------------------------------------------------------------

import { allowedEdits, fold } from './text'

/** Longest query we read; the rest is ignored (a pasted essay must not cost anything). */
export const MAX_QUERY_LENGTH = 200
const MAX_QUERY_WORDS = 12
const MAX_WORD_LENGTH = 40

/** "shouldn't", "shouldnt" -> "should not": negations typed with or without the apostrophe. */
const CONTRACTIONS = /\b(should|could|would|must|do|does|did|is|are|was|were|have|has|had|ca|wo)n ?t\b/g

/** Folded words. */
export function words(text: string): string[] {
  const folded = fold(text).replace(CONTRACTIONS, (_, verb: string) => `${verb === 'ca' ? 'can' : verb === 'wo' ? 'will' : verb} not`)
  return folded ? folded.split(' ') : []
}

/**
 * Words that carry no topic: question words ("can I", "is it", "how much"), pronouns and glue.
 * They are not indexed and not searched for, but glossary phrases may contain them
 * ("who should not take", "into a vein"), so phrase matching still sees them.
 */
export const STOP_WORDS = new Set(
  (
    'a an the i im me my mine myself you your yours we our us he she him her his they them their it its ' +
    'is am are was were be been being do does did doing done can could will would shall should may might must ' +
    'have has had having how much many what whats which who whom whose when where why there here this that these those ' +
    'to of in on at by for from with about after before into onto over under than then so as if or and but not no nor ' +
    'any some all also just very really too still ever please tell know ok okay s t d ll re ve m up get gets got ' +
    // Spanish glue and question words (accents folded): "¿cuánto cuesta?", "¿es adictiva la ketamina?".
    'el la los las lo un una unos unas de del al y e o u que qué es son era fue ser estar esta este esto estos estas ' +
    'se me te le les nos mi mis su sus tu tus yo usted ustedes con sin por para en como cuando cuanto cuanta cuantos cuantas ' +
    'donde cual cuales quien quienes porque pero si ya muy mas hay puedo puede pueden debo debe tengo tiene hace'
  ).split(' '),
)

/**
 * A light English stemmer: plurals (the requirement), -ive, -ction, -ing, -ed and a final
 * -e, so "infusions" = "infusion", "driving" = "drive", "addictive" = "addiction" = "addicted",
 * "ketamine" = "ketamin" (a common misspelling).
 * Deliberately gentle: a wrong stem merges unrelated words, a missing one is caught by prefixes.
 */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word
  let s = word
  if (s.endsWith('ies') && s.length > 4) s = `${s.slice(0, -3)}y`
  else if (/(ss|sh|ch|x|z)es$/.test(s)) s = s.slice(0, -2)
  else if (s.endsWith('s') && !/(ss|us|is)$/.test(s)) s = s.slice(0, -1)
  if (s.length > 6 && s.endsWith('ive')) s = s.slice(0, -3)
  // Spanish: "adictiva"/"adictivo" = "adicción", as "addictive" = "addiction" above.
  else if (s.length > 6 && /iv[ao]$/.test(s)) s = s.slice(0, -3)
  else if (s.length > 6 && s.endsWith('ccion')) s = s.slice(0, -4)
  else if (s.length > 6 && s.endsWith('ction')) s = s.slice(0, -3)
  else if (s.length > 5 && s.endsWith('ing')) s = undouble(s.slice(0, -3))
  else if (s.length > 4 && s.endsWith('ed') && !s.endsWith('eed')) s = undouble(s.slice(0, -2))
  if (s.length >= 4 && s.endsWith('e')) s = s.slice(0, -1)
  return s
}

function undouble(s: string): string {
  return /([^aeiouls])\1$/.test(s) ? s.slice(0, -1) : s
}

/** Optimal string alignment distance (a swap of two letters is one edit), or max + 1 when beyond `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  let prevPrev: number[] = []
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prevPrev[j - 2]! + 1)
      row.push(v)
      if (v < best) best = v
    }
    if (best > max) return max + 1
    prevPrev = prev
    prev = row
  }
  return prev[b.length]!
}

/**
 * Distance from `a` to the closest start of `b` that is within one letter of a's length
 * ("adict" -> "addic|tion"): one table, read at three columns.
 */
export function prefixDistance(a: string, b: string): number {
  const m = a.length
  const cols = Math.min(b.length, m + 1)
  let prev = Array.from({ length: cols + 1 }, (_, j) => j)
  for (let i = 1; i <= m; i++) {
    const row = [i]
    for (let j = 1; j <= cols; j++) row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)))
    prev = row
  }
  return Math.min(...prev.slice(Math.max(0, m - 1), cols + 1))
}

/** Normalized form of a phrase: stemmed words joined by spaces (stop words kept). */
export function phraseKey(text: string): string {
  return words(text).map(stem).join(' ')
}

// ---------------------------------------------------------------------------------------------
// Documents and links
// ---------------------------------------------------------------------------------------------

export type DocKind = 'section' | 'intro' | 'term'

export interface SearchDoc {
  kind: DocKind
  /** The section's question, the article's title, or the glossary term. */
  title: string
  /** The article's short name; 'Glossary' for a term. */
  article: string
  href: string
  /** Plain text: the section's words, or the term's definition. */
  text: string
  /** Extra words weighted like the title: a term's aliases and misspellings, a section's id. */
  keywords?: string[]
  /** Glossary term ids the text links to (<Term id>): those terms' synonyms find it. */
  terms?: string[]
}

export interface GlossaryGroup {
  id: string
  /** The term, its aliases and its misspellings: every name search treats as the same thing. */
  labels: string[]
}

/**
 * The one place that decides where a section result points. Today the article's anchor; switch
 * here to `/articles/<slug>/<id>` when section pages exist.
 */
export function sectionHref(slug: string, sectionId: string | null): string {
  return sectionId ? `/articles/${slug}#${sectionId}` : `/articles/${slug}`
}

export function glossaryHref(termId: string): string {
  return `/glossary#${termId}`
}

// ---------------------------------------------------------------------------------------------
// The index files
// ---------------------------------------------------------------------------------------------

export interface IndexMeta {
  /** Version: a hash of every file, so a page never pairs with shards of another build. */
  v: string
  /** Number of documents. */
  n: number
  /** Key length of the vocabulary and label shards (1 or 2 letters). */
  vk: number
  lk: number
  /** First term of each postings chunk, in order. */
  chunks: string[]
  /** The vocabulary and label shards that exist (no request for a letter no word starts with). */
  vs: string[]
  ls: string[]
  /** A few sections to offer when nothing matches. */
  s: Suggestion[]
  /** Each document's kind, one letter per document id ('s' section, 'i' opening, 't' term). */
  k: string
  /** Words readers type -> the words the pages use (stems), from the language's term list. */
  y: Record<string, string[]>
}

export interface Suggestion {
  title: string
  article: string
  href: string
}

export interface VocabShard {
  /** Terms, sorted. */
  t: string[]
  /** Document count of each term. */
  d: number[]
}

/** Label phrase -> glossary term ids. */
export type LabelShard = Record<string, string[]>

/**
 * Term -> flat [doc id delta, value, doc id delta, value, ...]. value = weight (1..63, BM25) +
 * 64 x the number of words in the document's title when the term is in the title (0 otherwise):
 * a query that says what a title says ranks that section first.
 */
export type PostingsChunk = Record<string, number[]>

export interface DocFragment {
  k: 's' | 'i' | 't'
  t: string
  a: string
  h: string
  x: string
  /** Glossary phrases present in this document, by term id: to highlight synonyms. */
  g?: Record<string, string[]>
}

const GROUP_PREFIX = '~'
const TITLE_WEIGHT = 3
const KEYWORD_WEIGHT = 2
const TERM_LINK_WEIGHT = 1.5
const IMPACT_LEVELS = 63
const TITLE_UNIT = 64
const MAX_TITLE_WORDS = 15
/** How much a query that covers a result's whole title lifts it. */
const TITLE_BONUS = 2
const BM25_K1 = 1.2
const BM25_B = 0.75
const MAX_PHRASE_WORDS = 6

/** The shard a word's vocabulary or labels live in. */
export function shardKey(term: string, length: number): string {
  return [...term.slice(0, length)].map((c) => (/[a-z0-9]/.test(c) ? c : '_')).join('')
}

/** 32-bit FNV-1a, as hex: a version stamp, not security. */
function hash(text: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return (h >>> 0).toString(16).padStart(8, '0')
}

function phraseDictionary(groups: GlossaryGroup[]): Map<string, string[]> {
  const dict = new Map<string, string[]>()
  for (const group of groups) {
    for (const label of group.labels) {
      const key = phraseKey(label)
      if (!key) continue
      const ids = dict.get(key) ?? []
      if (!ids.includes(group.id)) ids.push(group.id)
      dict.set(key, ids)
    }
  }
  return dict
}

/** Finds glossary phrases in a word sequence: longest match first at each position. */
function findPhrases(stems: string[], has: (key: string) => boolean): { start: number; end: number; key: string }[] {
  const found: { start: number; end: number; key: string }[] = []
  for (let i = 0; i < stems.length; i++) {
    for (let n = Math.min(MAX_PHRASE_WORDS, stems.length - i); n >= 1; n--) {
      const key = stems.slice(i, i + n).join(' ')
      if (has(key)) {
        found.push({ start: i, end: i + n, key })
        break
      }
    }
  }
  return found
}

export interface BuildOptions {
  /** Words readers type -> the words the pages use (the term list's `search` entries). */
  synonyms?: { typed: string; means: string[] }[]
  /** Target raw size of a postings chunk, in bytes. */
  chunkBytes?: number
  /** Largest raw size of a vocabulary or label shard before keys grow to two letters. */
  shardBytes?: number
  /** Sections offered when nothing matches. */
  suggestions?: Suggestion[]
}

/**
 * Builds every index file from the documents and the glossary's names. Returns file name ->
 * JSON text. Deterministic: the same content gives the same files and version.
 */
export function buildSearchIndex(docs: SearchDoc[], groups: GlossaryGroup[], options: BuildOptions = {}): Map<string, string> {
  const chunkBytes = options.chunkBytes ?? 6000
  const shardBytes = options.shardBytes ?? 24000
  const dict = phraseDictionary(groups)
  const postings = new Map<string, { doc: number; tf: number; title: number }[]>()
  const lengths: number[] = []
  const fragments: DocFragment[] = []

  docs.forEach((doc, id) => {
    const tf = new Map<string, number>()
    const add = (term: string, weight: number) => tf.set(term, (tf.get(term) ?? 0) + weight)
    const groupsHere = new Map<string, Set<string>>()
    const inTitle = new Set<string>()
    const scan = (text: string, weight: number, title = false) => {
      const stems = words(text).slice(0, 20000).map(stem)
      for (const s of stems) {
        if (STOP_WORDS.has(s) || s.length > MAX_WORD_LENGTH) continue
        add(s, weight)
        if (title) inTitle.add(s)
      }
      for (const match of findPhrases(stems, (k) => dict.has(k))) {
        for (const g of dict.get(match.key)!) {
          add(GROUP_PREFIX + g, weight)
          if (title) inTitle.add(GROUP_PREFIX + g)
          const set = groupsHere.get(g) ?? new Set<string>()
          set.add(match.key)
          groupsHere.set(g, set)
        }
      }
      return stems.length
    }
    let length = scan(doc.title, TITLE_WEIGHT, true) * TITLE_WEIGHT
    const titleWords = Math.min(MAX_TITLE_WORDS, [...inTitle].filter((t) => !t.startsWith(GROUP_PREFIX)).length)
    for (const k of doc.keywords ?? []) length += scan(k, KEYWORD_WEIGHT) * KEYWORD_WEIGHT
    length += scan(doc.text, 1)
    for (const t of doc.terms ?? []) add(GROUP_PREFIX + t, TERM_LINK_WEIGHT)
    lengths.push(length)
    for (const [term, count] of tf) {
      const list = postings.get(term) ?? []
      list.push({ doc: id, tf: count, title: inTitle.has(term) ? Math.max(1, titleWords) : 0 })
      postings.set(term, list)
    }
    const g: Record<string, string[]> = {}
    for (const [group, keys] of groupsHere) g[group] = [...keys].sort()
    fragments.push({
      k: doc.kind === 'section' ? 's' : doc.kind === 'intro' ? 'i' : 't',
      t: doc.title,
      a: doc.article,
      h: doc.href,
      x: doc.text,
      ...(groupsHere.size ? { g } : {}),
    })
  })

  const average = lengths.reduce((a, b) => a + b, 0) / Math.max(1, lengths.length)
  const impact = (tf: number, length: number) => {
    const saturated = (tf * (BM25_K1 + 1)) / (tf + BM25_K1 * (1 - BM25_B + (BM25_B * length) / average))
    return Math.max(1, Math.min(IMPACT_LEVELS, Math.round((saturated / (BM25_K1 + 1)) * IMPACT_LEVELS)))
  }

  const files = new Map<string, string>()
  // Postings, cut into chunks of about chunkBytes in term order.
  const terms = [...postings.keys()].sort()
  const chunks: string[] = []
  let current: PostingsChunk = {}
  let size = 0
  const flush = () => {
    if (size === 0) return
    files.set(`p-${chunks.length - 1}.json`, JSON.stringify(current))
    current = {}
    size = 0
  }
  for (const term of terms) {
    const flat: number[] = []
    let last = 0
    for (const { doc, tf, title } of postings.get(term)!) {
      flat.push(doc - last, impact(tf, lengths[doc]!) + TITLE_UNIT * title)
      last = doc
    }
    const bytes = term.length + flat.join(',').length + 6
    if (size > 0 && size + bytes > chunkBytes) flush()
    if (size === 0) chunks.push(term)
    current[term] = flat
    size += bytes
  }
  flush()

  // Vocabulary (real words only, not the synonym tokens) and labels, by first letter(s).
  const vocab = terms.filter((t) => !t.startsWith(GROUP_PREFIX))
  const byKey = <T>(items: T[], keyOf: (item: T) => string, length: number) => {
    const shards = new Map<string, T[]>()
    for (const item of items) {
      const key = shardKey(keyOf(item), length)
      const list = shards.get(key)
      if (list) list.push(item)
      else shards.set(key, [item])
    }
    return shards
  }
  const pickLength = <T>(items: T[], keyOf: (item: T) => string, bytesOf: (items: T[]) => number) => {
    for (const length of [1, 2]) {
      const shards = byKey(items, keyOf, length)
      if (length === 2 || [...shards.values()].every((s) => bytesOf(s) <= shardBytes)) return { length, shards }
    }
    throw new Error('unreachable')
  }
  const vocabBytes = (list: string[]) => list.reduce((n, t) => n + t.length + 8, 0)
  const v = pickLength(vocab, (t) => t, vocabBytes)
  for (const [key, list] of v.shards) files.set(`v-${key}.json`, JSON.stringify({ t: list, d: list.map((t) => postings.get(t)!.length) } satisfies VocabShard))
  const labels = [...dict.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const l = pickLength(
    labels,
    ([k]) => k,
    (list) => list.reduce((n, [k, ids]) => n + k.length + ids.join('').length + 12, 0),
  )
  for (const [key, list] of l.shards) files.set(`l-${key}.json`, JSON.stringify(Object.fromEntries(list) satisfies LabelShard))

  fragments.forEach((f, id) => files.set(`d-${id}.json`, JSON.stringify(f)))
  const version = hash([...files.entries()].map(([k, text]) => `${k}\n${text}`).join('\n'))
  files.set(
    'meta.json',
    JSON.stringify({
      v: version,
      n: docs.length,
      vk: v.length,
      lk: l.length,
      chunks,
      vs: [...v.shards.keys()].sort(),
      ls: [...l.shards.keys()].sort(),
      s: options.suggestions ?? [],
      k: docs.map((d) => (d.kind === 'section' ? 's' : d.kind === 'intro' ? 'i' : 't')).join(''),
      y: synonymStems(options.synonyms ?? []),
    } satisfies IndexMeta),
  )
  return files
}

/** The term list's search words as stems: "addictive" -> ["hook", "misus"]. */
export function synonymStems(entries: { typed: string; means: string[] }[]): Record<string, string[]> {
  const map: Record<string, string[]> = {}
  for (const { typed, means } of entries) {
    const key = words(typed).map(stem).join(' ')
    const stems = means.flatMap((m) => words(m).map(stem)).filter((w) => !STOP_WORDS.has(w) && w !== key)
    if (key && stems.length) map[key] = [...new Set([...(map[key] ?? []), ...stems])]
  }
  return map
}

// ---------------------------------------------------------------------------------------------
// Querying
// ---------------------------------------------------------------------------------------------

export interface QueryWord {
  /** The folded word as typed. */
  word: string
  stem: string
  stop: boolean
}

/** Cuts, folds and splits a query; never throws, whatever the input. */
export function parseQuery(raw: string): QueryWord[] {
  const text = String(raw ?? '').slice(0, MAX_QUERY_LENGTH)
  return words(text)
    .slice(0, MAX_QUERY_WORDS)
    .map((w) => w.slice(0, MAX_WORD_LENGTH))
    .map((word) => ({ word, stem: stem(word), stop: STOP_WORDS.has(word) }))
}

export interface Part {
  text: string
  mark: boolean
}

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

/**
 * Words that open a question ("is it…", "can I…", "how much…", "¿puedo…", "¿cuánto…"), folded.
 * A question is answered by a section, not by the definition of one of its words.
 */
const QUESTION_OPENERS = new Set(
  (
    'is are am was were can could will would do does did should shall may might must how when why where which who whose what whats ' +
    'es son esta estan puedo puede pueden podria debo debe deberia como cuando cuanto cuanta cuantos cuantas donde cual cuales quien hay tengo necesito sirve funciona'
  ).split(' '),
)
/** Questions that ask what a word means ("what is a k-hole?", "¿qué es…?"): a definition answers them. */
const DEFINITION_QUESTION = /^(?:what (?:is|are|s)|whats|what does .* mean|define|definition|meaning|que (?:es|son|significa)|definicion|significado)\b/
/** How much a glossary definition counts against a question it does not define (see `search`). */
const DEFINITION_IN_QUESTION = 0.4
/** How much a definition counts when the query asks for more than its term ("nasal spray cost"). */
const DEFINITION_PART = 0.4

/** Is this query a question, and does it ask what a word means? */
export function queryIntent(raw: string): { question: boolean; definition: boolean } {
  const text = String(raw ?? '')
    .slice(0, MAX_QUERY_LENGTH)
    .trim()
  const folded = words(text).join(' ')
  const definition = DEFINITION_QUESTION.test(folded)
  const question = definition || /[?¿]/.test(text) || QUESTION_OPENERS.has(folded.split(' ')[0] ?? '')
  return { question, definition }
}

/** How much a way of matching a word counts. */
const WEIGHT = { exact: 1, synonym: 0.8, prefix: 0.7, typo1: 0.6, typo2: 0.4, typoPrefix: 0.35 }
const MAX_PREFIX_EXPANSIONS = 6
const MAX_TYPO_EXPANSIONS = 4

interface Concept {
  word: string
  /** Index term -> weight. */
  alts: Map<string, number>
}

type Loader = (file: string) => Promise<unknown>

/**
 * Queries the static index. `load(file)` fetches one index file and returns its parsed JSON;
 * each file is fetched once and kept for the next query (and the next keystroke).
 */
export class SearchClient {
  private files = new Map<string, Promise<unknown>>()
  private decoded = new Map<string, Map<number, number>>()

  constructor(private readonly load: Loader) {}

  private get<T>(file: string): Promise<T> {
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
    return this.get<IndexMeta>('meta.json')
  }

  /**
   * Searches. `prefixLast`: the last word may be unfinished (search as you type).
   * Resolves to the best `limit` results with their snippets; never rejects for bad input.
   */
  async search(raw: string, { limit = 8, prefixLast = false }: { limit?: number; prefixLast?: boolean } = {}): Promise<SearchResponse> {
    const query = String(raw ?? '')
      .slice(0, MAX_QUERY_LENGTH)
      .trim()
    const parsed = parseQuery(query)
    if (!parsed.some((w) => !w.stop)) return { query, total: 0, results: [] }
    const meta = await this.warm()
    const emptyVocab: VocabShard = { t: [], d: [] }
    const vocabShards = new Set(meta.vs)
    const labelShards = new Set(meta.ls)
    const vocabFor = async (term: string) => {
      const key = shardKey(term, meta.vk)
      return vocabShards.has(key) ? this.get<VocabShard>(`v-${key}.json`) : emptyVocab
    }
    const labelsFor = async (term: string) => {
      const key = shardKey(term, meta.lk)
      return labelShards.has(key) ? this.get<LabelShard>(`l-${key}.json`) : {}
    }

    // 1. Each word: exact, prefix and typo matches from its vocabulary shard.
    const vocabs = await Promise.all(parsed.map((w) => (w.stop ? Promise.resolve(emptyVocab) : vocabFor(w.stem))))
    const concepts: Concept[] = []
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
      for (const key of new Set([w.stem, corrected])) {
        const match = key === w.stem ? WEIGHT.exact : (alts.get(key) ?? 0)
        for (const other of Object.prototype.hasOwnProperty.call(meta.y ?? {}, key) ? meta.y[key]! : [])
          alts.set(other, Math.max(alts.get(other) ?? 0, match * WEIGHT.synonym))
      }
      concepts.push({ word: w.word, alts })
      best.push(corrected)
    })
    const conceptAt = new Map<number, Concept>()
    let c = 0
    parsed.forEach((w, i) => {
      if (!w.stop) conceptAt.set(i, concepts[c++]!)
    })

    // 2. Glossary names: a phrase of the query that is a term, alias or misspelling brings in
    //    every document about that term ("special k" -> ketamine, "benzos" -> benzodiazepine).
    const sequences = [parsed.map((w) => w.stem), best]
    const keys = new Set(sequences.flat())
    const labelsByWord = new Map<string, LabelShard>()
    await Promise.all([...keys].map(async (k) => labelsByWord.set(k, await labelsFor(k))))
    const lookup = (key: string): string[] | undefined => {
      const first = key.split(' ')[0]!
      const shard = labelsByWord.get(first)
      return shard && Object.prototype.hasOwnProperty.call(shard, key) ? shard[key] : undefined
    }
    sequences.forEach((stems, s) => {
      for (const match of findPhrases(stems, (k) => lookup(k) !== undefined)) {
        const words = parsed.slice(match.start, match.end)
        if (words.every((w) => w.stop)) continue
        for (let i = match.start; i < match.end; i++) {
          const concept = conceptAt.get(i)
          if (!concept) continue
          // A match through corrected spelling counts like the correction did.
          const weight = s === 0 ? WEIGHT.exact : (concept.alts.get(best[i]!) ?? WEIGHT.typo2)
          for (const g of lookup(match.key)!) {
            const term = GROUP_PREFIX + g
            concept.alts.set(term, Math.max(concept.alts.get(term) ?? 0, weight))
          }
        }
      }
    })

    // 3. Postings of every alternative, from the chunks that hold them.
    const allTerms = [...new Set(concepts.flatMap((k) => [...k.alts.keys()]))]
    const lists = new Map<string, Map<number, number>>()
    await Promise.all(
      allTerms.map(async (term) => {
        const list = await this.postings(meta, term)
        if (list) lists.set(term, list)
      }),
    )

    // 4. Score: per word, the best of its alternatives (BM25 weight x idf x match weight),
    //    times the share of the query's words the document has (documents that match every
    //    word rank above those that match some).
    //    A word counts by its rarity (idf), so missing a common word ("go", "use") costs little.
    //    A query that covers a result's title ("will it work for me" -> "Will it work for me?")
    //    lifts it.
    const n = meta.n
    const idfOf = (df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5))
    const totals = new Float64Array(n)
    const covered = new Float64Array(n)
    const titleHits = new Uint8Array(n)
    const titleWords = new Uint8Array(n)
    let allWeight = 0
    for (const concept of concepts) {
      const bestHere = new Float64Array(n)
      const titleHere = new Uint8Array(n)
      let conceptIdf = 0
      for (const [term, weight] of concept.alts) {
        const list = lists.get(term)
        if (!list) continue
        const idf = idfOf(list.size)
        conceptIdf = Math.max(conceptIdf, idf * weight)
        for (const [doc, value] of list) {
          const contribution = ((value % TITLE_UNIT) / IMPACT_LEVELS) * idf * weight
          if (contribution > bestHere[doc]!) bestHere[doc] = contribution
          if (value >= TITLE_UNIT) {
            titleHere[doc] = 1
            titleWords[doc] = Math.floor(value / TITLE_UNIT)
          }
        }
      }
      // A word nothing matches still counts, with the weight of the rarest possible word.
      if (conceptIdf === 0) conceptIdf = idfOf(1)
      allWeight += conceptIdf
      for (let d = 0; d < n; d++) {
        if (bestHere[d]! > 0) {
          totals[d]! += bestHere[d]!
          covered[d]! += conceptIdf
          titleHits[d]! += titleHere[d]!
        }
      }
    }
    // Intent: a question ("is it addictive?") is answered by a section, so a glossary definition
    // of one of its words ranks lower, unless the question asks what a word means ("what is a
    // k-hole?"). A definition that covers only part of the query ("nasal spray cost": the
    // definition of intranasal has no cost) ranks lower too.
    const intent = queryIntent(query)
    const scored: { id: number; score: number }[] = []
    for (let d = 0; d < n; d++) {
      if (totals[d] === 0) continue
      const coverage = covered[d]! / allWeight
      const title = titleWords[d] ? Math.min(1, titleHits[d]! / titleWords[d]!) : 0
      let score = totals[d]! * coverage * (1 + TITLE_BONUS * title)
      if (meta.k?.[d] === 't') {
        if (intent.question && !intent.definition) score *= DEFINITION_IN_QUESTION
        else if (coverage < 0.999) score *= DEFINITION_PART
      }
      scored.push({ id: d, score })
    }
    scored.sort((a, b) => b.score - a.score || a.id - b.id)

    // 5. The documents shown, with their snippets.
    const top = scored.slice(0, Math.max(0, limit))
    const results = await Promise.all(
      top.map(async ({ id, score }) => {
        const doc = await this.get<DocFragment>(`d-${id}.json`)
        const hitTerms = new Set<string>()
        const hitPhrases: string[][] = []
        for (const term of allTerms) {
          if (!lists.get(term)?.has(id)) continue
          if (term.startsWith(GROUP_PREFIX)) {
            for (const key of doc.g?.[term.slice(1)] ?? []) hitPhrases.push(key.split(' '))
          } else hitTerms.add(term)
        }
        const kind: DocKind = doc.k === 's' ? 'section' : doc.k === 'i' ? 'intro' : 'term'
        return {
          id,
          kind,
          title: doc.t,
          article: doc.a,
          href: doc.h,
          score,
          titleParts: markWords(doc.t, hitTerms, hitPhrases),
          snippet: makeSnippet(doc.x, hitTerms, hitPhrases, kind === 'term' ? 40 : 28),
        } satisfies SearchResult
      }),
    )
    return { query, total: scored.length, results }
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
    const chunk = await this.get<PostingsChunk>(`p-${at}.json`)
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

/** Exact, prefix and typo alternatives of one word from its vocabulary shard. */
export function expandWord(
  term: string,
  vocab: VocabShard,
  { prefix, alsoWord }: { prefix: boolean; alsoWord?: string },
): { alts: Map<string, number>; corrected: string } {
  const alts = new Map<string, number>()
  const at = lowerBound(vocab.t, term)
  const exact = vocab.t[at] === term
  if (exact) alts.set(term, WEIGHT.exact)
  // The unstemmed word too ("news" is not "new"): a free exact match if the index has it.
  if (alsoWord && alsoWord !== term && vocab.t[lowerBound(vocab.t, alsoWord)] === alsoWord) alts.set(alsoWord, WEIGHT.exact)
  if (prefix) {
    const found: { t: string; d: number }[] = []
    for (let i = exact ? at + 1 : at; i < vocab.t.length && vocab.t[i]!.startsWith(term); i++) found.push({ t: vocab.t[i]!, d: vocab.d[i]! })
    found.sort((a, b) => b.d - a.d || a.t.length - b.t.length)
    for (const f of found.slice(0, MAX_PREFIX_EXPANSIONS)) alts.set(f.t, WEIGHT.prefix * Math.max(0.6, term.length / f.t.length))
  }
  let corrected = term
  // Typos only for a word the site does not have: a real word is taken as meant.
  const max = allowedEdits(term)
  if (!exact && max > 0) {
    const typos: { t: string; dist: number; d: number }[] = []
    vocab.t.forEach((t, i) => {
      let dist = Math.abs(t.length - term.length) > max ? max + 1 : editDistance(term, t, max)
      // A mistyped start of a longer word ("adict" -> "addiction"): one edit, at a lower weight.
      if (dist > max && prefix && term.length >= 5 && t.length > term.length && t[1] === term[1] && prefixDistance(term, t) <= 1) dist = max + 0.5
      if (dist <= max + 0.5) typos.push({ t, dist, d: vocab.d[i]! })
    })
    typos.sort((a, b) => a.dist - b.dist || b.d - a.d)
    for (const t of typos.slice(0, MAX_TYPO_EXPANSIONS)) {
      if (!alts.has(t.t)) alts.set(t.t, t.dist === 1 ? WEIGHT.typo1 : t.dist === 2 ? WEIGHT.typo2 : WEIGHT.typoPrefix)
    }
    if (typos[0] && Number.isInteger(typos[0].dist)) corrected = typos[0].t
  }
  return { alts, corrected }
}

function lowerBound(list: string[], value: string): number {
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (list[mid]! < value) lo = mid + 1
    else hi = mid
  }
  return lo
}

// ---------------------------------------------------------------------------------------------
// Highlighting
// ---------------------------------------------------------------------------------------------

interface Piece {
  text: string
  /** Stem of the word, or null for the gaps between words. */
  stem: string | null
  mark: boolean
}

const piecesCache = new Map<string, Piece[]>()

/** The text cut into words and gaps, each word with its stem (kept for the next keystroke). */
function pieces(text: string): Piece[] {
  const cached = piecesCache.get(text)
  if (cached) return cached.map((p) => ({ ...p, mark: false }))
  const list = splitPieces(text)
  if (piecesCache.size > 200) piecesCache.clear()
  piecesCache.set(text, list)
  return list.map((p) => ({ ...p }))
}

function splitPieces(text: string): Piece[] {
  return text
    .split(/([\p{L}\p{M}\p{N}]+)/u)
    .filter(Boolean)
    .map((t) => {
      const folded = /[\p{L}\p{N}]/u.test(t) ? fold(t) : ''
      return { text: t, stem: folded && !folded.includes(' ') ? stem(folded) : folded ? stem(folded.split(' ')[0]!) : null, mark: false }
    })
}

function markPieces(list: Piece[], terms: Set<string>, phrases: string[][]) {
  const wordsOnly = list.filter((p) => p.stem !== null)
  for (const p of wordsOnly) if (terms.has(p.stem!) && !STOP_WORDS.has(p.stem!)) p.mark = true
  for (const phrase of phrases) {
    for (let i = 0; i + phrase.length <= wordsOnly.length; i++) {
      if (phrase.every((s, j) => wordsOnly[i + j]!.stem === s)) for (let j = 0; j < phrase.length; j++) wordsOnly[i + j]!.mark = true
    }
  }
}

function join(list: Piece[]): Part[] {
  const parts: Part[] = []
  list.forEach((p, i) => {
    // The gap between two marked words joins their mark ("blood pressure" is one <mark>).
    const mark = p.mark || (p.stem === null && !!list[i - 1]?.mark && !!list[i + 1]?.mark && /^[\s-]+$/.test(p.text))
    const last = parts[parts.length - 1]
    if (last && last.mark === mark) last.text += p.text
    else parts.push({ text: p.text, mark })
  })
  return parts
}

/** The whole text with matched words marked. */
export function markWords(text: string, terms: Set<string>, phrases: string[][] = []): Part[] {
  const list = pieces(text)
  markPieces(list, terms, phrases)
  return join(list)
}

/**
 * A window of about `size` words around the densest matches, with the matched words marked and
 * an ellipsis where text was cut.
 */
export function makeSnippet(text: string, terms: Set<string>, phrases: string[][] = [], size = 28): Part[] {
  const list = pieces(text.replace(/\s+/g, ' ').trim())
  markPieces(list, terms, phrases)
  const wordAt: number[] = []
  list.forEach((p, i) => p.stem !== null && wordAt.push(i))
  if (wordAt.length <= size) return join(list)
  let bestStart = 0
  let bestScore = -1
  for (let s = 0; s + size <= wordAt.length; s++) {
    const seen = new Set<string>()
    let count = 0
    for (let k = s; k < s + size; k++) {
      const p = list[wordAt[k]!]!
      if (p.mark) {
        count++
        seen.add(p.stem!)
      }
    }
    // Distinct words count most; a window that starts a sentence reads better.
    const startsSentence = s === 0 || /[.?!:]\s*$/.test(list[wordAt[s]! - 1]?.text ?? '')
    const score = seen.size * 10 + count + (startsSentence ? 0.5 : 0) - s * 1e-6
    if (score > bestScore) {
      bestScore = score
      bestStart = s
    }
  }
  // Start a little before the first match so it has context.
  const firstMark = wordAt.slice(bestStart, bestStart + size).findIndex((i) => list[i]!.mark)
  const start = Math.max(0, bestStart + Math.min(0, firstMark - 6))
  const end = Math.min(wordAt.length, start + size)
  const from = wordAt[start]!
  const to = end < wordAt.length ? wordAt[end - 1]! + 1 : list.length
  const window = list.slice(from, to)
  const out = join(window)
  if (from > 0) out.unshift({ text: '… ', mark: false })
  if (to < list.length) {
    const last = out[out.length - 1]!
    if (!last.mark) last.text = last.text.replace(/[\s,;:]+$/, '')
    out.push({ text: ' …', mark: false })
  }
  return out.filter((p) => p.text)
}
