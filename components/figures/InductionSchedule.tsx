import type { FigureData } from '@/lib/content/figures'
import { FigureFrame, FigureRefs, type RefNumbers } from './FigureFrame'
import { dictionary, type Locale } from '@/lib/i18n'

function Dots({ count }: { count: number }) {
  return (
    <svg
      viewBox={`0 0 ${Math.max(1, count) * 14} 14`}
      width={Math.max(1, count) * 14}
      height={14}
      className="mx-auto text-accent"
      aria-hidden="true"
      focusable="false"
    >
      {Array.from({ length: count }, (_, i) => (
        <circle key={i} cx={7 + i * 14} cy="7" r="5.5" fill="currentColor" />
      ))}
    </svg>
  )
}

/** Sessions per week in the first weeks: a table whose cells show dots and say the number. */
export function InductionSchedule({ data, numbers, locale }: { data: FigureData<'induction-schedule'>; numbers: RefNumbers; locale: Locale }) {
  const f = dictionary(locale).figures
  const weeks = Array.from({ length: data.weeks }, (_, i) => i + 1)
  return (
    <FigureFrame name="induction-schedule" title={data.title} caption={data.caption}>
      <div className="relative overflow-x-auto" role="group" aria-label={f.sessionsGroup} tabIndex={0}>
        <table className="w-full min-w-[34rem] border-collapse text-center text-sm">
          <caption className="sr-only">{f.sessionsCaption(data.weeks)}</caption>
          <thead>
            <tr className="border-b-2 border-line">
              <th scope="col" className="px-2 py-2 text-start font-semibold text-ink">
                {f.scheduleHeader}
              </th>
              {weeks.map((w) => (
                <th key={w} scope="col" className="px-1 py-2 font-semibold text-ink">
                  <span className="sr-only">{f.week}</span>
                  <span aria-hidden="true">{f.weekShort}</span>
                  {w}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.schedules.map((s) => (
              <tr key={s.name} className="border-b border-line align-middle">
                <th scope="row" className="px-2 py-3 text-start font-semibold text-ink">
                  {s.name}
                  <FigureRefs ids={s.sources} numbers={numbers} locale={locale} />
                </th>
                {weeks.map((w) => {
                  const n = s.perWeek[w - 1] ?? 0
                  return (
                    <td key={w} className="px-1 py-3">
                      {n > 0 ? (
                        <Dots count={n} />
                      ) : (
                        <span aria-hidden="true" className="text-muted">
                          –
                        </span>
                      )}
                      <span className="block text-xs text-muted">{n > 0 ? `${n}×` : ''}</span>
                      <span className="sr-only">{f.sessions(n)}</span>
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="mt-3 grid gap-1 text-[0.95rem]">
        {data.schedules.map((s) => (
          <li key={s.name}>
            <strong className="text-ink">{s.name}:</strong> {s.after}
          </li>
        ))}
      </ul>
    </FigureFrame>
  )
}
