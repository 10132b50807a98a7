// One edit distance for the whole project: the content check's "Did you mean" (lib/problems.mjs,
// the glossary's alias rule) and search's typo tolerance (lib/search/expand.ts, in the browser).
// Plain JavaScript with no imports, so the remark plugins (inside the MDX loader), the TypeScript
// modules and the browser bundles all share it.

/**
 * Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours
 * each count 1, so "PSTD" is one step from "PTSD" and "anxeity" one from "anxiety".
 * With `max`, it stops as soon as the distance must exceed it and returns max + 1 (search compares
 * a word with a whole vocabulary shard; only the close ones matter).
 * @param {string} a
 * @param {string} b
 * @param {number} [max] the largest distance of interest (default: no limit)
 * @returns {number}
 */
export function editDistance(a, b, max = Infinity) {
  if (Math.abs(a.length - b.length) > max) return max + 1
  /** @type {number[]} */
  let prevPrev = []
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let v = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prevPrev[j - 2] + 1)
      row.push(v)
      if (v < best) best = v
    }
    if (best > max) return max + 1
    prevPrev = prev
    prev = row
  }
  return Math.min(prev[b.length], max + 1)
}
