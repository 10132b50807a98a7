import type { ReactNode } from 'react'
import type { FigureData, HELP_ICONS, HELP_LEVELS } from '@/lib/content/figures'
import { CrisisText } from '@/components/mdx/CrisisNumber'
import { FigureFrame, TextWithRefs, type RefNumbers } from './FigureFrame'
import { dictionary, type Locale } from '@/lib/i18n'

type Level = (typeof HELP_LEVELS)[number]
type Icon = (typeof HELP_ICONS)[number]

// Line drawings on a 24-unit grid, stroked in currentColor (the text colour: ink on screen, black on
// paper, the forced text colour in high contrast). Decorative: the words beside them say it all.
const ICONS: Record<Icon, ReactNode> = {
  breathing: (
    <>
      <path d="M12 3v8m0 0-3 2.5m3-2.5 3 2.5" />
      <path d="M9 7.5C6 8.3 4 12 4 17c0 2 1 3 2.5 3S9 19 9 17z" />
      <path d="M15 7.5c3 .8 5 4.5 5 9.5 0 2-1 3-2.5 3S15 19 15 17z" />
    </>
  ),
  'chest-pain': (
    <>
      <path d="M12 20.5S3.5 15.5 3.5 9.5A4.5 4.5 0 0 1 12 7.3a4.5 4.5 0 0 1 8.5 2.2c0 6-8.5 11-8.5 11z" />
      <path d="M6.5 12h3l1.5-2.5 2 5 1.5-2.5h3" />
    </>
  ),
  headache: (
    <>
      <circle cx="12" cy="14" r="7" />
      <path d="M12 1.5v3M5 3.5l1.8 2.4M19 3.5l-1.8 2.4" />
      <path d="M13 10l-2.5 4h3L11 18" />
    </>
  ),
  vision: (
    <>
      <path d="M2 12s3.6-6.5 10-6.5S22 12 22 12s-3.6 6.5-10 6.5S2 12 2 12z" />
      <circle cx="12" cy="12" r="3" />
    </>
  ),
  face: (
    <>
      <circle cx="12" cy="12" r="9.5" />
      <path d="M8 9.5h1.5M14.5 10.5h1.5" />
      <path d="M7.5 15.5c1.5-1 3.5-1 5 0s2.8 1.8 4 2.5" />
    </>
  ),
  arm: (
    <>
      <circle cx="12" cy="4" r="2.2" />
      <path d="M12 6.5v8.5m0 0-3 6.5m3-6.5 3 6.5" />
      <path d="M12 9 6 6.5" />
      <path d="M12 9l4 4.5.5 3.5" />
    </>
  ),
  speech: (
    <>
      <path d="M3.5 4.5h17v11H10l-4.5 4v-4h-2z" />
      <path d="M7 10c1-1.5 2 1.5 3 0s2 1.5 3 0 2 1.5 3 0" />
    </>
  ),
}

// Each card's own drawing: a siren (emergency), a phone (call today), a calendar (next visit).
const LEVEL_ICONS: Record<Level, ReactNode> = {
  emergency: (
    <>
      <path d="M6.5 18v-5.5a5.5 5.5 0 0 1 11 0V18" />
      <path d="M4.5 18h15v3h-15zM12 1.5v2.5M4 5l1.8 1.8M20 5l-1.8 1.8M12 10.5v4" />
    </>
  ),
  'call-today': <path d="M6 3h3l2 5-2.5 1.5a11 11 0 0 0 6 6L16 13l5 2v3.5a2 2 0 0 1-2 2A17 17 0 0 1 3.5 5a2 2 0 0 1 2-2z" />,
  'next-visit': (
    <>
      <rect x="3" y="5" width="18" height="16" rx="2" />
      <path d="M3 10h18M8 3v4M16 3v4M7.5 14h3v3h-3z" />
    </>
  ),
}

// Severity is in the words (the level word and the title); colour and border width only repeat it.
const CARD: Record<Level, string> = {
  emergency: 'border-danger bg-danger-soft border-s-8',
  'call-today': 'border-warn bg-warn-soft border-s-8',
  'next-visit': 'border-accent bg-accent-soft border-s-4',
}

function Drawing({ children, className }: { children: ReactNode; className: string }) {
  return (
    <svg
      viewBox="0 0 24 24"
      className={`shrink-0 text-ink ${className}`}
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  )
}

/**
 * When to get help, at a glance: three cards from most to least urgent (the safety page's
 * emergency, call-today and next-visit lists, shortened), each sign with a small drawing where one
 * helps. All text, so it needs no text alternative; a crisis number is a call link.
 */
export function GetHelp({ data, numbers, locale }: { data: FigureData<'get-help'>; numbers: RefNumbers; locale: Locale }) {
  const f = dictionary(locale).figures
  return (
    <FigureFrame name="get-help" title={data.title} caption={data.caption}>
      <div className="grid gap-4 sm:grid-cols-3">
        {data.levels.map((l) => (
          // Named in plain words: a name taken from the title would repeat its call link's own label.
          <section key={l.level} aria-label={`${f.helpLevel[l.level]}: ${l.title}`} className={`rounded-lg border-2 p-4 ${CARD[l.level]}`}>
            <p className="flex items-center gap-3 text-ink">
              <Drawing className="h-7 w-7">{LEVEL_ICONS[l.level]}</Drawing>
              <span>
                <span className="block text-sm font-bold [letter-spacing:0.025em] uppercase">
                  {f.helpLevel[l.level]}
                  <span className="sr-only">: </span>
                </span>
                <span className="block text-lg leading-snug font-semibold">
                  <CrisisText text={l.title} />
                </span>
              </span>
            </p>
            <ul className="mt-3 grid gap-2 text-[0.95rem] text-ink">
              {l.items.map((item) => (
                <li key={item.text} className="flex items-start gap-2">
                  {item.icon ? (
                    <Drawing className="mt-0.5 h-6 w-6">{ICONS[item.icon]}</Drawing>
                  ) : (
                    // A dot drawn, not a background: it prints.
                    <Drawing className="mt-0.5 h-6 w-6">
                      <circle cx="12" cy="12" r="2.5" fill="currentColor" />
                    </Drawing>
                  )}
                  <span>
                    <TextWithRefs text={item.text} ids={item.sources} numbers={numbers} locale={locale} />
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      {data.crisis ? (
        <p className="mt-4 rounded-lg border-2 border-accent p-3 text-[0.95rem] text-ink">
          <TextWithRefs text={data.crisis.text} ids={data.crisis.sources} numbers={numbers} locale={locale} render={(words) => <CrisisText text={words} />} />
        </p>
      ) : null}
    </FigureFrame>
  )
}
