// @vitest-environment node
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'
import { firstSentences } from '@/lib/sections/sections'
import { compact, fold, splitSentences } from '@/lib/text'

describe('folding (site search, glossary search, glossary rules)', () => {
  it('drops case and accents, and turns anything but letters and digits into single spaces', () => {
    expect(fold('Montgomery–Åsberg')).toBe('montgomery asberg')
    expect(fold('  Off-label / IV (0.5 mg/kg)  ')).toBe('off label iv 0 5 mg kg')
    expect(fold('¿Qué es la ketamina?')).toBe('que es la ketamina')
    expect(fold('—')).toBe('')
  })

  it('compacts to letters and digits only, so spacing and hyphens do not matter', () => {
    expect(compact('Post traumatic')).toBe(compact('post-traumatic'))
    expect(compact('Ésketamine (Spravato)')).toBe('esketaminespravato')
  })
})

describe('sentences (reading level, link previews)', () => {
  it('ends a sentence at . ! or ? and a space, keeping closing quotes and brackets with it', () => {
    expect(splitSentences('It works. Is it safe? Yes! She said "stop." (Then she left.) Done')).toEqual([
      'It works.',
      'Is it safe?',
      'Yes!',
      'She said "stop."',
      '(Then she left.)',
      'Done',
    ])
  })

  it('keeps decimals, abbreviations before a lower-case word, titles and "EE. UU." inside the sentence', () => {
    expect(splitSentences('Take 0.5 mg, e.g. twice a day. Ask Dr. Lee. Vive en EE. UU. desde 2019.')).toEqual([
      'Take 0.5 mg, e.g. twice a day.',
      'Ask Dr. Lee.',
      'Vive en EE. UU. desde 2019.',
    ])
  })

  it('starts a Spanish sentence at an accented capital or an opening ¿ or ¡', () => {
    expect(splitSentences('La hizo en 1962. Él trabajaba allí. ¿Funciona? ¡Sí!')).toEqual(['La hizo en 1962.', 'Él trabajaba allí.', '¿Funciona?', '¡Sí!'])
  })

  it('gives a Spanish link preview whole sentences, never one cut at "EE."', () => {
    const text =
      'Spravato tiene reglas estrictas. Solo se da en clínicas certificadas de EE. UU. y con un programa de seguridad. Otra frase más que ya no cabe en la vista previa del enlace.'
    expect(firstSentences(text, { min: 60, max: 120 })).toBe(
      'Spravato tiene reglas estrictas. Solo se da en clínicas certificadas de EE. UU. y con un programa de seguridad.',
    )
  })

  it('lib/text.ts bundles alone: the search and glossary islands that use it pull in nothing else', async () => {
    // Bundled as scripts/islands.mjs bundles the islands; the metafile lists every file that went in.
    // lib/sentences.mjs is the sentence splitter, in plain JavaScript for the remark plugins; it imports nothing.
    const { metafile } = await build({ entryPoints: ['lib/text.ts'], bundle: true, format: 'esm', write: false, metafile: true, logLevel: 'silent' })
    expect(Object.keys(metafile.inputs).sort()).toEqual(['lib/sentences.mjs', 'lib/text.ts'])
  })
})
