/**
 * The glossary's search, on the site index: the definitions a query matches, in the tiers a
 * reader expects of a glossary, then by score:
 *   0  the query is one of the term's names: its term, an alias or a misspelling ("Spravato", "ketamene")
 *   1  the query starts one of its names ("dissoc", "post traumatic"), or every word of it is in the term
 *   2  the same through corrected spelling ("disociation", "receptr", "liver njury")
 *   3  any other definition that has every word of the query
 * and within a tier, the closest name first, then by score.
 * Names compare as search compares words (folded and stemmed), and also without their spaces, so
 * "khole" is "k hole", "posttraumatic" starts "post-traumatic stress disorder" and a typo inside
 * a name of several words is forgiven as in one word.
 */
import { allowedEdits } from '../text'
import { editDistance } from '../text/edit-distance.mjs'
import { prefixDistance } from './expand'
import { MAX_QUERY_LENGTH } from './analyze'
import { GROUP_PREFIX, TITLE_UNIT, type LabelShard, type TermsFile } from './format'
import type { Matching, SearchClient } from './query'
import { scoreDocs } from './score'
import { markWords, type Part } from './snippet'

// What the glossary island needs besides: a client of the index files.
export { fetchClient } from './query'

export interface TermHit {
  /** The glossary term's id. */
  id: string
  tier: 0 | 1 | 2 | 3
  score: number
  /** Splits a text of the entry into parts, with what matched marked: data, never markup. */
  mark(text: string): Part[]
}

type Tier = TermHit['tier']

interface NameMatch {
  tier: Tier
  /** How many letters of the closest name are left beyond the query (0 for the name itself). */
  rest: number
  /** The names (label phrases) that matched, to mark. */
  phrases: Set<string>
}

/** A label shard's names, each also without spaces: read once, compared at every keystroke. */
const labelLists = new WeakMap<LabelShard, { label: string; squeezed: string; ids: string[] }[]>()
function labelsOf(shard: LabelShard) {
  let list = labelLists.get(shard)
  if (!list) labelLists.set(shard, (list = Object.entries(shard).map(([label, ids]) => ({ label, squeezed: label.replace(/ /g, ''), ids }))))
  return list
}

/** Term id -> its definition's document id, built once per index. */
const docsOf = new WeakMap<TermsFile, Map<string, number>>()
function docOf(terms: TermsFile) {
  let map = docsOf.get(terms)
  if (!map) docsOf.set(terms, (map = new Map(Object.entries(terms).map(([doc, id]) => [id, Number(doc)]))))
  return map
}

/** The query's words as names to compare: as typed (tiers 0 and 1) and as corrected (tier 2). */
function nameQueries(m: Matching): { key: string; exact: Tier | null; prefix: Tier }[] {
  const typed = m.parsed.map((w) => w.stem)
  const queries: { key: string; exact: Tier | null; prefix: Tier }[] = [{ key: typed.join(' '), exact: 0, prefix: 1 }]
  // The last word as typed, unstemmed: "dissociati" starts "dissociation" before it is a stem of it.
  const last = m.parsed[m.parsed.length - 1]!
  if (last.word !== last.stem) queries.push({ key: [...typed.slice(0, -1), last.word].join(' '), exact: null, prefix: 1 })
  const corrected = m.best.join(' ')
  if (corrected !== queries[0]!.key) queries.push({ key: corrected, exact: 2, prefix: 2 })
  return queries
}

