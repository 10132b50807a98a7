/**
 * Spanish syllable counting for the Fernández-Huerta reading score.
 *
 * Why our own: npm has no maintained Spanish syllable counter (wooorm's `syllable` is English
 * only), and hyphenation patterns (`hyphen/es`) never split off a one-letter syllable at a word's
 * edge, so "a-ho-ra" would count as two. Spanish spelling is regular enough that counting vowel
 * nuclei is exact for almost every word: each syllable has one nucleus, and neighbouring vowels
 * share one nucleus (a diphthong or triphthong) unless both are "strong" (a, e, o, or an accented
 * í/ú), which makes a hiatus and two syllables ("le-er", "dí-a", "pa-ís").
 */

const STRONG = new Set(['a', 'e', 'o', 'á', 'é', 'ó', 'í', 'ú'])
const WEAK = new Set(['i', 'u', 'ü'])

function isVowelAt(word: string, i: number): boolean {
  const c = word[i] ?? ''
  if (STRONG.has(c) || WEAK.has(c)) return true
  // "y" is a vowel when no vowel follows it ("muy", "hoy", "y"), a consonant otherwise ("ayuda").
  if (c === 'y') {
    const next = word[i + 1]
    return next === undefined || !(STRONG.has(next) || WEAK.has(next))
  }
  return false
}

function isStrong(c: string): boolean {
  return STRONG.has(c)
}

/** The number of syllables in one Spanish word (letters only; 0 for a word without letters). */
export function syllablesEs(input: string): number {
  const word = input.normalize('NFC').toLowerCase()
  if (!/\p{L}/u.test(word)) return 0
  // Acronyms read letter by letter ("IV", "TEPT", "FDA"): about one syllable a letter.
  if (/^\p{Lu}{2,5}s?$/u.test(input.normalize('NFC')) && !/[aeiouáéíóú]{2}/i.test(input)) return input.replace(/s$/, '').length
  let count = 0
  let prev: string | null = null // the previous letter when it was a vowel
  for (let i = 0; i < word.length; i++) {
    const c = word[i] ?? ''
    if (!isVowelAt(word, i)) {
      prev = null
      continue
    }
    // A new nucleus unless this vowel joins the previous one: they join when at least one of the
    // two is weak (a diphthong: "ie" in "tratamiento", "ui" in "construir"). Two strong vowels
    // are a hiatus. The same weak vowel twice ("chiita") is a hiatus too.
    const joins = prev !== null && !(isStrong(prev) && isStrong(c)) && prev !== c
    if (!joins) count++
    prev = c
  }
  return Math.max(1, count)
}

/**
 * Fernández-Huerta (1959) reading ease for Spanish: 206.84 − 0.60·P − 1.02·F, where P is
 * syllables per 100 words and F is the mean sentence length in words. The formula is often
 * quoted with F as "sentences per 100 words", which would make shorter sentences score worse;
 * Gwillim Law (LINGUIST List 22.2332, 2011) showed that Fernández-Huerta's adaptation of Flesch
 * uses words per sentence, as Flesch does. Higher is easier: 70–80 reads as "fairly easy"
 * (about grade 6–7), 60–70 as "normal".
 */
export function fernandezHuerta(counts: { words: number; sentences: number; syllables: number }): number {
  if (counts.words === 0 || counts.sentences === 0) return 0
  const p = (counts.syllables / counts.words) * 100
  const f = counts.words / counts.sentences
  return 206.84 - 0.6 * p - 1.02 * f
}
