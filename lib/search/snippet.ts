/**
 * The one highlighter: marks the words a search matched, by stem, in a result's title and
 * snippet (site search) or in a glossary entry's text (the glossary's search). Returns parts,
 * never markup: the browser makes text nodes and <mark> elements of them, so hostile input
 * stays text.
 */
import type { Analyzer } from './analyze'

export interface Part {
  text: string
  mark: boolean
}

/** What a search matched in one document: stems, and glossary phrases (stems joined by spaces, split). */
export interface Matched {
  terms: Set<string>
  phrases: string[][]
}

interface Piece {
  text: string
  /** Stem of the word, or null for the gaps between words. */
  stem: string | null
  mark: boolean
}

const piecesCache = new WeakMap<Analyzer, Map<string, Piece[]>>()

/** The text cut into words and gaps, each word with its stem (kept for the next keystroke). */
function pieces(analyzer: Analyzer, text: string): Piece[] {
  let cache = piecesCache.get(analyzer)
  if (!cache) piecesCache.set(analyzer, (cache = new Map()))
  const cached = cache.get(text)
  if (cached) return cached.map((p) => ({ ...p, mark: false }))
  const list = text
    .split(/([\p{L}\p{M}\p{N}]+)/u)
    .filter(Boolean)
    .map((t) => {
      const folded = /[\p{L}\p{N}]/u.test(t) ? analyzer.fold(t) : ''
      return { text: t, stem: folded ? analyzer.stem(folded.split(' ')[0]!) : null, mark: false }
    })
  if (cache.size > 200) cache.clear()
  cache.set(text, list)
  return list.map((p) => ({ ...p }))
}

function markPieces(analyzer: Analyzer, list: Piece[], { terms, phrases }: Matched) {
  const wordsOnly = list.filter((p) => p.stem !== null)
  for (const p of wordsOnly) if (terms.has(p.stem!) && !analyzer.isStop(p.stem!)) p.mark = true
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
export function markWords(analyzer: Analyzer, text: string, matched: Matched): Part[] {
  const list = pieces(analyzer, text)
  markPieces(analyzer, list, matched)
  return join(list)
}

/**
 * A window of about `size` words around the densest matches, with the matched words marked and
 * an ellipsis where text was cut.
 */
export function makeSnippet(analyzer: Analyzer, text: string, matched: Matched, size = 28): Part[] {
  const list = pieces(analyzer, text.replace(/\s+/g, ' ').trim())
  markPieces(analyzer, list, matched)
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
  const out = join(list.slice(from, to))
  if (from > 0) out.unshift({ text: '… ', mark: false })
  if (to < list.length) {
    const last = out[out.length - 1]!
    if (!last.mark) last.text = last.text.replace(/[\s,;:]+$/, '')
    out.push({ text: ' …', mark: false })
  }
  return out.filter((p) => p.text)
}
