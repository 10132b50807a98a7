import type { ReactNode } from 'react'
import { CALLOUT_TYPES } from '@/lib/mdx/vocabulary.mjs'

type CalloutType = (typeof CALLOUT_TYPES)[number]

// Severity is written in words (hidden for sighted readers only where the title already says it),
// never carried by colour alone (nhsuk-frontend care cards).
const STYLES: Record<CalloutType, { label: string; className: string; icon: string }> = {
  note: { label: 'Note', className: 'border-line bg-surface', icon: 'i' },
  warning: { label: 'Warning', className: 'border-warn bg-warn-soft', icon: '!' },
  emergency: { label: 'Emergency: call 911 now', className: 'border-danger bg-danger-soft border-l-8', icon: '!' },
  'call-today': { label: 'Urgent: call your care team today', className: 'border-warn bg-warn-soft border-l-8', icon: '!' },
  'next-visit': { label: 'Not urgent: mention it at your next visit', className: 'border-accent bg-accent-soft border-l-8', icon: 'i' },
}

export function Callout({ type, title, children }: { type: CalloutType; title?: string; children: ReactNode }) {
  const style = STYLES[type]
  if (!style) throw new Error(`<Callout type="${type}"> is not valid. Expected one of: ${CALLOUT_TYPES.join(', ')}.`)
  return (
    <div role="note" className={`callout my-6 rounded-xl border-2 px-5 py-4 ${style.className}`} aria-label={title ?? style.label}>
      <p className="my-0 flex items-center gap-2 text-sm font-bold tracking-wide text-ink uppercase">
        <span aria-hidden="true" className="inline-flex h-6 w-6 items-center justify-center rounded-full border-2 border-current text-xs">
          {style.icon}
        </span>
        {style.label}
      </p>
      {title ? <p className="mt-1 mb-0 text-lg font-semibold text-ink">{title}</p> : null}
      <div className="mt-2 [&>:first-child]:mt-0 [&>:last-child]:mb-0">{children}</div>
    </div>
  )
}
