/**
 * Formats bibliography entries in Vancouver style (the ICMJE/NLM style used by medical journals)
 * with citation-js, a maintained CSL processor, at build time. Identifiers are rendered as
 * separate, labelled links (DOI, PubMed, PMC, source page) rather than as bare strings.
 */
import { Cite } from '@citation-js/core'
import '@citation-js/plugin-csl'
import type { Reference } from '../content/schemas/reference'
import { isDrugLabel } from '../content/references'

export interface ReferenceLink {
  label: string
  href: string
  /** Spoken by screen readers after the label, for example "for reference 3". */
  kind: 'doi' | 'pubmed' | 'pmc' | 'url'
}

export interface FormattedReference {
  id: string
  /** The full Vancouver-style reference, as plain text. */
  text: string
  /** "Berman RM, Cappiello A, Anand A, et al." style author list for previews. */
  authors: string
  title: string
  container: string
  year: number
  links: ReferenceLink[]
}

/** CSL expects given names; our entries hold initials ("RM"), which CSL would read as one name. */
function cslItem(ref: Reference): Record<string, unknown> {
  const { DOI, PMID, PMCID, URL, note, custom, ...rest } = ref
  void DOI
  void PMID
  void PMCID
  void URL
  void note
  void custom
  const author = ref.author.map((name) => {
    if ('literal' in name) return name
    const given = name.given && /^[A-Z]+$/.test(name.given) ? name.given.split('').join('. ') + '.' : name.given
    return { ...name, given }
  })
  const item: Record<string, unknown> = { ...rest, author }
  // Vancouver prints `genre` in brackets after the title, where NLM puts "[package insert]"; a
  // drug label's revision goes there too, since a label's text changes with each revision.
  if (isDrugLabel(ref) && ref.issued) item.genre = `${ref.genre}, revised ${revision(ref.issued)}`
  // citation-js's Vancouver template prints a web page's site name in place of its title, so web
  // pages (labels, regulator pages) are formatted as reports: Author. Title. Publisher; Year.
  if (ref.type === 'webpage') {
    item.type = 'report'
    item.publisher = ref.publisher ?? ref['container-title']
    delete item['container-title']
  }
  return item
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** "March 2026" (or "2026" when the label gives only a year). */
function revision(date: NonNullable<Reference['issued']>): string {
  const [year, month] = date['date-parts'][0]
  return month ? `${MONTHS[month - 1]} ${year}` : String(year)
}

function referenceLinks(ref: Reference): ReferenceLink[] {
  const links: ReferenceLink[] = []
  if (ref.DOI) links.push({ kind: 'doi', label: `doi:${ref.DOI}`, href: `https://doi.org/${ref.DOI}` })
  if (ref.PMID) links.push({ kind: 'pubmed', label: `PubMed ${ref.PMID}`, href: `https://pubmed.ncbi.nlm.nih.gov/${ref.PMID}/` })
  if (ref.PMCID && !(ref.URL && ref.URL.includes(ref.PMCID))) {
    links.push({ kind: 'pmc', label: `Full text ${ref.PMCID}`, href: `https://pmc.ncbi.nlm.nih.gov/articles/${ref.PMCID}/` })
  }
  const doiUrl = ref.DOI ? `https://doi.org/${ref.DOI}` : null
  const pubmedUrl = ref.PMID ? `https://pubmed.ncbi.nlm.nih.gov/${ref.PMID}/` : null
  if (ref.URL && ref.URL !== doiUrl && ref.URL !== pubmedUrl) links.push({ kind: 'url', label: sourceLabel(ref.URL), href: ref.URL })
  return links
}

function sourceLabel(url: string): string {
  const host = new URL(url).hostname.replace(/^www\./, '')
  if (host.endsWith('ncbi.nlm.nih.gov') && url.includes('/pmc/')) return 'Full text (PMC)'
  if (host === 'dailymed.nlm.nih.gov') return 'Label on DailyMed'
  if (host.endsWith('fda.gov')) return 'FDA page'
  return `Source (${host})`
}

function shortAuthors(ref: Reference): string {
  const names = ref.author.map((a) => ('literal' in a ? a.literal : `${a.family}${a.given ? ` ${a.given.replace(/[.\s]/g, '')}` : ''}`))
  const etAl = names[names.length - 1] === 'et al'
  const people = etAl ? names.slice(0, -1) : names
  if (people.length > 3 || etAl) return `${people.slice(0, 3).join(', ')}, et al.`
  return people.join(', ')
}

const cache = new Map<string, FormattedReference>()

export function formatReference(ref: Reference): FormattedReference {
  const hit = cache.get(ref.id)
  if (hit) return hit
  const raw = new Cite(cslItem(ref)).format('bibliography', { format: 'text', template: 'vancouver', lang: 'en-US' }) as string
  let text = raw
    .trim()
    .replace(/^\d+\.\s*/, '')
    .replace(/\s+/g, ' ')
  // Undated pages carry the date they were checked, in Vancouver's "[cited YYYY Mon]" form.
  if (!ref.issued && ref.accessed) {
    const [year, month] = ref.accessed['date-parts'][0]
    const mon = month ? ` ${MONTHS[month - 1]!.slice(0, 3)}` : ''
    text = `${text.replace(/\.$/, '')} [cited ${year}${mon}].`
  }
  const formatted: FormattedReference = {
    id: ref.id,
    text,
    authors: shortAuthors(ref),
    title: ref.title,
    container: ref['container-title'] ?? ref.publisher ?? '',
    year: (ref.issued ?? ref.accessed)!['date-parts'][0][0],
    links: referenceLinks(ref),
  }
  cache.set(ref.id, formatted)
  return formatted
}

/** "Berman RM, et al. Antidepressant effects of ketamine... Biol Psychiatry, 2000." */
export function shortReference(ref: FormattedReference): string {
  return `${ref.authors} ${ref.title.replace(/\.$/, '')}. ${ref.container ? `${ref.container}, ` : ''}${ref.year}.`
}
