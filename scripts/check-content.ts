/**
 * `npm run check:content`: validates every content file and measures every article.
 * Prints words, reading grade, reference count and "cited %" per article; exits 1 on any problem.
 * "cited %" is the share of paragraphs and list items that carry a <Cite> (or, for a list item,
 * whose introducing paragraph does); see lib/citation-coverage.ts.
 * Limits come from the style guide and issue #5 (1,500-3,000 words, grade <= 8, >= 8 sources,
 * history and how-it-works >= 6).
 */
import { checkContent } from '../lib/content-check'

const report = checkContent()
const rows = report.articles.map((a) => [a.slug, String(a.words), a.grade.toFixed(1), String(a.references), String(a.terms), `${a.citedPercent}%`, a.problems.length ? 'FAIL' : 'ok'])
const header = ['article', 'words', 'grade', 'refs', 'terms', 'cited %', 'status']
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)))
const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')
console.log(line(header))
console.log(widths.map((w) => '-'.repeat(w)).join('  '))
for (const r of rows) console.log(line(r))
console.log(`\nglossary: ${report.glossaryTerms} terms (definitions grade ${report.glossaryGrade.toFixed(1)}); references: ${report.references} entries, ${report.citedReferences} cited`)
if (report.problems.length) {
  console.error(`\n${report.problems.length} problem(s):`)
  for (const p of report.problems) console.error(`- ${p}`)
  process.exit(1)
}
console.log('\nContent check passed.')
