/**
 * Ranks the documents a query matched (lib/search/query.ts): per word, the best of its
 * alternatives (BM25 weight x idf x match weight), times the share of the query's words the
 * document has (documents that match every word rank above those that match some).
 * A word counts by its rarity (idf), so missing a common word ("go", "use") costs little.
 * A query that covers a result's title ("will it work for me" -> "Will it work for me?") lifts it.
 */
import { IMPACT_LEVELS, TITLE_UNIT } from './format'
import type { Matching } from './query'

/** How much a query that covers a result's whole title lifts it. */
const TITLE_BONUS = 2
/** How much a glossary definition counts against a question it does not define ("is it addictive?"). */
const DEFINITION_IN_QUESTION = 0.4
/** How much a definition counts when the query asks for more than its term ("nasal spray cost"). */
const DEFINITION_PART = 0.4

export interface Scored {
  id: number
  score: number
  /** The share of the query's words (by weight) the document has: 1 when it has all. */
  coverage: number
}

/**
 * Scores every matched document, best first. `intent`: a question is answered by a section, so
 * a definition of one of its words ranks lower, unless it asks what a word means ("what is a
 * k-hole?"); a definition that covers only part of the query ranks lower too. `kind`: only
 * documents of that kind ('t' for the glossary).
 */
export function scoreDocs(matching: Matching, { intent, kind }: { intent?: { question: boolean; definition: boolean }; kind?: 't' } = {}): Scored[] {
  const { meta, concepts, lists } = matching
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
  const scored: Scored[] = []
  for (let d = 0; d < n; d++) {
    if (totals[d] === 0 || (kind && meta.k?.[d] !== kind)) continue
    const coverage = covered[d]! / allWeight
    const title = titleWords[d] ? Math.min(1, titleHits[d]! / titleWords[d]!) : 0
    let score = totals[d]! * coverage * (1 + TITLE_BONUS * title)
    if (intent && meta.k?.[d] === 't') {
      if (intent.question && !intent.definition) score *= DEFINITION_IN_QUESTION
      else if (coverage < 0.999) score *= DEFINITION_PART
    }
    scored.push({ id: d, score, coverage })
  }
  scored.sort((a, b) => b.score - a.score || a.id - b.id)
  return scored
}
