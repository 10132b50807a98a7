import { JsonLd } from '@/components/layout/JsonLd'
import { PageFrame } from '@/components/layout/PageFrame'
import { CopyTermLink, GlossaryEntryView } from '@/components/glossary/GlossaryEntryView'
import { GlossarySearch } from '@/components/glossary/GlossarySearch'
import { GlossaryReferences } from '@/components/glossary/GlossaryReferences'
import { getGlossary, glossaryEntriesForSearch, glossaryPageOrder, groupByLetter, numberGlossarySources } from '@/lib/glossary'
import { glossaryJsonLd } from '@/lib/pages/jsonld'
import { pageMetadata } from '@/lib/pages/metadata'
import { dictionary, type Locale } from '@/lib/i18n'
import '@/components/glossary/glossary.css'

export const glossaryMetadata = (locale: Locale) => {
  const g = dictionary(locale).glossary
  return pageMetadata({ locale, title: g.metaTitle, description: g.metaDescription, path: '/glossary', card: 'glossary' })
}

export function GlossaryPage({ locale }: { locale: Locale }) {
  const g = dictionary(locale).glossary
  const glossary = getGlossary(locale)
  const entries = glossaryEntriesForSearch(locale)
  const groups = groupByLetter(glossary)
  const byId = new Map(entries.map((e) => [e.id, e]))
  return (
    <PageFrame locale={locale} current="glossary" path="/glossary">
      <h1 className="text-3xl font-bold text-ink">{g.title}</h1>
      <p className="mt-3 text-lg">{g.intro(entries.length)}</p>
      <div className="mt-6">
        <GlossarySearch locale={locale} />
      </div>
      <div id="glossary-full">
        <nav aria-label={g.letters} className="mt-6">
          <ul className="flex flex-wrap gap-1">
            {groups.map((g) => (
              <li key={g.letter}>
                <a
                  href={`#letter-${g.letter}`}
                  className="block min-w-9 rounded-md border border-line bg-surface px-2 py-1 text-center font-semibold no-underline hover:bg-accent-soft"
                >
                  {g.letter}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {groups.map((g) => (
          <section key={g.letter} aria-labelledby={`letter-${g.letter}`} className="mt-8">
            <h2 id={`letter-${g.letter}`} className="border-b border-line pb-1 text-2xl font-bold text-ink">
              {g.letter}
            </h2>
            <div className="mt-4 grid gap-3">
              {g.entries.map((t) => (
                <GlossaryEntryView key={t.id} locale={locale} entry={byId.get(t.id)!} copyButton={<CopyTermLink locale={locale} id={t.id} term={t.term} />} />
              ))}
            </div>
          </section>
        ))}
      </div>
      {/* Outside #glossary-full, so a search result's citation numbers still lead here. */}
      <GlossaryReferences locale={locale} sources={numberGlossarySources(glossaryPageOrder(glossary)).list} />
      <JsonLd data={glossaryJsonLd(glossary, locale)} />
    </PageFrame>
  )
}
