import type { FigureData } from '@/lib/content/figures'
import { FigureFrame, FigureRefs, type RefNumbers } from './FigureFrame'
import { dictionary, type Locale } from '@/lib/i18n'

function Marker({ x, y, n }: { x: number; y: number; n: number }) {
  return (
    <g>
      <circle cx={x} cy={y} r="11" fill="var(--ink)" />
      <text x={x} y={y + 4.5} textAnchor="middle" fontSize="13" fontWeight="700" fill="var(--page)">
        {n}
      </text>
    </g>
  )
}

/**
 * A labelled sketch of the leading hypothesis (numbered markers match the numbered steps, which
 * are the text alternative). Colours only repeat what the labels say.
 */
export function SynapseDiagram({ data, numbers, locale }: { data: FigureData<'synapse'>; numbers: RefNumbers; locale: Locale }) {
  const f = dictionary(locale).figures
  return (
    <FigureFrame name="synapse" title={data.title} caption={data.caption}>
      <div className="grid items-start gap-6 md:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <svg viewBox="0 0 400 330" className="w-full max-w-md text-ink" role="img" aria-labelledby="synapse-svg-title synapse-svg-desc" focusable="false">
          <title id="synapse-svg-title">{f.synapseTitle}</title>
          <desc id="synapse-svg-desc">{f.synapseDesc}</desc>
          {/* Brake cell (interneuron) with an NMDA receptor blocked by ketamine */}
          <circle cx="70" cy="75" r="50" fill="var(--accent-soft)" stroke="var(--accent)" strokeWidth="2.5" />
          <text x="70" y="70" textAnchor="middle" fontSize="14" fontWeight="600" fill="currentColor">
            {f.synapseLabels.brake[0]}
          </text>
          <text x="70" y="87" textAnchor="middle" fontSize="14" fontWeight="600" fill="currentColor">
            {f.synapseLabels.brake[1]}
          </text>
          <rect x="112" y="62" width="16" height="26" rx="3" fill="var(--surface)" stroke="currentColor" strokeWidth="2" />
          <path d="M120 60 l9 15 l-9 15 l-9 -15 z" fill="var(--warn)" stroke="currentColor" strokeWidth="1.5" />
          <text x="120" y="118" textAnchor="middle" fontSize="12" fill="currentColor">
            {f.synapseLabels.nmda}
          </text>
          <Marker x={140} y={48} n={1} />
          {/* Brake signal to the sending cell, eased */}
          <path d="M128 75 L176 75" stroke="currentColor" strokeWidth="2" strokeDasharray="5 4" />
          <text x="152" y="66" textAnchor="middle" fontSize="12" fill="currentColor">
            {f.synapseLabels.eased}
          </text>
          {/* Sending cell */}
          <rect x="180" y="20" width="200" height="95" rx="40" fill="var(--accent-soft)" stroke="var(--accent)" strokeWidth="2.5" />
          <text x="280" y="72" textAnchor="middle" fontSize="14" fontWeight="600" fill="currentColor">
            {f.synapseLabels.sending}
          </text>
          {/* Glutamate surge */}
          {[
            [230, 132],
            [252, 146],
            [274, 130],
            [296, 148],
            [318, 134],
            [240, 156],
            [286, 160],
          ].map(([cx, cy]) => (
            <circle key={`${cx}-${cy}`} cx={cx} cy={cy} r="5" fill="var(--accent)" />
          ))}
          <text x="392" y="162" textAnchor="end" fontSize="12" fill="currentColor">
            {f.synapseLabels.glutamate}
          </text>
          <Marker x={205} y={145} n={2} />
          {/* Receiving cell */}
          <rect x="150" y="180" width="240" height="140" rx="16" fill="var(--surface)" stroke="var(--accent)" strokeWidth="2.5" />
          <rect x="262" y="171" width="22" height="18" rx="3" fill="var(--accent)" stroke="currentColor" strokeWidth="1.5" />
          <text x="300" y="205" fontSize="12" fill="currentColor">
            AMPA
          </text>
          <Marker x={245} y={180} n={3} />
          <text x="270" y="228" textAnchor="middle" fontSize="13" fontWeight="600" fill="currentColor">
            {f.synapseLabels.receiving}
          </text>
          <rect x="162" y="250" width="92" height="30" rx="8" fill="var(--accent-soft)" stroke="currentColor" strokeWidth="1.5" />
          <text x="208" y="270" textAnchor="middle" fontSize="13" fill="currentColor">
            BDNF, mTOR
          </text>
          <Marker x={162} y={250} n={4} />
          <path d="M258 265 L282 265" stroke="currentColor" strokeWidth="2" markerEnd="url(#arrow)" />
          <rect x="286" y="250" width="96" height="30" rx="8" fill="var(--accent-soft)" stroke="currentColor" strokeWidth="1.5" />
          <text x="334" y="270" textAnchor="middle" fontSize="12" fill="currentColor">
            {f.synapseLabels.synapses}
          </text>
          <Marker x={382} y={250} n={5} />
          <defs>
            <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M0 0 L10 5 L0 10 z" fill="currentColor" />
            </marker>
          </defs>
        </svg>
        <ol className="grid gap-3">
          {data.steps.map((s, i) => (
            <li key={s.label} className="flex gap-3">
              <span
                aria-hidden="true"
                className="mt-0.5 inline-flex h-6 w-6 shrink-0 items-center justify-center rounded-full bg-ink text-sm font-bold text-page"
              >
                {i + 1}
              </span>
              <div>
                <p className="font-semibold text-ink">
                  <span className="sr-only">{f.step(i + 1)}</span>
                  {s.label}
                </p>
                <p className="text-[0.95rem]">
                  {s.text}
                  <FigureRefs ids={s.sources} numbers={numbers} locale={locale} />
                </p>
                <p className="text-sm text-muted">
                  {f.shownIn}
                  {f.evidence[s.evidence] ?? s.evidence}
                </p>
              </div>
            </li>
          ))}
        </ol>
      </div>
    </FigureFrame>
  )
}
