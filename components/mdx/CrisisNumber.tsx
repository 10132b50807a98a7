import { CRISIS_LINES, splitCrisisNumbers } from '@/lib/crisis.mjs'
import { t } from '@/lib/i18n/page-locale'
import { dictionary, type Locale } from '@/lib/i18n'

/**
 * A crisis number in the text: tap to call, and, where the line takes texts, a small "text" link
 * beside it. Produced by the content pipeline (remark-crisis-links) and the glossary; writers just
 * type the number.
 */
export function CrisisNumber({ number, locale }: { number: string; locale?: Locale }) {
  const line = CRISIS_LINES[number]
  if (!line) throw new Error(`<CrisisNumber number="${number}"> is not a known crisis line. Expected one of: ${Object.keys(CRISIS_LINES).join(', ')}.`)
  // Explicit in the layout (the footer), which renders apart from the page that sets the page locale.
  const s = (locale ? dictionary(locale) : t()).crisis
  return (
    <span className="crisis-number">
      <a href={line.call} className="crisis-call" aria-label={s.call(line.number, s.names[line.number] ?? line.name)}>
        {/* Non-breaking hyphens: a phone number never splits across lines. */}
        {line.number.replace(/-/g, '\u2011')}
      </a>
      {line.text ? (
        <>
          {' '}
          <a href={line.text} className="crisis-text" aria-label={s.text(line.number)}>
            {s.textWord}
          </a>
        </>
      ) : null}
    </span>
  )
}

/** Plain text with its crisis numbers turned into <CrisisNumber> links (glossary, captions). */
export function CrisisText({ text, locale }: { text: string; locale?: Locale }) {
  return <>{splitCrisisNumbers(text).map((part, i) => ('text' in part ? part.text : <CrisisNumber key={i} number={part.line.number} locale={locale} />))}</>
}
