import { EVIDENCE_LEVELS } from '@/lib/mdx/vocabulary.mjs'
import { dictionary, type Locale } from '@/lib/i18n'

type Level = (typeof EVIDENCE_LEVELS)[number]

// The words of each level are in the dictionary (lib/i18n: evidence.<level>); the dots and colour only repeat them.
const EVIDENCE: Record<Level, { mark: string; tone: string }> = {
  'fda-approved': { mark: '●●●●', tone: 'text-accent' },
  'off-label-rct': { mark: '●●●○', tone: 'text-accent' },
  'early-research': { mark: '●●○○', tone: 'text-warn' },
  investigational: { mark: '●○○○', tone: 'text-warn' },
}

/** An evidence-strength label, on a line of its own above the text it rates (never a pill the sentence runs into): the words carry the meaning; the dots and colour only repeat it. */
export function Evidence({ level, locale }: { level: Level; locale: Locale }) {
  const e = EVIDENCE[level]
  const words = dictionary(locale).evidence
  if (!e) throw new Error(`<Evidence level="${level}"> is not valid. Expected one of: ${EVIDENCE_LEVELS.join(', ')}.`)
  return (
    <span className="evidence not-prose mb-2 flex w-fit max-w-full flex-wrap items-center gap-x-2 rounded-xl border-2 bg-surface px-3 py-1 text-sm">
      <span className="font-semibold text-ink">{words.prefix}</span>
      <span className={`font-bold ${e.tone}`}>{words[level].label}</span>
      <span aria-hidden="true" className={e.tone}>
        {e.mark}
      </span>
      <span className="text-muted">({words[level].detail})</span>
    </span>
  )
}
