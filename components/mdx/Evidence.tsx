import { EVIDENCE_LEVELS } from '@/lib/mdx/vocabulary.mjs'

type Level = (typeof EVIDENCE_LEVELS)[number]

export const EVIDENCE: Record<Level, { label: string; detail: string; mark: string; tone: string }> = {
  'fda-approved': { label: 'FDA-approved', detail: 'reviewed and approved by the US FDA for this use', mark: '●●●●', tone: 'text-accent' },
  'off-label-rct': { label: 'Off-label, trials support it', detail: 'not approved for this use; several controlled trials support it', mark: '●●●○', tone: 'text-accent' },
  'early-research': { label: 'Early research', detail: 'small or mixed studies; not yet proven', mark: '●●○○', tone: 'text-warn' },
  investigational: { label: 'Investigational', detail: 'being tested in trials only', mark: '●○○○', tone: 'text-warn' },
}

/** An evidence-strength label: the words carry the meaning; the dots and colour only repeat it. */
export function Evidence({ level }: { level: Level }) {
  const e = EVIDENCE[level]
  if (!e) throw new Error(`<Evidence level="${level}"> is not valid. Expected one of: ${EVIDENCE_LEVELS.join(', ')}.`)
  return (
    <span className="evidence not-prose my-1 mr-1 inline-flex flex-wrap items-center gap-x-2 rounded-full border-2 bg-surface px-3 py-1 text-sm">
      <span className="font-semibold text-ink">Evidence:</span>
      <span className={`font-bold ${e.tone}`}>{e.label}</span>
      <span aria-hidden="true" className={e.tone}>
        {e.mark}
      </span>
      <span className="text-muted">({e.detail})</span>
    </span>
  )
}
