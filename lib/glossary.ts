import { analyzeArticle, getArticles, getGlossary } from './content'
import type { GlossaryEntry } from './content/schemas/glossary'
import type { SearchableTerm } from './glossary-search'
import { DEFAULT_LOCALE, type Locale } from './i18n/locales'

export interface Appearance {
  slug: string
  article: string
  section: string | null
  sectionTitle: string | null
}

/**
 * One glossary entry as the page shows it (components/glossary/GlossaryEntryView.tsx) and as the
 * search island receives it (entries.json): data only, so it lives here, below the components.
 */
export interface EntryViewData {
  id: string
  term: string
  pronunciation?: string
  aliases: string[]
  definition: string
  note?: string
  related: { id: string; term: string }[]
  appearsIn: Appearance[]
  /** Its sources, numbered as in the reference list at the end of /glossary. */
  sources: { id: string; n: number }[]
}

/** For each term id, the article sections whose text links to it (computed at build). */
function termAppearances(locale: Locale = DEFAULT_LOCALE): Map<string, Appearance[]> {
  const out = new Map<string, Appearance[]>()
  for (const article of getArticles(locale)) {
    const { headings, terms } = analyzeArticle(article)
    const titles = new Map(headings.map((h) => [h.id, h.text]))
    for (const use of terms) {
      const list = out.get(use.id) ?? []
      if (!list.some((a) => a.slug === article.slug && a.section === use.section)) {
        list.push({ slug: article.slug, article: article.navTitle, section: use.section, sectionTitle: use.section ? (titles.get(use.section) ?? null) : null })
      }
      out.set(use.id, list)
    }
  }
  return out
}

/** Entries grouped by first letter, for the letter index. */
export function groupByLetter(entries: GlossaryEntry[]): { letter: string; entries: GlossaryEntry[] }[] {
  const groups = new Map<string, GlossaryEntry[]>()
  for (const e of entries) {
    const first = e.term.normalize('NFKD').charAt(0).toUpperCase()
    const letter = /[A-Z]/.test(first) ? first : '#'
    groups.set(letter, [...(groups.get(letter) ?? []), e])
  }
  return [...groups.entries()].sort(([a], [b]) => (a === '#' ? -1 : b === '#' ? 1 : a.localeCompare(b))).map(([letter, list]) => ({ letter, entries: list }))
}

/** A glossary source, numbered in order of first use down the /glossary page, and the terms that cite it. */
export interface GlossarySource {
  id: string
  n: number
  /** The terms that cite it, in page order. */
  citedBy: { id: string; term: string }[]
}

/**
 * Numbers the sources of the entries in the order a reader meets them on /glossary (the order
 * of `entries`), like an article's citations: a source keeps the number of its first use.
 */
export function numberGlossarySources(entries: Pick<GlossaryEntry, 'id' | 'term' | 'sources'>[]): {
  list: GlossarySource[]
  byTerm: Map<string, { id: string; n: number }[]>
} {
  const list: GlossarySource[] = []
  const byId = new Map<string, GlossarySource>()
  const byTerm = new Map<string, { id: string; n: number }[]>()
  for (const entry of entries) {
    byTerm.set(
      entry.id,
      entry.sources.map((id) => {
        let source = byId.get(id)
        if (!source) {
          source = { id, n: list.length + 1, citedBy: [] }
          byId.set(id, source)
          list.push(source)
        }
        if (!source.citedBy.some((t) => t.id === entry.id)) source.citedBy.push({ id: entry.id, term: entry.term })
        return { id, n: source.n }
      }),
    )
  }
  return { list, byTerm }
}

/** The entries in the order /glossary shows them: by letter, "#" (numbers) first. */
export function glossaryPageOrder(glossary: GlossaryEntry[] = getGlossary()): GlossaryEntry[] {
  return groupByLetter(glossary).flatMap((g) => g.entries)
}

/**
 * Everything the glossary shows for each entry, in page order. Misspellings are left out on
 * purpose: they only help search (glossarySearchData) and are never shown to readers.
 */
export function glossaryEntriesForSearch(locale: Locale = DEFAULT_LOCALE): EntryViewData[] {
  const glossary = glossaryPageOrder(getGlossary(locale))
  const names = new Map(glossary.map((t) => [t.id, t.term]))
  const appearances = termAppearances(locale)
  const { byTerm } = numberGlossarySources(glossary)
  return glossary.map((t) => ({
    id: t.id,
    term: t.term,
    ...(t.pronunciation ? { pronunciation: t.pronunciation } : {}),
    aliases: t.aliases,
    definition: t.definition,
    ...(t.note ? { note: t.note } : {}),
    related: t.related.map((id) => ({ id, term: names.get(id)! })),
    appearsIn: appearances.get(t.id) ?? [],
    sources: byTerm.get(t.id) ?? [],
  }))
}

/** What the glossary search index needs, including the search-only misspellings (/glossary/entries.json). */
export function glossarySearchData(locale: Locale = DEFAULT_LOCALE): SearchableTerm[] {
  return getGlossary(locale).map(({ id, term, aliases, misspellings, definition }) => ({ id, term, aliases, misspellings, definition }))
}

export { getGlossary }
