/**
 * `npm run check:content`: validates every content file and measures every article.
 * Prints words, reading grade, references and "cited %" per article against the limits of its
 * kind (content/settings.yaml), then every problem at once (file:line:column, what was expected,
 * the fix); exits 1 on any problem. "cited %" is the share of paragraphs and list items that carry
 * a <Cite> (see lib/citation-coverage.ts). `npm run check:content -- path/to/folder` checks
 * another content folder (the test fixtures are such folders).
 */
import path from 'node:path'
import type { VFileMessage } from 'vfile-message'
import { checkContent, type ContentReport } from '../lib/content-check'
import { formatProblems, shownPath } from '../lib/problems.mjs'
import { contentPath } from '../lib/content-files.mjs'

const dir = process.argv[2] ? path.resolve(process.argv[2]) : undefined
let report: ContentReport
try {
  report = checkContent(dir)
} catch (error) {
  process.exit(unexpected(error))
}
const range = (min: number, max: number) => `${min}-${max}`
const rows = report.articles.map((a) => [
  a.slug,
  a.kind,
  (a.limits ? `${a.words} (${range(a.limits.words.min, a.limits.words.max)})` : String(a.words)) +
    (a.limits?.mainWords ? `, main ${a.mainWords} (≤${a.limits.mainWords.max})` : ''),
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
        `  ${shownPath(path.join(dir ?? contentPath(), t.locale, 'articles', `${t.slug}.mdx`))}: section "${s.id}" — ${s.reason === 'changed' ? 'the English changed since it was translated' : 'no translation hash yet'} (${s.english}); update it, then npm run translations:stamp -- es ${t.slug}`,
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

/**
 * The check reports every content problem itself; an exception reaching here is a bug in the
 * check. Content problems that escaped as an error (a loader's ContentErrors, a remark plugin's
 * report) still go through the one reporter; anything else is one line, not an object dump
 * (DEBUG=1 prints the stack for a developer). Returns the exit code.
 */
function unexpected(error: unknown): number {
  const messages = (error as { messages?: unknown } | null)?.messages
  if (Array.isArray(messages) && messages.length && messages.every((m) => m && typeof m === 'object' && 'reason' in m)) {
    console.error(`\n${formatProblems(messages as VFileMessage[])}`)
    return 1
  }
  const text = error instanceof Error ? error.message : String(error)
  console.error(`\ncheck:content stopped on an unexpected error: ${text.split('\n')[0]} (DEBUG=1 shows where).`)
  if (process.env.DEBUG && error instanceof Error) console.error(error.stack)
  return 2
}
