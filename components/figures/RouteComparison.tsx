import type { FigureData } from '@/lib/content/figures'
import { FigureFrame, FigureRefs, type RefNumbers } from './FigureFrame'
import { dictionary, type Locale } from '@/lib/i18n'

/** Share of a dose reaching the blood, as bars with the number in words, then the full table. */
export function RouteComparison({ data, numbers, locale }: { data: FigureData<'route-comparison'>; numbers: RefNumbers; locale: Locale }) {
  const f = dictionary(locale).figures
  return (
    <FigureFrame name="route-comparison" title={data.title} caption={data.caption}>
      <p className="mb-2 text-sm font-semibold text-ink">{f.routeShare}</p>
      <ul className="grid gap-3">
        {data.routes.map((r) => (
          <li key={r.name}>
            <p className="text-[0.95rem] text-ink">
              {r.name}:{' '}
              <strong>
                {r.bioavailability.text}
                <FigureRefs ids={r.bioavailability.sources} numbers={numbers} locale={locale} />
              </strong>
            </p>
            <svg viewBox="0 0 100 6" preserveAspectRatio="none" className="mt-1 h-4 w-full text-accent" aria-hidden="true" focusable="false">
              <rect x="0" y="0" width="100" height="6" fill="var(--accent-soft)" />
              {r.bioavailability.percent !== undefined ? (
                <rect x="0" y="0" width={r.bioavailability.percent} height="6" fill="currentColor" />
              ) : (
                <rect
                  x="0.25"
                  y="0.25"
                  width="99.5"
                  height="5.5"
                  fill="none"
                  stroke="var(--muted)"
                  strokeWidth="0.5"
                  strokeDasharray="2 1.5"
                  vectorEffect="non-scaling-stroke"
                />
              )}
            </svg>
          </li>
        ))}
      </ul>
      <div className="relative mt-6 overflow-x-auto" role="group" aria-label={f.routeGroup} tabIndex={0}>
        <table className="w-full min-w-[40rem] border-collapse text-start text-sm">
          <caption className="sr-only">{data.title}: all values</caption>
          <thead>
            <tr className="border-b-2 border-line">
              {f.routeHeaders.map((h) => (
                <th key={h} scope="col" className="px-2 py-2 align-bottom font-semibold text-ink">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.routes.map((r) => (
              <tr key={r.name} className="border-b border-line align-top">
                <th scope="row" className="px-2 py-2 font-semibold text-ink">
                  {r.name}
                </th>
                {[r.status, r.bioavailability, r.onset, r.setting, r.monitoring].map((c, i) => (
                  <td key={i} className="px-2 py-2">
                    {c.text}
                    <FigureRefs ids={c.sources} numbers={numbers} locale={locale} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </FigureFrame>
  )
}
