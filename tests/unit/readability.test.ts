// @vitest-environment node
import { syllable } from 'syllable'
import { describe, expect, it } from 'vitest'
import { bodyParagraphs, measure, sentences, words } from '@/lib/content/readability'
import { fernandezHuerta, syllablesEs } from '@/lib/content/syllables-es'

// The site promises a measured reading level (README: grade 6 to 7). These pin how it is measured.

describe('sentences and words', () => {
  // Where a sentence ends (decimals, quotes, abbreviations, "EE. UU.") is lib/text.ts's splitSentences,
  // tested in text.test.ts; sentences() adds only the filter below.
  it('ignores pieces with no words, such as a lone marker', () => {
    expect(sentences('One. ... Two.')).toEqual(['One.', 'Two.'])
  })

  it('counts a number as a word, and a decimal as one word', () => {
    expect(words('In 2019, 0.5 mg was given.')).toEqual(['In', '2019', '0.5', 'mg', 'was', 'given'])
    expect(words("It's a well-known drug.")).toEqual(["It's", 'a', 'well-known', 'drug'])
  })
})

describe('body text', () => {
  const source = [
    '---',
    'title: A title that is never measured',
    '---',
    '',
    '<KeyPoints>',
    '',
    '- A key point counts.',
    '',
    '</KeyPoints>',
    '',
    '## A heading with many words in it that would change the grade',
    '',
    'A paragraph counts.',
    '',
    '| Column one | Column two |',
    '|---|---|',
    '| A table cell with words | Another cell |',
    '',
    '```',
    'code is not read aloud',
    '```',
    '',
    '{/* a writer’s comment */}',
    '',
    '<Callout type="warning" title="A callout title is a prop">',
    '',
    'Callout text counts.',
    '',
    '</Callout>',
    '',
  ].join('\n')

  it('is paragraphs and list items, including those in boxes; headings, tables, code, comments and frontmatter are left out', () => {
    expect(bodyParagraphs(source)).toEqual(['A key point counts.', 'A paragraph counts.', 'Callout text counts.'])
    const m = measure(source)
    expect(m.words).toBe(10)
    expect(m.sentences).toBe(3)
  })

  it('keeps paragraphs apart: a paragraph without a full stop is still one sentence', () => {
    expect(measure('First line without a stop\n\nSecond line without one either').sentences).toBe(2)
  })
})

describe('the Flesch-Kincaid grade', () => {
  // 0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59, with syllables from `syllable`.
  const text = 'Ketamine can lift mood within 2 days. Most people feel calm after a dose.'

  it('uses these syllable counts (the hand computation below depends on them)', () => {
    const counts = Object.fromEntries(words(text).map((w) => [w, /\p{L}/u.test(w) ? syllable(w) : 'number']))
    expect(counts).toEqual({
      Ketamine: 3,
      can: 1,
      lift: 1,
      mood: 1,
      within: 2,
      2: 'number',
      days: 1,
      Most: 1,
      people: 2,
      feel: 1,
      calm: 1,
      after: 2,
      a: 1,
      dose: 1,
    })
  })

  it('is the grade computed by hand on a known text, with the number counted as one syllable', () => {
    // Sentence 1: 7 words, 3+1+1+1+2+1+1 = 10 syllables ("2" is one). Sentence 2: 7 words, 9 syllables.
    // 0.39 × 14/2 + 11.8 × 19/14 − 15.59 = 2.73 + 16.0143 − 15.59 = 3.154 → 3.2
    const m = measure(text)
    expect({ words: m.words, sentences: m.sentences, syllables: m.syllables, wordsPerSentence: m.wordsPerSentence }).toEqual({
      words: 14,
      sentences: 2,
      syllables: 19,
      wordsPerSentence: 7,
    })
    expect(m.grade).toBe(3.2)
    // English's formula is the Flesch-Kincaid grade: its score is the grade.
    expect(m.score).toBe(3.2)
  })

  it('is 0 for a text without sentences, not NaN', () => {
    expect(measure('## Only a heading\n').grade).toBe(0)
  })
})

describe('long sentences', () => {
  const sentence = (n: number) => `Start ${Array.from({ length: n - 2 }, () => 'word').join(' ')} end.`

  it('flags sentences of more than 25 words, and only those', () => {
    const m = measure(`${sentence(25)} ${sentence(26)}\n\nShort one.`)
    expect(m.sentences).toBe(3)
    expect(m.longSentences).toEqual([sentence(26)])
  })
})

