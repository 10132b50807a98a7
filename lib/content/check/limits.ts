/**
 * An article's limits (words, main words, reading grade, sources) from its kind in
 * content/settings.yaml, with its own `limits:` override; and the one message for every limit an
 * article misses (one wrong `kind` is one mistake).
 */
import type { ArticleMeta } from '../articles'
import type { Place } from '../data-file'
import type { Finding } from '../problem-log'
import type { ArticleLimits } from '../schemas/article'
import type { Settings } from '../schemas/settings'

/** What the limits are checked against. */
export interface Measured {
  words: number
  mainWords: number
  grade: number
  references: number
}

/** An article's limits: its kind's from the settings, then its own `limits:` override; null for an unknown kind. */
export function articleLimits(article: Pick<ArticleMeta, 'kind' | 'limits'>, settings: Settings): ArticleLimits | null {
  const base = settings.articles.kinds[article.kind]
  if (!base) return null
  const own = article.limits
  return {
    words: { min: own?.words?.min ?? base.words.min, max: own?.words?.max ?? base.words.max },
    minReferences: own?.minReferences ?? base.minReferences,
    maxGrade: own?.maxGrade ?? base.maxGrade,
    ...((own?.mainWords ?? base.mainWords) ? { mainWords: own?.mainWords ?? base.mainWords } : {}),
  }
}

/** The limits an article misses, each with what was found, what was expected and the fix. */
function limitFailures(report: Measured, limits: ArticleLimits, citationProblems: boolean) {
  const out: { found: string; expected: string; fix: string }[] = []
  if (report.words < limits.words.min || report.words > limits.words.max) {
    out.push({
      found: `The body text has ${report.words} words.`,
      expected: `${limits.words.min} to ${limits.words.max} words`,
      fix: report.words < limits.words.min ? 'add to the article' : 'cut it, or split it into two articles',
    })
  }
  if (limits.mainWords && report.mainWords > limits.mainWords.max) {
    out.push({
      found: `The main text has ${report.mainWords} words (body text outside <MoreDetail>).`,
      expected: `at most ${limits.mainWords.max} words of main text`,
      fix: 'keep what the reader must know or do; move label, history and trial detail into <MoreDetail title="..."> blocks, or onto the page where it belongs',
    })
  }
  if (report.grade > limits.maxGrade) {
    out.push({
      found: `The body text reads at grade ${report.grade}.`,
      expected: `reading grade ${limits.maxGrade} or below`,
      fix: 'use shorter sentences (about 15 words) and everyday words; explain a medical word once and link it with <Term>',
    })
  }
  // An unknown citation id already has its message; a count short by that id is its consequence.
  if (report.references < limits.minReferences && !citationProblems) {
    out.push({
      found: `The article cites ${report.references} distinct source${report.references === 1 ? '' : 's'}.`,
      expected: `at least ${limits.minReferences} sources`,
      fix: 'cite the source of each fact with <Cite id="..." />',
    })
  }
  return out
}

/**
 * One finding for every limit the article misses, at its `kind:` (null when it meets them all).
 * `citationProblems`: the article has problems of its own already (an unknown citation id), so a
 * short source count is not reported again.
 */
export function limitsFinding(meta: ArticleMeta, report: Measured, limits: ArticleLimits, settings: Settings, kindPlace: Place | undefined, citationProblems: boolean): Finding | null {
  const missed = limitFailures(report, limits, citationProblems)
  if (!missed.length) return null
  const kind = `a${/^[aeiou]/.test(meta.kind) ? 'n' : ''} ${meta.kind}`
  const where = meta.limits ? `the ${meta.kind} kind in content/settings.yaml, with this article's limits:` : `articles.kinds.${meta.kind} in content/settings.yaml`
  const short = report.words < limits.words.min
  return {
    reason:
      missed.length === 1
        ? missed[0]!.found
        : `The article is outside the limits for ${kind}: ${missed.map((m) => m.found.replace(/\.$/, '').replace(/^The (article|body text) /, '')).join('; ')}.`,
    ...(kindPlace ?? { line: 1, column: 1 }),
    expected: `${missed.map((m) => m.expected).join('; ')} for ${kind} (${where})`,
    fix: [
      ...missed.map((m) => m.fix),
      short && meta.kind !== 'brief' && settings.articles.kinds.brief ? 'if it is a short overview, set kind: brief in the frontmatter' : null,
      'a limit can be changed for this article alone with limits: { ..., reason: "..." } in its frontmatter',
    ]
      .filter(Boolean)
      .join('; ')
      .concat('.'),
    ruleId: 'limits',
  }
}
