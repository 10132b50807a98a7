import { analyzeArticle, getArticles, getGlossary } from './content'
import type { GlossaryEntry } from './schemas'
import type { EntryViewData } from '@/components/glossary/GlossaryEntryView'

export interface Appearance {
  slug: string
  article: string
  section: string | null
  sectionTitle: string | null
}

/** For each term id, the article sections whose text links to it (computed at build). */
export function termAppearances(): Map<string, Appearance[]> {
  const out = new Map<string, Appearance[]>()
  for (const article of getArticles()) {
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

/** Everything the glossary shows for each entry: the page renders it, the search island loads it. */
export function glossaryEntriesForSearch(): EntryViewData[] {
  const glossary = getGlossary()
  const names = new Map(glossary.map((t) => [t.id, t.term]))
  const appearances = termAppearances()
  return glossary.map((t) => ({
    id: t.id,
    term: t.term,
    ...(t.pronunciation ? { pronunciation: t.pronunciation } : {}),
    aliases: t.aliases,
    definition: t.definition,
    ...(t.note ? { note: t.note } : {}),
    related: t.related.map((id) => ({ id, term: names.get(id)! })),
    appearsIn: appearances.get(t.id) ?? [],
  }))
}

export { getGlossary }
