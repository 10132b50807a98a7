import type { FigureData } from '@/lib/content/figures'
import type { Locale } from '@/lib/i18n'
import { FigureFrame, FigureRefs, type RefNumbers } from './FigureFrame'

/** One visit, step by step, IV and Spravato side by side (stacked on phones). */
export function TreatmentDay({ data, numbers, locale }: { data: FigureData<'treatment-day'>; numbers: RefNumbers; locale: Locale }) {
  return (
    <FigureFrame name="treatment-day" title={data.title} caption={data.caption}>
      <div className="grid gap-6 md:grid-cols-2">
        {data.columns.map((col) => (
          <section key={col.name} aria-label={col.name} className="rounded-lg border border-line p-4">
            <p className="font-semibold text-ink">{col.name}</p>
            <p className="text-sm text-muted">
              {col.status}
              <FigureRefs ids={col.sources} numbers={numbers} locale={locale} />
            </p>
            <ol className="mt-3">
              {col.steps.map((s, i) => (
                <li key={s.label} className="relative flex gap-3 pb-4 last:pb-0">
                  <svg viewBox="0 0 28 28" className="h-7 w-7 shrink-0 text-accent" aria-hidden="true" focusable="false">
                    <circle cx="14" cy="14" r="12" fill="var(--accent-soft)" stroke="currentColor" strokeWidth="2.5" />
                    <text x="14" y="19" textAnchor="middle" fontSize="13" fontWeight="700" fill="var(--ink)">
                      {i + 1}
                    </text>
                  </svg>
                  {i < col.steps.length - 1 ? <span aria-hidden="true" className="absolute top-8 bottom-1 left-[13px] w-0.5 bg-line" /> : null}
                  <div>
                    <p className="font-semibold text-ink">
                      {s.label}
                      {s.time ? <span className="ms-2 rounded bg-accent-soft px-1.5 text-sm font-semibold text-ink">{s.time}</span> : null}
                    </p>
                    <p className="text-[0.95rem]">
                      {s.text}
                      <FigureRefs ids={s.sources} numbers={numbers} locale={locale} />
                    </p>
                  </div>
                </li>
              ))}
            </ol>
          </section>
        ))}
      </div>
    </FigureFrame>
  )
}
