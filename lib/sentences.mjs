// @ts-check
// The one sentence splitter, in plain JavaScript so the remark plugins (which the MDX loader runs
// in Node, outside TypeScript) share it with lib/text.ts (search, glossary rules, the schemas).
// No imports: the islands bundle it through lib/text.ts.

// A sentence ends at . ! or ? (and any closing quotes or bracket) followed by a space, but not
// inside "EE. UU." (Spanish for the US), after a title such as "Dr." or "Sra.", or before a
// lower-case word (an abbreviation mid-sentence, "e.g. twice").
const SENTENCE_END = /(?<=[.!?]["”’)]*)(?<!(?:\bEE|\bDr|\bDra|\bSr|\bSra)\.["”’)]*)\s+(?!\p{Ll})/u

/**
 * The sentences of one paragraph of plain text, trimmed; closing quotes stay with their sentence.
 * @param {string} paragraph
 * @returns {string[]}
 */
export function splitSentences(paragraph) {
  return paragraph
    .split(SENTENCE_END)
    .map((s) => s.trim())
    .filter(Boolean)
}
