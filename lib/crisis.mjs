// @ts-check
// Crisis phone numbers: one list that the content pipeline, the glossary, the footer and the help
// page share, so every place a number appears can be tapped to call (and to text, where the line
// takes texts). Writers type the plain number; nobody writes tel: by hand.

/**
 * @typedef {'en' | 'es'} Locale
 * @typedef {{ number: string, call: string, text?: string, textIn?: Partial<Record<Locale, string>>, name: string }} CrisisLine
 * `textIn`: the text link in a language when it differs from `text`.
 */

/** @type {Record<string, CrisisLine>} */
export const CRISIS_LINES = {
  // 988's Spanish-language service answers a text that starts with the word AYUDA (source:
  // lifeline988-expect in content/references.json). `?&body=` prefills the message on iOS and Android.
  988: { number: '988', call: 'tel:988', text: 'sms:988', textIn: { es: 'sms:988?&body=AYUDA' }, name: '988 Suicide & Crisis Lifeline' },
  911: { number: '911', call: 'tel:911', name: 'emergency services' },
  // Canada's 9-8-8 takes calls and texts on the same short number.
  '9-8-8': { number: '9-8-8', call: 'tel:988', text: 'sms:988', name: '9-8-8 Suicide Crisis Helpline (Canada)' },
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
 * How each language offers the text link, so it reads right inside the sentence. English puts a
 * small "text" link after the number ("call or text 988 [text]"). Spanish says "texting" before
 * the number ("envíe un mensaje de texto al 988"): those words become the text link, and the
 * number stays the call link; a word after the number would break the sentence («…al 988
 * texto.»), so a Spanish number with no such words is a call link only ("llame al 988 y oprima
 * el 2").
 * @type {Record<Locale, { besideNumber: boolean }>}
 */
export const TEXT_LINK_STYLE = { en: { besideNumber: true }, es: { besideNumber: false } }

/** The words just before a number that say to text it: "(un) mensaje de texto al", "texto al". */
const TEXTING_WORDS = /(mensajes?\s+de\s+texto|texto)(\s+al\s+)$/iu

/** A crisis number standing on its own (not part of "988lifeline.org", a year or a longer number). */
const CRISIS_NUMBER = /(?<![\w.\-/])(9-8-8|988|911)(?![\w\-/]|\.\w)/g

/**
 * @typedef {{ text: string }} PlainPart
 * @typedef {{ line: CrisisLine, texting?: { words: string, joiner: string } }} NumberPart
 * `texting`: the words before the number that say to text it, taken out of the text before it
 * ("mensaje de texto"), and what joins them to the number (" al ").
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
    let before = text.slice(last, index)
    /** @type {NumberPart['texting']} */
    let texting
    const words = line?.text ? TEXTING_WORDS.exec(before) : null
    if (words) {
      before = before.slice(0, words.index)
      texting = { words: /** @type {string} */ (words[1]), joiner: /** @type {string} */ (words[2]) }
    }
    if (before) parts.push({ text: before })
    if (line) parts.push(texting ? { line, texting } : { line })
    last = index + match[0].length
  }
  if (last < text.length) parts.push({ text: text.slice(last) })
  return parts
}
