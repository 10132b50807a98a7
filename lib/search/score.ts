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
  // Only the documents a word matched are touched (maps, not arrays of every document): the cost
  // grows with the matches, not with the site.
  const totals = new Map<number, number>()
  const covered = new Map<number, number>()
  const titleHits = new Map<number, number>()
  const titleWords = new Map<number, number>()
  let allWeight = 0
  for (const concept of concepts) {
    const bestHere = new Map<number, number>()
    const titleHere = new Set<number>()
    let conceptIdf = 0
    for (const [term, weight] of concept.alts) {
      const list = lists.get(term)
      if (!list) continue
      const idf = idfOf(list.size)
      conceptIdf = Math.max(conceptIdf, idf * weight)
      for (const [doc, value] of list) {
        const contribution = ((value % TITLE_UNIT) / IMPACT_LEVELS) * idf * weight
        if (contribution > (bestHere.get(doc) ?? 0)) bestHere.set(doc, contribution)
        if (value >= TITLE_UNIT) {
          titleHere.add(doc)
          titleWords.set(doc, Math.floor(value / TITLE_UNIT))
        }
      }
    }
    // A word nothing matches still counts, with the weight of the rarest possible word.
    if (conceptIdf === 0) conceptIdf = idfOf(1)
    allWeight += conceptIdf
    for (const [d, best] of bestHere) {
      totals.set(d, (totals.get(d) ?? 0) + best)
      covered.set(d, (covered.get(d) ?? 0) + conceptIdf)
      if (titleHere.has(d)) titleHits.set(d, (titleHits.get(d) ?? 0) + 1)
    }
  }
  const scored: Scored[] = []
  for (const [d, total] of totals) {
    if (kind && meta.k?.[d] !== kind) continue
    const coverage = covered.get(d)! / allWeight
    const words = titleWords.get(d) ?? 0
    const title = words ? Math.min(1, (titleHits.get(d) ?? 0) / words) : 0
    let score = total * coverage * (1 + TITLE_BONUS * title)
    if (intent && meta.k?.[d] === 't') {
      if (intent.question && !intent.definition) score *= DEFINITION_IN_QUESTION
      else if (coverage < 0.999) score *= DEFINITION_PART
    }
    scored.push({ id: d, score, coverage })
  }
  scored.sort((a, b) => b.score - a.score || a.id - b.id)
  return scored
}
