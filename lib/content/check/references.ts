/**
 * Bibliography rules beyond the schema: what makes an entry a source a reader can check.
 * They live in the content check (not in loadReferences) so a page build never fails on them;
 * `npm run check:content` and `npm test` refuse the content instead. Their limits (the hosts that
 * are not sources, the label genres, how old a checked label may be) are editorial settings in
 * content/settings.yaml, not code.
 */
import type { Finding } from '../problem-log'
import { isDrugLabel, type ReferencesRead } from '../references'
import type { Reference } from '../schemas/reference'
import type { Settings } from '../schemas/settings'

type ReferenceSettings = Settings['references']

/** Why a URL is not a source, or null when it is fine. */
function urlProblem(url: string, settings: ReferenceSettings): { reason: string; expected: string; fix: string } | null {
  const parsed = new URL(url)
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '')
  const denied = settings.notSources.find((d) => host === d.host || host.endsWith(`.${d.host}`))
  if (denied) {
    return {
      reason: `URL: ${denied.host} is not a source (${denied.why}).`,
      expected: "the original: the study, the regulator, or the issuer's own page (references.notSources in content/settings.yaml)",
      fix: 'cite the original instead',
    }
  }
  // A home page says nothing about the claim; a reader needs the page that holds it.
  if ((parsed.pathname === '/' || parsed.pathname === '') && !parsed.search) {
    return { reason: `URL: ${url} is a site's home page.`, expected: 'the page that holds the fact', fix: 'link the page that holds the fact' }
  }
  return null
}

/** Journal ids, non-source URLs and label fields of the valid entries, one finding per problem, at the field's line. */
export function checkReferenceEntries(read: ReferencesRead, settings: ReferenceSettings): Finding[] {
  const findings: Finding[] = []
  for (const ref of read.refs.values()) {
    const index = read.index.get(ref.id)!
    const at = (field?: string) => read.file?.at(field ? [index, field] : [index]) ?? read.file?.at([index])
    const name = `entry "${ref.id}"`
    if (ref.type === 'article-journal' && !ref.DOI && !ref.PMID) {
      findings.push({
        ...at('type'),
        reason: `${name}: a journal article has no "DOI" or "PMID".`,
        expected: 'a DOI or PMID, so readers can find the article',
        fix: 'look it up on PubMed (https://pubmed.ncbi.nlm.nih.gov/) and add "DOI" or "PMID".',
        ruleId: 'journal-id',
      })
    }
    const urlIssue = ref.URL ? urlProblem(ref.URL, settings) : null
    if (urlIssue && !ref.custom?.acceptedBecause) {
      findings.push({
        ...at('URL'),
        reason: `${name}: ${urlIssue.reason}`,
        expected: urlIssue.expected,
        fix: `${urlIssue.fix}, or, if this page is the right source, say why in "custom": { "acceptedBecause": "..." }.`,
        ruleId: 'not-a-source',
      })
    }
    if (isDrugLabel(ref, settings.labelGenres)) {
      const missing = [!ref.issued && '"issued" (the label\'s revision date)', !ref.accessed && '"accessed" (the date you checked it)'].filter(Boolean)
      if (missing.length) {
        findings.push({
          ...at('genre'),
          reason: `${name}: a drug label ("${ref.genre}") has no ${missing.join(' and no ')}.`,
          expected: 'a drug label with "issued" and "accessed" dates',
          fix: `add ${missing.length > 1 ? 'them' : 'it'} from the label's page.`,
          ruleId: 'label-dates',
        })
      }
    }
  }
  return findings
}

/** A CSL date as YYYY-MM-DD; a missing month or day counts as the first (the earliest it could be). */
function cslDateIso(date: NonNullable<Reference['accessed']>): string {
  const [year, month = 1, day = 1] = date['date-parts'][0]
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/**
 * A drug label an article cites that was last checked more than `labelMaxAgeMonths` before the
 * article's lastReviewed, at the line of its first <Cite> (`lines`: reference id -> line).
 */
export function checkLabelAges(
  lastReviewed: string,
  cited: Iterable<string>,
  refs: Map<string, Reference>,
  lines: Map<string, number>,
  settings: ReferenceSettings,
): Finding[] {
  const months = settings.labelMaxAgeMonths
  const limit = new Date(`${lastReviewed}T00:00:00Z`)
  limit.setUTCMonth(limit.getUTCMonth() - months)
  const oldest = limit.toISOString().slice(0, 10)
  const findings: Finding[] = []
  for (const id of cited) {
    const ref = refs.get(id)
    if (!ref || !isDrugLabel(ref, settings.labelGenres) || !ref.accessed) continue
    const accessed = cslDateIso(ref.accessed)
    if (accessed >= oldest) continue
    findings.push({
      line: lines.get(id),
      reason: `Cites the drug label "${id}", last checked ${accessed}, more than ${months} months before lastReviewed (${lastReviewed}); the label may have changed.`,
      expected: `a label checked on or after ${oldest} (references.labelMaxAgeMonths in content/settings.yaml)`,
      fix: 'read the current label, then update "accessed" (and "issued" if it was revised) in references.json.',
      ruleId: 'label-age',
    })
  }
  return findings
}
