import type { ReactNode } from 'react'
import { HeadingTools } from './Heading'
import { dictionary, type Locale } from '@/lib/i18n'

/**
 * A main message: what the reader most needs to know or do, in one to three sentences. The
 * article's (frontmatter `mainMessage`, put first by remark-main-message) sits above the key
 * points; a section page's (frontmatter `sectionMessages`, or its opening paragraph, put first by
 * remark-section) above the section's text.
 */
export function MainMessage({ children }: { children: ReactNode }) {
  return <div className="main-message mt-4 mb-2 border-s-4 border-accent ps-4 text-lg leading-snug font-semibold text-ink [&_p]:my-0">{children}</div>
}

/** The "Key points" box that opens every article. */
export function KeyPoints({ children, locale }: { children: ReactNode; locale: Locale }) {
  const s = dictionary(locale).article
  return (
    <section aria-labelledby="key-points" className="key-points my-6 rounded-xl border border-line bg-accent-soft px-5 py-4">
      <div className="heading-wrap">
        <h2 id="key-points" className="not-prose mt-0 mb-0 text-lg font-semibold text-ink">
          {s.keyPoints}
        </h2>
        <HeadingTools id="key-points" name={s.keyPoints} locale={locale} />
      </div>
      <div className="mt-2 [&_li]:my-1.5 [&_ul]:my-0">{children}</div>
    </section>
  )
}

/** The "Questions to ask your care team" box. */
export function QuestionsToAsk({ children, locale }: { children: ReactNode; locale: Locale }) {
  const s = dictionary(locale).article
  return (
    <section aria-labelledby="questions-to-ask" className="my-8 rounded-xl border border-line bg-surface px-5 py-4">
      <div className="heading-wrap">
        <h2 id="questions-to-ask" className="not-prose mt-0 mb-0 text-lg font-semibold text-ink">
          {s.questions}
        </h2>
        <HeadingTools id="questions-to-ask" name={s.questions} locale={locale} />
      </div>
      <div className="mt-2 [&_li]:my-1.5 [&_ul]:my-0">{children}</div>
    </section>
  )
}
