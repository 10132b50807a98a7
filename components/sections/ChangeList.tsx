import type { ChangeEntry } from '@/lib/changes'
import { CrisisText } from '@/components/mdx/CrisisNumber'
import { formatDate } from '@/lib/i18n'
import { getPageLocale, t } from '@/lib/i18n/page-locale'

/** "Correction, 2 December 2026: …" — the kind in words, the date, the plain line. */
export function ChangeLine({ entry }: { entry: ChangeEntry }) {
  const u = t().updates
  return (
    <>
      <strong>{u.kind[entry.kind]}</strong>, <time dateTime={entry.date}>{formatDate(entry.date, getPageLocale())}</time>: <CrisisText text={entry.summary} />
    </>
  )
}

/**
 * Changes, newest first, each with links to the sections it touched (or "the whole page").
 * `withArticle`: name the article too (on /updates). `ids`: give each item its anchor (/updates
 * only: a feed entry's id points there).
 */
export function ChangeList({ entries, withArticle = false, ids = false }: { entries: ChangeEntry[]; withArticle?: boolean; ids?: boolean }) {
  const u = t().updates
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
            <ChangeLine entry={e} />
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
