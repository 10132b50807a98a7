import type { ReactNode } from 'react'
import { CALLOUT_TYPES } from '@/lib/mdx/vocabulary.mjs'
import { calloutId } from '@/lib/mdx/headings.mjs'
import { dictionary, type Locale } from '@/lib/i18n'
import { CrisisActions } from './CrisisActions'
import { HeadingTools } from './Heading'

type CalloutType = (typeof CALLOUT_TYPES)[number]

// Severity is written in words inside the heading, never carried by colour alone, and the heading
// names the box for screen readers (nhsuk-frontend care cards: a labelled section whose heading
// reads "Urgent advice: …"). `crisis` is the calm box for thoughts of suicide, and ends with the
// ways to reach 988 ("Call 988", "Text 988"), so writers only write the sentences; `emergency` is
// kept for the true 911 list.
// The severity words themselves are in the dictionary (lib/i18n: callout.<type>).
const STYLES: Record<CalloutType, { className: string; icon: string }> = {
  note: { className: 'border-line bg-surface', icon: 'i' },
  warning: { className: 'border-warn bg-warn-soft', icon: '!' },
  crisis: { className: 'border-accent bg-accent-soft border-s-8', icon: '♥' },
  emergency: { className: 'border-danger bg-danger-soft border-s-8', icon: '!' },
  'call-today': { className: 'border-warn bg-warn-soft border-s-8', icon: '!' },
  'next-visit': { className: 'border-accent bg-accent-soft border-s-8', icon: 'i' },
}

/**
 * A boxed note. Its heading has a stable id, from the title unless the writer pins one with `id`
 * (remark-headings gives every callout in an article its id and refuses a clash), and the same
 * self-link and copy button as a section heading, so a clinician can share "#call-911-now-if".
 */
export function Callout({
  type,
  title,
  id: pinned,
  children,
  locale,
}: {
  type: CalloutType
  title?: string
  id?: string
  children: ReactNode
  locale: Locale
}) {
  const style = STYLES[type]
  if (!style) throw new Error(`<Callout type="${type}"> is not valid. Expected one of: ${CALLOUT_TYPES.join(', ')}.`)
  const id = pinned ?? calloutId({ title, type })
  const severity = dictionary(locale).callout[type]
  return (
    <section aria-labelledby={id} className={`callout callout-${type} my-6 rounded-xl border-2 px-5 py-4 ${style.className}`}>
      <div className="heading-wrap">
        <h3 id={id} className="not-prose my-0 text-ink">
          <span className="flex items-center gap-2 text-sm font-bold [letter-spacing:0.025em] uppercase">
            <span aria-hidden="true" className="inline-flex h-6 w-6 shrink-0 items-center justify-center rounded-full border-2 border-current text-xs">
              {style.icon}
            </span>
            {severity}
            {title ? <span className="sr-only">: </span> : null}
          </span>
          {title ? <span className="mt-1 block text-lg font-semibold">{title}</span> : null}
        </h3>
        <HeadingTools id={id} name={title ?? severity} locale={locale} />
      </div>
      <div className="mt-2 [&>:first-child]:mt-0 [&>:last-child]:mb-0">{children}</div>
      {type === 'crisis' ? <CrisisActions locale={locale} /> : null}
    </section>
  )
}
