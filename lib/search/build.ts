/**
 * Builds a language's index files (lib/search/format.ts) from its documents, its glossary's names
 * and its analyzer. Pure: the caller (lib/search/write-index.ts) reads the content and writes
 * the files. Deterministic: the same content gives the same files and version.
 */
import { createAnalyzer, findPhrases, MAX_WORD_LENGTH, type Analyzer } from './analyze'
import type { AnalyzerSpec } from './analyzers'
import {
  GROUP_PREFIX,
  IMPACT_LEVELS,
  TITLE_UNIT,
  kindLetter,
  shardKey,
  type DocFragment,
  type GlossaryGroup,
  type IndexMeta,
  type LabelShard,
  type PostingsChunk,
  type SearchDoc,
  type Suggestion,
  type TermsFile,
  type VocabShard,
} from './format'

const TITLE_WEIGHT = 3
const KEYWORD_WEIGHT = 2
const TERM_LINK_WEIGHT = 1.5
const MAX_TITLE_WORDS = 15
const BM25_K1 = 1.2
const BM25_B = 0.75

export interface BuildOptions {
  /** How the language's text is read (lib/search/analyzers.ts); written into meta.json for the browser. */
  analyzer: AnalyzerSpec
  /** Words readers type -> the words the pages use (the term list's `search` entries). */
  synonyms?: { typed: string; means: string[] }[]
  /** Target raw size of a postings chunk, in bytes. */
  chunkBytes?: number
  /** Largest raw size of a vocabulary or label shard before keys grow to two letters. */
  shardBytes?: number
  /** Sections offered when nothing matches. */
  suggestions?: Suggestion[]
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

function phraseDictionary(groups: GlossaryGroup[], analyzer: Analyzer): Map<string, string[]> {
  const dict = new Map<string, string[]>()
  for (const group of groups) {
    for (const label of group.labels) {
      const key = analyzer.phraseKey(label)
      if (!key) continue
      const ids = dict.get(key) ?? []
      if (!ids.includes(group.id)) ids.push(group.id)
      dict.set(key, ids)
    }
  }
  return dict
}

interface Posting {
  doc: number
  tf: number
  title: number
}

/** Every document's terms: weighted counts, title words, glossary phrases found, and its fragment. */
function readDocuments(docs: SearchDoc[], dict: Map<string, string[]>, analyzer: Analyzer) {
  const postings = new Map<string, Posting[]>()
  const lengths: number[] = []
  const fragments: DocFragment[] = []
  docs.forEach((doc, id) => {
    const tf = new Map<string, number>()
    const add = (term: string, weight: number) => tf.set(term, (tf.get(term) ?? 0) + weight)
    const groupsHere = new Map<string, Set<string>>()
    const inTitle = new Set<string>()
    const scan = (text: string, weight: number, title = false) => {
      const stems = analyzer.words(text).slice(0, 20000).map(analyzer.stem)
      for (const s of stems) {
        if (analyzer.isStop(s) || s.length > MAX_WORD_LENGTH) continue
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
    fragments.push({ k: kindLetter(doc.kind), t: doc.title, a: doc.article, h: doc.href, x: doc.text, ...(groupsHere.size ? { g } : {}) })
  })
  return { postings, lengths, fragments }
}

/** Postings cut into chunks of about `chunkBytes` in term order; returns the first term of each. */
function writePostings(files: Map<string, string>, postings: Map<string, Posting[]>, lengths: number[], chunkBytes: number): string[] {
  const average = lengths.reduce((a, b) => a + b, 0) / Math.max(1, lengths.length)
  const impact = (tf: number, length: number) => {
    const saturated = (tf * (BM25_K1 + 1)) / (tf + BM25_K1 * (1 - BM25_B + (BM25_B * length) / average))
    return Math.max(1, Math.min(IMPACT_LEVELS, Math.round((saturated / (BM25_K1 + 1)) * IMPACT_LEVELS)))
  }
  const chunks: string[] = []
  let current: PostingsChunk = {}
  let size = 0
  const flush = () => {
    if (size === 0) return
    files.set(`p-${chunks.length - 1}.json`, JSON.stringify(current))
    current = {}
    size = 0
  }
  for (const term of [...postings.keys()].sort()) {
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
  return chunks
}

/** Items in shards by the first letter of their key, or the first two when a one-letter shard would pass `shardBytes`. */
function shard<T>(items: T[], keyOf: (item: T) => string, bytesOf: (items: T[]) => number, shardBytes: number) {
  const byKey = (length: number) => {
    const shards = new Map<string, T[]>()
    for (const item of items) {
      const key = shardKey(keyOf(item), length)
      const list = shards.get(key)
      if (list) list.push(item)
      else shards.set(key, [item])
    }
    return shards
  }
  const one = byKey(1)
  if ([...one.values()].every((s) => bytesOf(s) <= shardBytes)) return { length: 1, shards: one }
  return { length: 2, shards: byKey(2) }
}

/** Builds every index file. Returns file name -> JSON text. */
export function buildSearchIndex(docs: SearchDoc[], groups: GlossaryGroup[], options: BuildOptions): Map<string, string> {
  const analyzer = createAnalyzer(options.analyzer)
  const shardBytes = options.shardBytes ?? 24000
  const dict = phraseDictionary(groups, analyzer)
  const { postings, lengths, fragments } = readDocuments(docs, dict, analyzer)

  const files = new Map<string, string>()
  const chunks = writePostings(files, postings, lengths, options.chunkBytes ?? 6000)

  // Vocabulary (real words only, not the synonym tokens) and labels, by first letter(s).
  const vocab = [...postings.keys()].filter((t) => !t.startsWith(GROUP_PREFIX)).sort()
  const v = shard(
    vocab,
    (t) => t,
    (list) => list.reduce((n, t) => n + t.length + 8, 0),
    shardBytes,
  )
  for (const [key, list] of v.shards) files.set(`v-${key}.json`, JSON.stringify({ t: list, d: list.map((t) => postings.get(t)!.length) } satisfies VocabShard))
  const labels = [...dict.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  // A phrase lives in the shard of its first word, where a query's word looks for it.
  const l = shard(
    labels,
    ([k]) => k.split(' ')[0]!,
    (list) => list.reduce((n, [k, ids]) => n + k.length + ids.join('').length + 12, 0),
    shardBytes,
  )
  for (const [key, list] of l.shards) files.set(`l-${key}.json`, JSON.stringify(Object.fromEntries(list) satisfies LabelShard))

  fragments.forEach((f, id) => files.set(`d-${id}.json`, JSON.stringify(f)))
  const terms: TermsFile = {}
  docs.forEach((d, id) => d.kind === 'term' && d.defines && (terms[id] = d.defines))
  files.set('terms.json', JSON.stringify(terms))
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
      k: docs.map((d) => kindLetter(d.kind)).join(''),
      y: synonymStems(options.synonyms ?? [], analyzer),
      a: options.analyzer,
    } satisfies IndexMeta),
  )
  return files
}

/** The term list's search words as stems: "addictive" -> ["hook", "misus"]. */
export function synonymStems(entries: { typed: string; means: string[] }[], analyzer: Analyzer): Record<string, string[]> {
  const map: Record<string, string[]> = {}
  for (const { typed, means } of entries) {
    const key = analyzer.phraseKey(typed)
    const stems = means.flatMap((m) => analyzer.words(m).map(analyzer.stem)).filter((w) => !analyzer.isStop(w) && w !== key)
    if (key && stems.length) map[key] = [...new Set([...(map[key] ?? []), ...stems])]
  }
  return map
}
