/**
 * How the site shows the numbers of one citation marker: sorted, each once, with runs of three or
 * more merged into a range ("1, 3–5, 8"); a run of two stays two numbers ("2, 3"). One function for
 * the pages (components/mdx/Cite.tsx, at build time) and the handout (its island renumbers markers
 * in the browser), so a marker reads the same in both. No imports: the handout island bundles it.
 */

/** One number or range of a marker: `first === last` (the same object) for a single number. */
export interface CiteGroup<T extends { n: number }> {
  first: T
  last: T
}

/** Groups numbered references (`{ n }`, with anything else they carry) as a marker shows them. */
export function citeGroups<T extends { n: number }>(refs: readonly T[]): CiteGroup<T>[] {
  const sorted = [...refs].sort((a, b) => a.n - b.n).filter((r, i, all) => i === 0 || r.n !== all[i - 1]!.n)
  const runs: { first: T; last: T; size: number }[] = []
  for (const ref of sorted) {
    const run = runs.at(-1)
    if (run && ref.n === run.last.n + 1) {
      run.last = ref
      run.size++
    } else runs.push({ first: ref, last: ref, size: 1 })
  }
  // A run of two stays two numbers ("2, 3"); only three or more become a range.
  return runs.flatMap(({ first, last, size }) =>
    size === 2
      ? [
          { first, last: first },
          { first: last, last },
        ]
      : [{ first, last }],
  )
}

/** What a group shows: "3", or "2–4" for a range. */
export const groupText = ({ first, last }: CiteGroup<{ n: number }>) => (first === last ? String(first.n) : `${first.n}–${last.n}`)
