// @ts-check
// Crisis phone numbers: one list that the content pipeline, the glossary, the footer and the help
// page share, so every place a number appears can be tapped to call (and to text, where the line
// takes texts). Writers type the plain number; nobody writes tel: by hand.

/**
 * @typedef {{ number: string, call: string, text?: string, name: string }} CrisisLine
 */

/** @type {Record<string, CrisisLine>} */
export const CRISIS_LINES = {
  988: { number: '988', call: 'tel:988', text: 'sms:988', name: '988 Suicide & Crisis Lifeline' },
  911: { number: '911', call: 'tel:911', name: 'emergency services' },
  // Canada's 9-8-8 takes calls and texts on the same short number.
  '9-8-8': { number: '9-8-8', call: 'tel:988', text: 'sms:988', name: '9-8-8 Suicide Crisis Helpline (Canada)' },
}

/** A crisis number standing on its own (not part of "988lifeline.org", a year or a longer number). */
const CRISIS_NUMBER = /(?<![\w.\-/])(9-8-8|988|911)(?![\w\-/]|\.\w)/g

/**
 * Splits text into plain parts and crisis numbers.
 * @param {string} text
 * @returns {({ text: string } | { line: CrisisLine })[]}
 */
export function splitCrisisNumbers(text) {
  /** @type {({ text: string } | { line: CrisisLine })[]} */
  const parts = []
  let last = 0
  for (const match of text.matchAll(CRISIS_NUMBER)) {
    const index = match.index ?? 0
    if (index > last) parts.push({ text: text.slice(last, index) })
    const line = CRISIS_LINES[/** @type {string} */ (match[1])]
    if (line) parts.push({ line })
    last = index + match[0].length
  }
  if (last < text.length) parts.push({ text: text.slice(last) })
  return parts
}
