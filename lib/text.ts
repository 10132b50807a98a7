/**
 * Small text helpers shared by site search, glossary search, the glossary rules, the reading
 * level and link previews. No imports on purpose: the search and glossary islands bundle this
 * file, so it must not pull in anything (MiniSearch stays in the glossary island alone).
 */

/** Lower case, no accents ("Åsberg" → "asberg"), anything but letters and digits to single spaces. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** Typing mistakes forgiven in a search word: none up to 3 letters, one up to 6, two beyond. */
export function allowedEdits(word: string): number {
  return word.length <= 3 ? 0 : word.length <= 6 ? 1 : 2
}

/** Folded, with no spaces at all: "off-label", "off label" and "Off Label" are all "offlabel". */
export function compact(text: string): string {
  return fold(text).replace(/ /g, '')
}

// A sentence ends at . ! or ? (and any closing quotes or bracket) followed by a space, but not
// inside "EE. UU." (Spanish for the US), after a title such as "Dr." or "Sra.", or before a
// lower-case word (an abbreviation mid-sentence, "e.g. twice").
const SENTENCE_END = /(?<=[.!?]["”’)]*)(?<!(?:\bEE|\bDr|\bDra|\bSr|\bSra)\.["”’)]*)\s+(?!\p{Ll})/u

/** The sentences of one paragraph of plain text, trimmed; closing quotes stay with their sentence. */
export function splitSentences(paragraph: string): string[] {
  return paragraph
    .split(SENTENCE_END)
    .map((s) => s.trim())
    .filter(Boolean)
}
