/**
 * One query word's alternatives from its vocabulary shard: the word itself, the longer words it
 * starts (typing), and the close words it may be a typo of.
 */
import { allowedEdits } from '../text'
import { editDistance } from '../text/edit-distance.mjs'
import type { VocabShard } from './format'

/** How much a way of matching a word counts. */
export const WEIGHT = { exact: 1, synonym: 0.8, prefix: 0.7, typo1: 0.6, typo2: 0.4, typoPrefix: 0.35 }
const MAX_PREFIX_EXPANSIONS = 6
const MAX_TYPO_EXPANSIONS = 4

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

export function lowerBound(list: string[], value: string): number {
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (list[mid]! < value) lo = mid + 1
    else hi = mid
  }
  return lo
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
      let dist = editDistance(term, t, max)
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
