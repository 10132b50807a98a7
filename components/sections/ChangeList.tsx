import type { ChangeEntry } from '@/lib/changes/changes'
import { CrisisText } from '@/components/mdx/CrisisNumber'
import { dictionary, formatDate, type Locale } from '@/lib/i18n'

/** "Correction, 2 December 2026: …" — the kind in words, the date, the plain line. */
export function ChangeLine({ locale, entry }: { locale: Locale; entry: ChangeEntry }) {
  const u = dictionary(locale).updates
  return (
    <>
      <strong>{u.kind[entry.kind]}</strong>, <time dateTime={entry.date}>{formatDate(entry.date, locale)}</time>: <CrisisText text={entry.summary} />
    </>
  )
}

/**
 * Changes, newest first, each with links to the sections it touched (or "the whole page").
 * `withArticle`: name the article too (on /updates). `ids`: give each item its anchor (/updates
 * only: a feed entry's id points there).
 */
export function ChangeList({
  locale,
  entries,
  withArticle = false,
  ids = false,
}: {
  locale: Locale
  entries: ChangeEntry[]
  withArticle?: boolean
  ids?: boolean
}) {
  const u = dictionary(locale).updates
  return (
    <ol className="mt-2 grid gap-3">
      {entries.map((e) => (
        <li key={e.anchor} id={ids ? e.anchor : undefined}>
          {withArticle ? (
            <p className="font-semibold">
              <a href={e.articlePath}>{e.articleTitle}</a>
            </p>
          ) : null}
          <p>
            <ChangeLine locale={locale} entry={e} />
          </p>
          <p className="text-muted">
            {u.sectionsLabel}{' '}
            {e.sections.length ? (
              e.sections.map((x, i) => (
                <span key={x.id}>
                  {i > 0 ? ', ' : ''}
                  <a href={x.path}>{x.title}</a>
                </span>
              ))
            ) : (
              <a href={e.articlePath}>{u.wholePage}</a>
            )}
          </p>
        </li>
      ))}
    </ol>
  )
}