/** The terms whose names the query is, or starts, with the best tier of each. */
async function nameMatches(client: SearchClient, m: Matching): Promise<Map<string, NameMatch>> {
  const found = new Map<string, NameMatch>()
  const add = (ids: string[], tier: Tier, phrase: string, rest: number) => {
    for (const id of ids) {
      const match = found.get(id)
      // Only the names of the best tier are marked: "nmda" marks the alias NMDA, not all of "NMDA receptor".
      if (!match || tier < match.tier) found.set(id, { tier, rest, phrases: new Set([phrase]) })
      else if (tier === match.tier) {
        match.rest = Math.min(match.rest, rest)
        match.phrases.add(phrase)
      }
    }
  }
  for (const { key, exact, prefix } of nameQueries(m)) {
    const squeezed = key.replace(/ /g, '')
    const canPrefix = squeezed.length >= 2
    const edits = allowedEdits(squeezed)
    // The shard of the first word, and of the name typed without spaces ("khole").
    const shards = new Set([await client.labels(m.meta, key.split(' ')[0]!), await client.labels(m.meta, squeezed)])
    for (const shard of shards) {
      for (const { label, squeezed: whole, ids } of labelsOf(shard)) {
        const rest = Math.max(0, whole.length - squeezed.length)
        if (exact !== null && (label === key || whole === squeezed)) add(ids, exact, label, 0)
        else if (canPrefix && (label.startsWith(key) || whole.startsWith(squeezed))) add(ids, prefix, label, rest)
        else if (edits && Math.abs(whole.length - squeezed.length) <= edits && editDistance(squeezed, whole, edits) <= edits) add(ids, 2, label, rest)
        // A mistyped start of a longer name, as the reader types it ("compounded durg" -> "compounded drug").
        else if (squeezed.length >= 5 && whole.length > squeezed.length && whole[1] === squeezed[1] && prefixDistance(squeezed, whole) <= 1)
          add(ids, 2, label, rest)
      }
    }
  }
  return found
}

/** Is every word of the query in this definition's title (the term), and was any corrected? */
function inTitle(m: Matching, doc: number): Tier | null {
  if (!m.concepts.length) return null
  let corrected = false
  for (const concept of m.concepts) {
    let best: 'typed' | 'corrected' | null = null
    for (const term of concept.alts.keys()) {
      if (term.startsWith(GROUP_PREFIX) || (m.lists.get(term)?.get(doc) ?? 0) < TITLE_UNIT) continue
      best = term.startsWith(concept.stem) || term === concept.word ? 'typed' : (best ?? 'corrected')
      if (best === 'typed') break
    }
    if (!best) return null
    corrected ||= best === 'corrected'
  }
  return corrected ? 2 : 1
}

/**
 * The glossary's search: every definition that matches, best first, each with what to mark.
 * Fetches no documents: the glossary page already shows every entry.
 */
export async function searchTerms(client: SearchClient, raw: string): Promise<TermHit[]> {
  const query = String(raw ?? '')
    .slice(0, MAX_QUERY_LENGTH)
    .trim()
  // Two letters find the names they start (nameMatches), not every definition with a word that does.
  const m = await client.match(query, { prefixLast: false, synonyms: false, stopWordsOnly: true })
  if (!m) return []
  const [terms, names] = await Promise.all([client.file<TermsFile>('terms.json'), nameMatches(client, m)])
  const scores = new Map<number, number>()
  // Definitions with every word of the query (the typos of a word count as it).
  for (const s of scoreDocs(m, { kind: 't' })) if (s.coverage > 0.999) scores.set(s.id, s.score)
  for (const id of names.keys()) {
    const doc = docOf(terms).get(id)
    if (doc !== undefined && !scores.has(doc)) scores.set(doc, 0)
  }
  const inQuery = new Map<string, string[]>()
  for (const l of m.labelMatches) for (const id of l.ids) inQuery.set(id, [...(inQuery.get(id) ?? []), l.key])
  const hits: { doc: number; rest: number; hit: TermHit }[] = []
  for (const [doc, score] of scores) {
    const id = terms[doc]
    if (!id) continue
    const name = names.get(id)
    const tier = Math.min(name?.tier ?? 3, inTitle(m, doc) ?? 3) as Tier
    // Marked: the names that matched, a name inside a longer query ("ketamine bladder pain"), and the words.
    const phrases = new Set([...(name?.phrases ?? []), ...(inQuery.get(id) ?? [])])
    const matched = { terms: new Set<string>(), phrases: [...phrases].map((p) => p.split(' ')) }
    for (const [term, list] of m.lists) if (!term.startsWith(GROUP_PREFIX) && list.has(doc)) matched.terms.add(term)
    // Within a tier: the name closest to the query first ("dissoc": Dissociation before Dissociative anesthetic), then the score.
    const rest = name && name.tier === tier ? name.rest : Infinity
    hits.push({ doc, rest, hit: { id, tier, score, mark: (text) => markWords(m.analyzer, text, matched) } })
  }
  hits.sort((a, b) => a.hit.tier - b.hit.tier || a.rest - b.rest || b.hit.score - a.hit.score || a.doc - b.doc)
  return hits.map((h) => h.hit)
}
