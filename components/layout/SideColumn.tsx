import { CrisisActions } from '@/components/mdx/CrisisActions'
import { dictionary, localePath, type Locale } from '@/lib/i18n'
import { getSections } from '@/lib/sections/sections'
import { SIDE_HEADING, SIDE_LINK } from './TableOfContents'

/**
 * The column beside the text on wide screens, for pages without a table of contents: help first
 * (not on the help page itself), then the site's tools. Quiet on purpose: small type, no boxes.
 */
export function QuietSide({ locale, current }: { locale: Locale; current?: string }) {
  const s = dictionary(locale).chrome.side
  return (
    <>
      {current !== 'help' ? (
        <section aria-labelledby="side-help" className="px-3">
          <h2 id="side-help" className="text-base font-bold text-ink">
            {s.help}
          </h2>
          <CrisisActions locale={locale} />
          <p className="mt-2 text-sm">
            <a href={localePath(locale, '/help')}>{s.helpAll}</a>
          </p>
        </section>
      ) : null}
      <h2 className={`${SIDE_HEADING} mt-6`}>{s.tools}</h2>
      <ul className="grid gap-1 text-[0.95rem]">
        {(
          [
            ['search', '/search', s.searchSite],
            ['glossary', '/glossary', s.glossary],
            ['handout', '/handout', s.handout],
          ] as const
        ).map(([key, path, label]) => (
          <li key={key}>
            <a
              href={localePath(locale, path)}
              aria-current={current === key ? 'page' : undefined}
              className={`${SIDE_LINK} aria-[current=page]:border-accent aria-[current=page]:font-semibold`}
            >
              {label}
            </a>
          </li>
        ))}
      </ul>
    </>
  )
}

/** Beside a section page: every section of its article, this one marked, as the article's table of contents is. */
export function ArticleSections({ locale, slug, id }: { locale: Locale; slug: string; id: string }) {
  const sections = getSections(locale).filter((x) => x.article.slug === slug)
  return (
    <nav aria-labelledby="side-sections">
      <h2 id="side-sections" className={SIDE_HEADING}>
        {dictionary(locale).chrome.side.sections}
      </h2>
      <ol className="grid gap-1 text-[0.95rem]">
        {sections.map((x) => (
          <li key={x.id}>
            <a
              href={x.path}
              aria-current={x.id === id ? 'page' : undefined}
              className={`${SIDE_LINK} aria-[current=page]:border-accent aria-[current=page]:bg-accent-soft aria-[current=page]:font-semibold`}
            >
              {x.title}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  )
}
