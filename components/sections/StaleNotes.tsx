import { Rich } from '@/components/i18n/Rich'
import type { ArticleMeta } from '@/lib/content'
import { DEFAULT_LOCALE, dictionary, formatDate, type Locale } from '@/lib/i18n'
import { INTRO, staleSections } from '@/lib/content/freshness'

/**
 * On a translated page: a short note at each section whose English has changed since the
 * translation was written, linking to the English section. The article island never needs to
 * move it: it is rendered into the section itself by the section's id (see StaleNote).
 */
export function StaleNotes({ locale, article }: { locale: Locale; article: ArticleMeta }) {
  if (locale === DEFAULT_LOCALE) return null
  // Sections get their note under their own heading (components/mdx/Heading.tsx); the opening here.
  const stale = staleSections(article, locale).filter((s) => s.id === INTRO)
  if (stale.length === 0) return null
  return (
    <div className="stale-notes">
      {stale.map((s) => (
        <StaleNote key={s.id} id={s.id} english={s.english} date={s.updated} locale={locale} />
      ))}
    </div>
  )
}

/** One note; `english` is the English page's path with the section's anchor. */
export function StaleNote({ id, english, date, locale }: { id: string; english: string; date: string; locale: Locale }) {
  const text = dictionary(locale).article.staleTranslation
  return (
    <p className="stale-note not-prose my-4 rounded-lg border-2 border-warn bg-warn-soft px-4 py-3 text-[0.95rem]" data-stale-section={id}>
      {/* locale="en": the link goes to the English section, not this page's language. */}
      <Rich text={text} vars={{ date: formatDate(date, locale), href: english }} locale="en" />
    </p>
  )
}
