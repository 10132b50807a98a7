/**
 * `npm run check:content`: validates every content file and measures every article.
 * Prints words, reading grade, references and "cited %" per article against the limits of its
 * kind (content/settings.yaml), then every problem at once (file:line:column, what was expected,
 * the fix); exits 1 on any problem. "cited %" is the share of paragraphs and list items that carry
 * a <Cite> (see lib/citation-coverage.ts). `npm run check:content -- path/to/folder` checks
 * another content folder (the test fixtures are such folders).
 */
import path from 'node:path'
import { checkContent } from '../lib/content-check'
import { formatProblems } from '../lib/problems.mjs'

const dir = process.argv[2] ? path.resolve(process.argv[2]) : undefined
const report = checkContent(dir)
const range = (min: number, max: number) => `${min}-${max}`
const rows = report.articles.map((a) => [
  a.slug,
  a.kind,
  a.limits ? `${a.words} (${range(a.limits.words.min, a.limits.words.max)})` : String(a.words),
  a.limits ? `${a.grade.toFixed(1)} (≤${a.limits.maxGrade})` : a.grade.toFixed(1),
  a.limits ? `${a.references} (≥${a.limits.minReferences})` : String(a.references),
  String(a.terms),
  `${a.citedPercent}%`,
  a.problems ? `${a.problems} problem${a.problems === 1 ? '' : 's'}` : 'ok',
])
const header = ['article', 'kind', 'words', 'grade', 'refs', 'terms', 'cited %', 'status']
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)))
const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')
console.log(line(header))
console.log(widths.map((w) => '-'.repeat(w)).join('  '))
for (const r of rows) console.log(line(r))
console.log(
  `\nglossary: ${report.glossaryTerms} terms (definitions grade ${report.glossaryGrade.toFixed(1)}); references: ${report.references} entries, ${report.citedReferences} cited`,
)
if (report.translations.length) {
  // Spanish: Fernández-Huerta reading ease (70 or more, about grade 7) and sections whose English changed since translation.
  const es = report.translations.map((t) => [
    t.slug,
    String(t.words),
    `${t.fernandezHuerta.toFixed(1)} (≥70)`,
    t.stale.length ? t.stale.map((s) => s.id).join(', ') : 'none',
    t.problems ? `${t.problems} problem${t.problems === 1 ? '' : 's'}` : 'ok',
  ])
  const head = ['spanish article', 'words', 'Fernández-Huerta', 'stale sections', 'status']
  const w = head.map((h, i) => Math.max(h.length, ...es.map((r) => r[i]!.length)))
  const row = (cells: string[]) => cells.map((c, i) => (i === 0 || i === 3 ? c.padEnd(w[i]!) : c.padStart(w[i]!))).join('  ')
  console.log(`\n${row(head)}\n${w.map((n) => '-'.repeat(n)).join('  ')}`)
  for (const r of es) console.log(row(r))
  const stale = report.translations.flatMap((t) =>
    t.stale.map(
      (s) =>
        `  content/es/articles/${t.slug}.mdx: section "${s.id}" — ${s.reason === 'changed' ? 'the English changed since it was translated' : 'no translation hash yet'} (${s.english}); update it, then npm run translations:stamp -- es ${t.slug}`,
    ),
  )
  console.log(stale.length ? `\nStale Spanish sections (their pages show a note linking to the English):\n${stale.join('\n')}` : '\nNo stale Spanish sections.')
  console.log(`spanish glossary: ${report.translatedGlossaryTerms} terms`)
}
if (report.messages.length) {
  console.error(`\n${formatProblems(report.messages)}`)
  process.exit(1)
}
console.log('\nContent check passed.')
