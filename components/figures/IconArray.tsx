import type { FigureData } from '@/lib/content/figures'
import { FigureFrame, TextWithRefs, type RefNumbers } from './FigureFrame'
import { dictionary, type Locale } from '@/lib/i18n'

type Kind = 'low' | 'range' | 'none'

// One person drawn once (a <symbol>) and placed 100 times with <use>. Fill and stroke come from
// each <use>, so one shape serves all three kinds; colours are currentColor (a class on the group),
// so forced colours and print (black) keep them, and the kinds differ by fill, never by hue alone.
const CELL = { w: 22, h: 26 }
const DRAW: Record<Kind, { className: string; fill: (stripes: string) => string; strokeWidth: number }> = {
  low: { className: 'text-accent', fill: () => 'currentColor', strokeWidth: 1.5 },
  range: { className: 'text-accent', fill: (stripes) => `url(#${stripes})`, strokeWidth: 1.5 },
  none: { className: 'text-muted', fill: () => 'none', strokeWidth: 1.2 },
}

/** The shared shapes of one figure (ids prefixed by its name, so two icon arrays on a page never clash). */
function Defs({ person, stripes }: { person: string; stripes: string }) {
  return (
    // Zero-size rather than display:none: Chromium does not paint patterns defined in a hidden SVG.
    <svg width="0" height="0" className="absolute text-accent" aria-hidden="true" focusable="false">
      <defs>
        <symbol id={person} viewBox="0 0 20 24">
          <circle cx="10" cy="5.5" r="4.25" />
          <path d="M2.75 23v-6.25a7.25 7.25 0 0 1 14.5 0V23z" />
        </symbol>
        {/* Stripes take the colour of this <svg> (pattern content inherits from where it is defined). */}
        <pattern id={stripes} width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect x="0" y="0" width="1.6" height="4" fill="currentColor" />
        </pattern>
      </defs>
    </svg>
  )
}

function Person({ kind, x, y, person, stripes, size = 20 }: { kind: Kind; x: number; y: number; person: string; stripes: string; size?: number }) {
  const d = DRAW[kind]
  return <use href={`#${person}`} x={x} y={y} width={size} height={(size * 24) / 20} fill={d.fill(stripes)} stroke="currentColor" strokeWidth={d.strokeWidth} />
}

/** 100 people in rows of 10: `low` solid, up to `high` striped, the rest outlined. One labelled image. */
function Array100({ low, high, label, person, stripes }: { low: number; high: number; label: string; person: string; stripes: string }) {
  const kinds: Kind[] = ['low', 'range', 'none']
  const kindOf = (i: number): Kind => (i < low ? 'low' : i < high ? 'range' : 'none')
  return (
    <svg viewBox={`0 0 ${CELL.w * 10} ${CELL.h * 10}`} className="mx-auto w-full max-w-md" role="img" aria-label={label} focusable="false">
      {kinds.map((kind) => (
        <g key={kind} className={DRAW[kind].className}>
          {Array.from({ length: 100 }, (_, i) => i)
            .filter((i) => kindOf(i) === kind)
            .map((i) => (
              <Person key={i} kind={kind} x={(i % 10) * CELL.w + 1} y={Math.floor(i / 10) * CELL.h + 1} person={person} stripes={stripes} />
            ))}
        </g>
      ))}
    </svg>
  )
}

function Swatch({ kind, person, stripes }: { kind: Kind; person: string; stripes: string }) {
  return (
    <svg viewBox="0 0 22 26" className={`h-7 w-6 shrink-0 ${DRAW[kind].className}`} aria-hidden="true" focusable="false">
      <Person kind={kind} x={1} y={1} person={person} stripes={stripes} />
    </svg>
  )
}

/**
 * An icon array: for each group, a picture of 100 people with the low end of the trials' range
 * solid and the rest of the range striped (a range drawn as a range), its numbers in words under
 * it, and a key. The picture is one image to a screen reader, labelled with the numbers in words.
 * Used by bp-rise and sedation (the same schema).
 */
export function IconArray({ name, data, numbers, locale }: { name: 'bp-rise' | 'sedation'; data: FigureData<'bp-rise'>; numbers: RefNumbers; locale: Locale }) {
  const f = dictionary(locale).figures
  const person = `fig-${name}-person`
  const stripes = `fig-${name}-stripes`
  const kinds: Kind[] = ['low', ...(data.groups.some((g) => g.high > g.low) ? (['range'] as const) : []), 'none']
  // One picture: the key and the notes stand beside it on wider screens. Two: side by side, the key under both.
  const single = data.groups.length === 1
  const key = (
    <div className={single ? '' : 'mt-6 border-t border-line pt-4'}>
      <p className="text-sm font-semibold text-ink">{f.iconKey}</p>
      <ul className={`mt-1 grid gap-1 text-sm text-ink ${single ? '' : 'sm:grid-cols-3'}`}>
        {kinds.map((kind) => (
          <li key={kind} className="flex items-center gap-2">
            <Swatch kind={kind} person={person} stripes={stripes} />
            {f.iconLegend[kind]}
          </li>
        ))}
      </ul>
      {data.notes.length ? (
        <ul className="mt-3 grid gap-1 text-[0.95rem]">
          {data.notes.map((n) => (
            <li key={n.text}>
              <TextWithRefs text={n.text} ids={n.sources} numbers={numbers} locale={locale} />
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
  return (
    <FigureFrame name={name} title={data.title} caption={data.caption}>
      <Defs person={person} stripes={stripes} />
      <div className={`grid gap-6 sm:grid-cols-2 ${single ? 'items-center' : 'items-start'}`}>
        {data.groups.map((g) => (
          <div key={g.name} className="text-center">
            <p className="mb-2 font-semibold text-ink">{g.name}</p>
            <Array100 low={g.low} high={g.high} label={f.iconArray(g.name, g.low, g.high, data.outcome)} person={person} stripes={stripes} />
            <p className="mt-2 text-[0.95rem] text-ink">
              <TextWithRefs text={g.words} ids={g.sources} numbers={numbers} locale={locale} />
            </p>
          </div>
        ))}
        {single ? key : null}
      </div>
      {single ? null : key}
    </FigureFrame>
  )
}
