/**
 * Bibliography rules beyond the schema: what makes an entry a source a reader can check.
 * They live in the content check (not in loadReferences) so a page build never fails on them;
 * `npm run check:content` and `npm test` refuse the content instead.
 */
import type { Reference } from './schemas'

/**
 * Hosts that are not sources: they re-publish, sell or advertise rather than report. A fact found
 * there must be cited from the original (the study, the regulator, the agency's own release).
 * - mindmedicinelaw.com: a law firm's marketing guide.
 * - metajournal.com: an aggregator that re-hosts abstracts with no editorial control.
 * - newswire.ca, prnewswire.com, businesswire.com, globenewswire.com: paid press-release
 *   distribution; cite the issuer's own page (government, company, journal) instead.
 * Clinics' own sites belong here too (they sell the treatment). Add a host with a line on why,
 * and keep content/README.md in step.
 */
export const NOT_SOURCES = ['mindmedicinelaw.com', 'metajournal.com', 'newswire.ca', 'prnewswire.com', 'businesswire.com', 'globenewswire.com']

/** `genre` values that mark a drug label, whose text changes with each revision. */
export const LABEL_GENRES = ['Prescribing information', 'Summary of product characteristics']

/** A label may have changed if it was last checked this long before the article's review. */
export const LABEL_MAX_AGE_MONTHS = 12

export function isDrugLabel(ref: Pick<Reference, 'genre'>): boolean {
  return !!ref.genre && LABEL_GENRES.some((g) => g.toLowerCase() === ref.genre!.trim().toLowerCase())
}

/** The line of `"id": "x"` in the raw file, so an editor can jump to the entry; 0 when not found. */
export function entryLine(raw: string, id: string): number {
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const match = new RegExp(`"id"\\s*:\\s*"${escaped}"`).exec(raw)
  return match ? raw.slice(0, match.index).split('\n').length : 0
}

/** Why a URL is not a source, or null when it is fine. */
function urlProblem(url: string): string | null {
  const parsed = new URL(url)
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '')
  const denied = NOT_SOURCES.find((d) => host === d || host.endsWith(`.${d}`))
  if (denied) return `URL: ${denied} is on the list of non-sources (law firms, aggregators, press-release mirrors, clinics); cite the original study or the issuer's own page instead`
  // A home page says nothing about the claim; a reader needs the page that holds it.
  if ((parsed.pathname === '/' || parsed.pathname === '') && !parsed.search) {
    return `URL: ${url} is a site's home page; link the page that holds the fact`
  }
  return null
}

/** Rules 1, 2 and the label fields of rule 4, one message per problem: file:line: entry "id": ... */
export function checkReferenceEntries(refs: Iterable<Reference>, raw: string, shown: string): string[] {
  const problems: string[] = []
  for (const ref of refs) {
    const line = entryLine(raw, ref.id)
    const at = `${shown}${line ? `:${line}` : ''}: entry "${ref.id}"`
    if (ref.type === 'article-journal' && !ref.DOI && !ref.PMID) {
      problems.push(`${at}: a journal article needs "DOI" or "PMID" so readers can find it; look it up on PubMed (https://pubmed.ncbi.nlm.nih.gov/) and add "DOI" or "PMID"`)
    }
    const urlIssue = ref.URL ? urlProblem(ref.URL) : null
    if (urlIssue && !ref.custom?.acceptedBecause) {
      problems.push(`${at}: ${urlIssue}, or, if this page is the right source, say why in "custom": { "acceptedBecause": "..." }`)
    }
    if (isDrugLabel(ref)) {
      const missing = [!ref.issued && '"issued" (the label\'s revision date)', !ref.accessed && '"accessed" (the date you checked it)'].filter(Boolean)
      if (missing.length) problems.push(`${at}: a drug label ("${ref.genre}") needs ${missing.join(' and ')}; add ${missing.length > 1 ? 'them' : 'it'} from the label's page`)
    }
  }
  return problems
}

/** A CSL date as YYYY-MM-DD; a missing month or day counts as the first (the earliest it could be). */
export function cslDateIso(date: NonNullable<Reference['accessed']>): string {
  const [year, month = 1, day = 1] = date['date-parts'][0]
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/**
 * Rule 4 for an article: a drug label it cites that was last checked more than 12 months before
 * the article's lastReviewed. `lines` maps a reference id to the line of its first <Cite>.
 */
export function checkLabelAges(
  where: string,
  lastReviewed: string,
  cited: Iterable<string>,
  refs: Map<string, Reference>,
  lines: Map<string, number>,
): string[] {
  const limit = new Date(`${lastReviewed}T00:00:00Z`)
  limit.setUTCMonth(limit.getUTCMonth() - LABEL_MAX_AGE_MONTHS)
  const oldest = limit.toISOString().slice(0, 10)
  const problems: string[] = []
  for (const id of cited) {
    const ref = refs.get(id)
    if (!ref || !isDrugLabel(ref) || !ref.accessed) continue
    const accessed = cslDateIso(ref.accessed)
    if (accessed >= oldest) continue
    const line = lines.get(id)
    problems.push(
      `${where}${line ? `:${line}` : ''}: cites the drug label "${id}", last checked ${accessed}, more than ${LABEL_MAX_AGE_MONTHS} months before lastReviewed (${lastReviewed}); the label may have changed: read the current label, then update "accessed" (and "issued" if it was revised) in references.json`,
    )
  }
  return problems
}
