/**
 * Small text helpers shared by search, the glossary rules, the reading level and link previews.
 * No imports on purpose (but the dependency-free sentence splitter): the search code that the
 * search and glossary islands load bundles this file, so it must not pull in anything.
 */

/**
 * The one folding of the project: lower case, no accents ("Åsberg" → "asberg"), anything but
 * letters and digits to single spaces. `keepMarks` keeps combining marks, for scripts whose marks
 * are part of the letters (Devanagari's vowel signs): a language's search analyzer chooses.
 */
export function fold(text: string, { keepMarks = false }: { keepMarks?: boolean } = {}): string {
  if (keepMarks)
    return text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
      .trim()
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