describe('Spanish syllables', () => {
  // Each word with its syllables, as a Spanish dictionary splits it.
  const table: [string, number][] = [
    // Plain words and one-letter syllables at the edges.
    ['casa', 2],
    ['ahora', 3], // a-ho-ra: the "h" is silent, the "a" still a syllable
    ['medicamento', 5],
    ['ketamina', 4],
    // Diphthongs and triphthongs: a weak vowel (i, u) with any other is one syllable.
    ['tratamiento', 4], // tra-ta-mien-to
    ['ciudad', 2], // ciu-dad
    ['cuidado', 3], // cui-da-do
    ['aire', 2], // ai-re
    ['buey', 1],
    ['Uruguay', 3], // U-ru-guay
    // Hiatus: two strong vowels, or an accented í/ú beside another vowel.
    ['leer', 2], // le-er
    ['poeta', 3], // po-e-ta
    ['día', 2], // dí-a
    ['país', 2], // pa-ís
    ['reúne', 3], // re-ú-ne
    ['oído', 3], // o-í-do
    ['María', 3],
    ['chiita', 3], // chi-i-ta: the same weak vowel twice
    // "y": a vowel at the end of a word or alone, a consonant before a vowel.
    ['y', 1],
    ['hoy', 1],
    ['muy', 1],
    ['ayuda', 3], // a-yu-da
    ['leyes', 2], // le-yes
    // qu and gu/gü: the "u" of que/qui/gue/gui is silent; "ü" is sounded and joins the next vowel.
    ['que', 1],
    ['quiero', 2], // quie-ro
    ['guerra', 2], // gue-rra
    ['pingüino', 3], // pin-güi-no
    ['agüero', 3], // a-güe-ro
    // Acronyms are read letter by letter.
    ['FDA', 3],
    ['TEPT', 4],
    ['IV', 2],
    ['ISRS', 4],
    // Capitals and accents do not change the count.
    ['MÉDICO', 3],
    ['Médico', 3],
  ]

  it.each(table)('%s has %i', (word, count) => {
    expect(syllablesEs(word)).toBe(count)
  })

  it('is 0 for a word without letters, and at least 1 for any word with letters', () => {
    expect(syllablesEs('2019')).toBe(0)
    expect(syllablesEs('pst')).toBe(1)
  })
})

describe('Fernández-Huerta reading ease (Spanish)', () => {
  // 206.84 − 0.60 × P − 1.02 × F, P = syllables per 100 words, F = words per sentence (see
  // lib/syllables-es.ts for why F is the mean sentence length rather than sentences per 100 words).
  const text = 'La ketamina es un medicamento. Su médico le dirá si es para usted.'

  it('is the score computed by hand on a known text', () => {
    // La(1) ke-ta-mi-na(4) es(1) un(1) me-di-ca-men-to(5): 5 words, 12 syllables.
    // Su(1) mé-di-co(3) le(1) di-rá(2) si(1) es(1) pa-ra(2) us-ted(2): 8 words, 13 syllables.
    // P = 25/13 × 100 = 192.31; F = 13/2 = 6.5; 206.84 − 115.385 − 6.63 = 84.83 → 84.8
    const m = measure(text, 'fernandez-huerta')
    expect({ words: m.words, sentences: m.sentences, syllables: m.syllables }).toEqual({ words: 13, sentences: 2, syllables: 25 })
    expect(m.score).toBe(84.8)
    expect(fernandezHuerta({ words: 13, sentences: 2, syllables: 25 })).toBeCloseTo(84.8254, 3)
  })

  it('scores the same words in shorter sentences as easier', () => {
    const long = fernandezHuerta({ words: 100, sentences: 4, syllables: 190 })
    const short = fernandezHuerta({ words: 100, sentences: 8, syllables: 190 })
    expect(short).toBeGreaterThan(long)
    expect(long - short).toBeCloseTo(-1.02 * (25 - 12.5), 6)
  })

  it('is 0 for an empty text', () => {
    expect(fernandezHuerta({ words: 0, sentences: 0, syllables: 0 })).toBe(0)
    expect(measure('', 'fernandez-huerta').score).toBe(0)
  })
})
