import { CRISIS_LINES, TEXT_LINK_STYLE, splitCrisisNumbers, textHref } from '@/lib/crisis.mjs'
import { getPageLocale } from '@/lib/i18n/page-locale'
import { dictionary, type Locale } from '@/lib/i18n'

/**
 * A crisis number in the text: tap to call, and, where the line takes texts, a text link that
 * reads right in the sentence (lib/crisis.mjs, TEXT_LINK_STYLE). In English a small "text" link
 * follows the number. In Spanish the sentence's own words for texting become the link
 * (`texting`, with `joiner` between them and the number: "envíe un [mensaje de texto] al [988]"),
 * and 988's link opens a message that starts with AYUDA, for its Spanish-language service.
 * Produced by the content pipeline (remark-crisis-links) and the glossary; writers just type the
 * number.
 */
export function CrisisNumber({ number, locale, texting, joiner = ' ' }: { number: string; locale?: Locale; texting?: string; joiner?: string }) {
  const line = CRISIS_LINES[number]
  if (!line) throw new Error(`<CrisisNumber number="${number}"> is not a known crisis line. Expected one of: ${Object.keys(CRISIS_LINES).join(', ')}.`)
  // Explicit in the layout (the footer), which renders apart from the page that sets the page locale.
  const lang = locale ?? getPageLocale()
  const s = dictionary(lang).crisis
  const sms = textHref(line, lang)
  const call = (
    <a href={line.call} className="crisis-call" aria-label={s.call(line.number, s.names[line.number] ?? line.name)}>
      {/* Non-breaking hyphens: a phone number never splits across lines. */}
      {line.number.replace(/-/g, '\u2011')}
    </a>
  )
  if (texting) {
    return (
      <>
        {sms ? (
          <a href={sms} className="crisis-text-words" aria-label={s.text(line.number)}>
            {texting}
          </a>
        ) : (
          texting
        )}
        {joiner}
        <span className="crisis-number">{call}</span>
      </>
    )
  }
  return (
    <span className="crisis-number">
      {call}
      {sms && TEXT_LINK_STYLE[lang].besideNumber ? (
        <>
          {' '}
          <a href={sms} className="crisis-text" aria-label={s.text(line.number)}>
            {s.textWord}
          </a>
        </>
      ) : null}
    </span>
  )
}

/** Plain text with its crisis numbers turned into <CrisisNumber> links (glossary, captions). */
export function CrisisText({ text, locale }: { text: string; locale?: Locale }) {
  return (
    <>
      {splitCrisisNumbers(text).map((part, i) =>
        'text' in part ? (
          part.text
        ) : (
          <CrisisNumber key={i} number={part.line.number} locale={locale} texting={part.texting?.words} joiner={part.texting?.joiner} />
        ),
      )}
    </>
  )
}
