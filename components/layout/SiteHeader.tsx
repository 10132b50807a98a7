import { getArticles } from '@/lib/content'
import { SITE_NAME } from '@/lib/site'

/** Site name and the six articles. Plain links: prefetching is off to keep requests down. */
export function SiteHeader({ current }: { current?: string }) {
  const articles = getArticles()
  return (
    <header className="border-b border-line bg-surface">
      <div className="mx-auto max-w-6xl px-4 py-3 sm:px-6">
        <a href="/" className="inline-flex items-center gap-2 text-lg font-bold text-ink no-underline">
          <svg aria-hidden="true" viewBox="0 0 32 32" className="h-7 w-7">
            <rect width="32" height="32" rx="7" fill="var(--accent)" />
            <path d="M9 8v16M9 16l9-8M12.5 13l6.5 11" stroke="var(--accent-ink)" strokeWidth="3" strokeLinecap="round" fill="none" />
          </svg>
          {SITE_NAME}
        </a>
        <nav aria-label="Articles" className="mt-2">
          <ul className="-mx-2 flex flex-wrap gap-x-1 gap-y-1 text-[0.95rem]">
            {articles.map((a) => (
              <li key={a.slug}>
                <a
                  href={`/articles/${a.slug}`}
                  aria-current={current === a.slug ? 'page' : undefined}
                  className="block rounded-md px-2 py-1.5 text-ink no-underline hover:bg-accent-soft aria-[current=page]:bg-accent-soft aria-[current=page]:font-semibold"
                >
                  {a.navTitle}
                </a>
              </li>
            ))}
            <li>
              <a
                href="/glossary"
                aria-current={current === 'glossary' ? 'page' : undefined}
                className="block rounded-md px-2 py-1.5 text-ink no-underline hover:bg-accent-soft aria-[current=page]:bg-accent-soft aria-[current=page]:font-semibold"
              >
                Glossary
              </a>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  )
}
