/**
 * Small text helpers shared by site search, glossary search, the glossary rules, the reading
 * level and link previews. No imports on purpose (but the dependency-free sentence splitter): the
 * search and glossary islands bundle this file, so it must not pull in anything (MiniSearch stays
 * in the glossary island alone).
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

// The sentence splitter lives in plain JavaScript, shared with the remark plugins.
export { splitSentences } from './sentences.mjs'
