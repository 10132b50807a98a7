/**
 * The stemmers an analyzer can name (lib/search/analyzers.ts). Each is deliberately gentle: a
 * wrong stem merges unrelated words, a missing one is caught by prefix matching. They run in the
 * browser too (the index names its stemmer in meta.json), so they stay small and dependency-free.
 */

export interface Stemmer {
  /** The stem of one folded word. */
  stem(word: string): string
  /** Rewrites folded text before it is cut into words (English contractions). */
  normalize?(folded: string): string
}

/** "shouldn't", "shouldnt" -> "should not": negations typed with or without the apostrophe. */
const CONTRACTIONS = /\b(should|could|would|must|do|does|did|is|are|was|were|have|has|had|ca|wo)n ?t\b/g

/** "stopped" -> "stop", "running" -> "run"; but "fall", "miss", "seed" keep their letters. */
function undouble(s: string): string {
  return /([^aeiouls])\1$/.test(s) ? s.slice(0, -1) : s
}

/** Plurals: "therapies" -> "therapy", "rashes" -> "rash", "infusions" -> "infusion" (not "virus", "crisis", "dosis"). */
function singular(s: string): string {
  if (s.endsWith('ies') && s.length > 4) return `${s.slice(0, -3)}y`
  if (/(ss|sh|ch|x|z)es$/.test(s)) return s.slice(0, -2)
  if (s.endsWith('s') && !/(ss|us|is)$/.test(s)) return s.slice(0, -1)
  return s
}

/** A final -e goes, so "drive" = "driving" -> "driv", and "ketamine" = "ketamin" (a common misspelling). */
const finalE = (s: string) => (s.length >= 4 && s.endsWith('e') ? s.slice(0, -1) : s)

/**
 * English: plurals, -ive, -ction, -ing, -ed and a final -e, so "infusions" = "infusion",
 * "driving" = "drive", "addictive" = "addiction" = "addicted", "ketamine" = "ketamin".
 */
const english: Stemmer = {
  stem(word) {
    if (word.length <= 3 || /\d/.test(word)) return word
    let s = singular(word)
    if (s.length > 6 && s.endsWith('ive')) s = s.slice(0, -3)
    else if (s.length > 6 && s.endsWith('ction')) s = s.slice(0, -3)
    else if (s.length > 5 && s.endsWith('ing')) s = undouble(s.slice(0, -3))
    else if (s.length > 4 && s.endsWith('ed') && !s.endsWith('eed')) s = undouble(s.slice(0, -2))
    return finalE(s)
  },
  normalize: (folded) => folded.replace(CONTRACTIONS, (_, verb: string) => `${verb === 'ca' ? 'can' : verb === 'wo' ? 'will' : verb} not`),
}

/**
 * Spanish (accents already folded): plurals, -iva/-ivo and -ción, and a final -e, so "sesiones" =
 * "sesión", "adictiva" = "adictivo", "adicción" = "adicciones".
 */
const spanish: Stemmer = {
  stem(word) {
    if (word.length <= 3 || /\d/.test(word)) return word
    let s = singular(word)
    if (s.length > 6 && /iv[ao]$/.test(s)) s = s.slice(0, -3)
    else if (s.length > 6 && s.endsWith('ccion')) s = s.slice(0, -4)
    return finalE(s)
  },
}

/** No stemming: each form is its own word (prefix and typo matching still join the close ones). */
const none: Stemmer = { stem: (word) => word }

export const STEMMERS = { english, spanish, none } satisfies Record<string, Stemmer>
export type StemmerName = keyof typeof STEMMERS
