// @ts-check
// Crisis phone numbers: one list that the content pipeline, the glossary, the footer and the help
// page share, so every place a number appears can be tapped to call. Writers type the plain number;
// nobody writes tel: by hand. Inside a sentence a number is one call link named by its own digits
// (WCAG 2.5.3 label in name: the sentence reads once, as written). The boxes that offer help (crisis
// callouts, the footer, the help and 404 pages) add separate, labelled actions: "Call 988" and
// "Text 988" (components/mdx/CrisisActions.tsx).

/**
 * @typedef {string} Locale
 * @typedef {{ number: string, call: string, text?: string, textIn?: Partial<Record<Locale, string>> }} CrisisLine
 * `text`: the line takes texts at this address. `textIn`: the text address in a language when it
 * differs from `text`.
 */

/** @type {Record<string, CrisisLine>} */
export const CRISIS_LINES = {
  // The 988 Suicide & Crisis Lifeline. Its Spanish-language service answers a text that starts
  // with the word AYUDA (source: lifeline988-expect in content/references.json). `?&body=`
  // prefills the message on iOS and Android.
  988: { number: '988', call: 'tel:988', text: 'sms:988', textIn: { es: 'sms:988?&body=AYUDA' } },
  // Emergency services (US).
  911: { number: '911', call: 'tel:911' },
  // Canada's 9-8-8 Suicide Crisis Helpline takes calls and texts on the same short number.
  '9-8-8': { number: '9-8-8', call: 'tel:988', text: 'sms:988' },
}

/**
 * The address of a line's text link in a language: `sms:988` in English, `sms:988?&body=AYUDA`
 * on Spanish pages.
 * @param {CrisisLine} line
 * @param {string} [locale]
 * @returns {string | undefined}
 */
export function textHref(line, locale) {
  if (!line.text) return undefined
  return (locale && line.textIn?.[/** @type {Locale} */ (locale)]) ?? line.text
}

/**
 * A number as it is shown: non-breaking hyphens (U+2011), so "9-8-8" never splits across lines.
 * @param {string} number
 */
export const unbroken = (number) => number.replace(/-/g, '\u2011')

/**
 * A crisis number standing on its own: not part of "988lifeline.org", a year or a longer number,
 * and not part of a service's name ("the 988 Suicide & Crisis Lifeline", "la Línea 988 de
 * Prevención…"), where a link would cut the name in two.
 */
const CRISIS_NUMBER = /(?<![\w.\-/])(?<![Ll][ií]nea\s+)(9-8-8|988|911)(?![\w\-/]|\.\w)(?!\s+(?:Suicide|Lifeline)\b)/g

/**
 * @typedef {{ text: string }} PlainPart
 * @typedef {{ line: CrisisLine }} NumberPart
 */

/**
 * Splits text into plain parts and crisis numbers.
 * @param {string} text
 * @returns {(PlainPart | NumberPart)[]}
 */
export function splitCrisisNumbers(text) {
  /** @type {(PlainPart | NumberPart)[]} */
  const parts = []
  let last = 0
  for (const match of text.matchAll(CRISIS_NUMBER)) {
    const index = match.index ?? 0
    const line = CRISIS_LINES[/** @type {string} */ (match[1])]
    if (!line) continue
    if (index > last) parts.push({ text: text.slice(last, index) })
    parts.push({ line })
    last = index + match[0].length
  }
  if (last < text.length) parts.push({ text: text.slice(last) })
  return parts
}
