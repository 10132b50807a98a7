/**
 * `npm run check:content`: validates every content file and measures every article.
 * Prints words, reading grade, references and "cited %" per article against the limits of its
 * kind (content/settings.yaml), then, for each translated language, its reading score and stale
 * sections, then every problem at once (file:line:column, what was expected, the fix); exits 1 on
 * any problem. "cited %" is the share of paragraphs and list items that carry a <Cite> (see
 * lib/content/check/citation-coverage.ts). `npm run check:content -- path/to/folder` checks
 * another content folder (the test fixtures are such folders).
 */
import path from 'node:path'
import { LOCALE_INFO, type Locale } from '../lib/i18n/locales'
import { checkContent, type ContentReport } from '../lib/content/check'
import { languageName } from '../lib/content/check/context'
import { contentPath, displayPath } from '../lib/content/files.mjs'
import { formatProblems, problemsOf } from '../lib/content/problems.mjs'
import { FORMULAS } from '../lib/content/readability-formulas'

const dir = process.argv[2] ? path.resolve(process.argv[2]) : undefined
let report: ContentReport
try {
  report = checkContent(dir)
} catch (error) {
  process.exit(unexpected(error))
}

/** Prints rows under a header, each column as wide as its widest cell; `left`: the columns aligned left. */
function table(header: string[], rows: string[][], left: number[]) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)))
  const line = (cells: string[]) => cells.map((c, i) => (left.includes(i) ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')
  console.log(line(header))
  console.log(widths.map((w) => '-'.repeat(w)).join('  '))
  for (const r of rows) console.log(line(r))
}

const status = (problems: number) => (problems ? `${problems} problem${problems === 1 ? '' : 's'}` : 'ok')
const range = (min: number, max: number) => `${min}-${max}`
table(
  ['article', 'kind', 'words', 'grade', 'refs', 'terms', 'cited %', 'status'],
  report.articles.map((a) => [
    a.slug,
    a.kind,
    (a.limits ? `${a.words} (${range(a.limits.words.min, a.limits.words.max)})` : String(a.words)) +
      (a.limits?.mainWords ? `, main ${a.mainWords} (≤${a.limits.mainWords.max})` : ''),
    a.limits ? `${a.grade.toFixed(1)} (≤${a.limits.maxGrade})` : a.grade.toFixed(1),
    a.limits ? `${a.references} (≥${a.limits.minReferences})` : String(a.references),
    String(a.terms),
    `${a.citedPercent}%`,
    status(a.problems),
  ]),
  [0, 1],
)
console.log(
  `\nglossary: ${report.glossaryTerms} terms (definitions grade ${report.glossaryGrade.toFixed(1)}); references: ${report.references} entries, ${report.citedReferences} cited`,
)

// Each translated language: its reading score (its own formula and limit) and the sections whose English changed since translation.
for (const locale of Object.keys(report.translatedGlossaryTerms) as Locale[]) {
  const language = languageName(locale)
  const formula = FORMULAS[LOCALE_INFO[locale].readability.formula]
  const articles = report.translations.filter((t) => t.locale === locale)
  console.log('')
  table(
    [`${language.toLowerCase()} article`, 'words', formula.name, 'stale sections', 'status'],
    articles.map((t) => [
      t.slug,
      String(t.words),
      `${t.readability.score.toFixed(1)}${t.readability.limit === null ? '' : ` (${formula.higherIsEasier ? '≥' : '≤'}${t.readability.limit})`}`,
      t.stale.length ? t.stale.map((s) => s.id).join(', ') : 'none',
      status(t.problems),
    ]),
    [0, 3],
  )
  const stale = articles.flatMap((t) =>
    t.stale.map(
      (s) =>
        `  ${displayPath(path.join(dir ?? contentPath(), locale, 'articles', `${t.slug}.mdx`))}: section "${s.id}" — ${s.reason === 'changed' ? 'the English changed since it was translated' : 'no translation hash yet'} (${s.english}); update it, then npm run translations:stamp -- ${locale} ${t.slug}`,
    ),
  )
  console.log(
    stale.length ? `\nStale ${language} sections (their pages show a note linking to the English):\n${stale.join('\n')}` : `\nNo stale ${language} sections.`,
  )
  console.log(`${language.toLowerCase()} glossary: ${report.translatedGlossaryTerms[locale]} terms`)
}
if (report.messages.length) {
  console.error(`\n${formatProblems(report.messages)}`)
  process.exit(1)
}
console.log('\nContent check passed.')

/**
 * The check reports every content problem itself; an exception reaching here is a bug in the
 * check. Content problems that escaped as an error (a loader's or a remark plugin's
 * ContentProblems) still go through the one reporter; anything else is one line, not an object
 * dump (DEBUG=1 prints the stack for a developer). Returns the exit code.
 */
function unexpected(error: unknown): number {
  const messages = problemsOf(error)
  if (messages.length) {
    console.error(`\n${formatProblems(messages)}`)
    return 1
  }
  const text = error instanceof Error ? error.message : String(error)
  console.error(`\ncheck:content stopped on an unexpected error: ${text.split('\n')[0]} (DEBUG=1 shows where).`)
  if (process.env.DEBUG && error instanceof Error) console.error(error.stack)
  return 2
}
