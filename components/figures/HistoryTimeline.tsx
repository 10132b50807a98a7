import type { FigureData } from '@/lib/content/figures'
import type { Locale } from '@/lib/i18n'
import { FigureFrame, FigureRefs, type RefNumbers } from './FigureFrame'

/**
 * Key dates: an overview strip (SVG, wide screens) and the dated list, which is the figure's
 * text and works at any width, in print and without JavaScript.
 */
export function HistoryTimeline({
  data,
  numbers,
  locale,
  page = '',
}: {
  data: FigureData<'history-timeline'>
  numbers: RefNumbers
  locale: Locale
  page?: string
}) {
  const first = Math.floor(Math.min(...data.events.map((e) => e.year)) / 10) * 10
  const last = Math.ceil((Math.max(...data.events.map((e) => e.year)) + 1) / 10) * 10
  const x = (year: number) => 20 + ((year - first) / (last - first)) * 760
  const decades = Array.from({ length: (last - first) / 10 + 1 }, (_, i) => first + i * 10)
  const years = [...new Set(data.events.map((e) => e.year))]
  return (
    <FigureFrame name="history-timeline" title={data.title} caption={data.caption}>
      <svg viewBox="0 0 800 70" className="mb-4 hidden w-full text-accent sm:block" aria-hidden="true" focusable="false">
        <line x1="20" y1="30" x2="780" y2="30" stroke="currentColor" strokeWidth="2" />
        {decades.map((d) => (
          <g key={d}>
            <line x1={x(d)} y1="24" x2={x(d)} y2="36" stroke="currentColor" strokeWidth="1.5" />
            <text x={x(d)} y="58" textAnchor="middle" fontSize="13" fill="var(--muted)">
              {d}
            </text>
          </g>
        ))}
        {years.map((y) => (
          <circle key={y} cx={x(y)} cy="30" r="6" fill="var(--surface)" stroke="currentColor" strokeWidth="3" />
        ))}
      </svg>
      <ol className="relative ms-2 border-s-2 border-accent ps-5">
        {data.events.map((e, i) => (
          <li key={`${e.year}-${i}`} className="relative pb-4 last:pb-0">
            <svg viewBox="0 0 16 16" className="absolute top-1.5 -left-[1.95rem] h-4 w-4 text-accent" aria-hidden="true" focusable="false">
              <circle cx="8" cy="8" r="6" fill="var(--surface)" stroke="currentColor" strokeWidth="3" />
            </svg>
            <p>
              <span className="me-2 inline-block rounded bg-accent-soft px-1.5 font-bold text-ink [font-variant-numeric:tabular-nums]">{e.year}</span>
              <a href={`${page}#${e.section}`} className="font-semibold">
                {e.label}
              </a>
            </p>
            <p className="mt-0.5 text-[0.95rem]">
              {e.text}
              <FigureRefs ids={e.sources} numbers={numbers} locale={locale} />
            </p>
          </li>
        ))}
      </ol>
    </FigureFrame>
  )
}
