import type { TocItem } from '@/lib/sections/toc'
import { dictionary, type Locale } from '@/lib/i18n'

/** A link in a side column (this table of contents, the quiet column of components/layout/SideColumn.tsx). */
export const SIDE_LINK = 'block rounded border-s-4 border-transparent py-1 pe-2 ps-3 text-ink no-underline hover:bg-accent-soft'
/** A side column's small heading. */
export const SIDE_HEADING = 'mb-2 px-3 text-sm font-bold [letter-spacing:0.025em] text-muted uppercase'

function TocList({ items }: { items: TocItem[] }) {
  return (
    <ol className="grid gap-1 text-[0.95rem]">
      {items.map((item) => (
        <li key={item.id}>
          <a
            href={`#${item.id}`}
            data-toc-link={item.id}
            className={`${SIDE_LINK} aria-[current=location]:border-accent aria-[current=location]:bg-accent-soft aria-[current=location]:font-semibold`}
          >
            {item.text}
          </a>
          {item.children.length > 0 ? (
            <div className="ms-3">
              <TocList items={item.children} />
            </div>
          ) : null}
        </li>
      ))}
    </ol>
  )
}

/** "On this page": collapsible at the top on phones, a sticky sidebar on wide screens. */
export function TableOfContents({ locale, items, variant }: { locale: Locale; items: TocItem[]; variant: 'mobile' | 'desktop' }) {
  const s = dictionary(locale).article
  if (variant === 'mobile') {
    return (
      <details className="toc my-6 rounded-xl border border-line bg-surface lg:hidden">
        <summary className="cursor-pointer px-4 py-3 font-semibold text-ink">{s.onThisPage}</summary>
        <nav aria-label={s.sectionsOnThisPage} className="px-2 pb-3">
          <TocList items={items} />
        </nav>
      </details>
    )
  }
  return (
    <nav aria-labelledby="toc-heading" className="toc sticky top-4 hidden max-h-[calc(100vh-2rem)] overflow-y-auto pb-8 lg:block">
      <h2 id="toc-heading" className={SIDE_HEADING}>
        {s.onThisPage}
      </h2>
      <TocList items={items} />
    </nav>
  )
}
