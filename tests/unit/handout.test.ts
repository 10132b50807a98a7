// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { encode } from 'uqr'
import jsQR from 'jsqr'
import {
  MAX_PARAM_LENGTH,
  MAX_SECTIONS,
  handoutDataPath,
  handoutNumbers,
  handoutParts,
  isSectionKey,
  parseSelection,
  qrPath,
  selectionParam,
  type HandoutSection,
} from '@/lib/handout'
import { localePath } from '@/lib/i18n/locales'

const known = new Set(['safety/blood-pressure', 'safety/driving', 'conditions/ptsd', ...Array.from({ length: 20 }, (_, i) => `history/s${i}`)])
const redirects = new Map([['safety/can-ketamine-raise-my-blood-pressure', 'safety/blood-pressure']])

describe('reading a handout selection from the URL', () => {
  it('keeps known keys in the order given', () => {
    expect(parseSelection('safety/driving,conditions/ptsd,safety/blood-pressure', known).keys).toEqual([
      'safety/driving',
      'conditions/ptsd',
      'safety/blood-pressure',
    ])
  })
  it('follows a retired id to its successor and says so', () => {
    const s = parseSelection('safety/can-ketamine-raise-my-blood-pressure', known, redirects)
    expect(s.keys).toEqual(['safety/blood-pressure'])
    expect(s.redirected).toEqual([['safety/can-ketamine-raise-my-blood-pressure', 'safety/blood-pressure']])
  })
  it('drops duplicates, including a retired id that repeats its successor', () => {
    const s = parseSelection('safety/driving,safety/driving,safety/blood-pressure,safety/can-ketamine-raise-my-blood-pressure', known, redirects)
    expect(s.keys).toEqual(['safety/driving', 'safety/blood-pressure'])
    expect(s.duplicates).toBe(2)
  })
  it('names unknown ids (a few, shortened) and counts the rest', () => {
    const s = parseSelection('nope/x,safety/driving,<img src=x onerror=alert(1)>,a,b,c,d,e,' + 'z'.repeat(300), known)
    expect(s.keys).toEqual(['safety/driving'])
    // Spaces separate entries too, so the tag counts as three unknown entries: 10 in all.
    expect(s.unknownCount).toBe(10)
    expect(s.unknown).toHaveLength(5)
    expect(s.unknown[0]).toBe('nope/x')
    expect(s.unknown.every((u) => u.length <= 60)).toBe(true)
  })
  it('caps the list and counts what was left out', () => {
    const many = Array.from({ length: 20 }, (_, i) => `history/s${i}`).join(',')
    const s = parseSelection(many, known)
    expect(s.keys).toHaveLength(MAX_SECTIONS)
    expect(s.dropped).toBe(20 - MAX_SECTIONS)
  })
  it('reads only the first part of a huge value, and survives hundreds of ids', () => {
    const huge = Array.from({ length: 5000 }, () => 'safety/driving').join(',')
    const s = parseSelection(huge, known)
    expect(s.keys).toEqual(['safety/driving'])
    expect(s.duplicates).toBeLessThan(MAX_PARAM_LENGTH / 'safety/driving,'.length)
  })
  it('forgives case, spaces and stray slashes; empty input is an empty handout', () => {
    expect(parseSelection(' /Safety/Driving/ , conditions/ptsd ', known).keys).toEqual(['safety/driving', 'conditions/ptsd'])
    expect(parseSelection(null, known).keys).toEqual([])
    expect(parseSelection(',,,', known)).toMatchObject({ keys: [], unknownCount: 0 })
  })
  it('writes the selection back readably and recognises well-formed keys only', () => {
    expect(selectionParam(['safety/driving', 'conditions/ptsd'])).toBe('safety/driving,conditions/ptsd')
    expect(isSectionKey('safety/blood-pressure')).toBe(true)
    for (const bad of ['../x', 'safety/../x', 'safety', 'a/b/c', 'safety/Blood', 'safety/blood pressure', '//evil.example/x'])
      expect(isSectionKey(bad), bad).toBe(false)
  })
})

/** A section's data as the build writes it (only what numbering and order read matters here). */
function section(key: string, refs: string[], message: string[] | null = null): HandoutSection {
  const slug = key.split('/')[0]!
  const list = (ids: string[]) => ids.map((id) => ({ id, html: `<span>${id}</span>` }))
  return {
    version: 1,
    key,
    locale: 'en',
    title: key,
    path: `/articles/${key}`,
    article: { slug, title: `The ${slug} article`, reviewed: 'December 3, 2026' },
    articleMessage: message && { html: `<div class="main-message"></div>`, references: list(message) },
    message: null,
    body: '',
    references: list(refs),
  }
}

describe('the parts of a handout and their citation numbers', () => {
  const chosen = [
    section('safety/blood-pressure', ['label', 'trial'], ['review', 'label']),
    section('conditions/ptsd', ['trial', 'ptsd-study'], null),
    section('safety/driving', ['label', 'driving-study'], ['review', 'label']),
  ]

  it("puts each article's main message once, above the first of its sections (none for an article without one)", () => {
    expect(handoutParts(chosen).map((p) => (p.kind === 'article' ? `message of ${p.slug}` : p.section.key))).toEqual([
      'message of safety',
      'safety/blood-pressure',
      'conditions/ptsd',
      'safety/driving',
    ])
    const lead = handoutParts(chosen)[0]
    expect(lead).toMatchObject({ kind: 'article', title: 'The safety article' })
    // A section keeps its place in the handout (its tools and heading ids count sections only).
    expect(handoutParts(chosen).flatMap((p) => (p.kind === 'section' ? [p.index] : []))).toEqual([0, 1, 2])
  })

  it('numbers sources by first use in reading order; a shared source keeps one number', () => {
    expect([...handoutNumbers(handoutParts(chosen))]).toEqual([
      ['review', 1],
      ['label', 2],
      ['trial', 3],
      ['ptsd-study', 4],
      ['driving-study', 5],
    ])
    // Moving a section changes the numbers with it: they follow the handout, not the pages.
    expect([...handoutNumbers(handoutParts([chosen[1]!, chosen[0]!])).keys()]).toEqual(['trial', 'ptsd-study', 'review', 'label'])
  })

  it("names each section's data file by its key, under the language's prefix", () => {
    expect(handoutDataPath('safety/blood-pressure')).toBe('/handout/sections/safety/blood-pressure.json')
    expect(localePath('es', handoutDataPath('safety/blood-pressure'))).toBe('/es/handout/sections/safety/blood-pressure.json')
  })
})

describe('QR codes', () => {
  it('draws a path that decodes back to the section URL', () => {
    const url = 'https://ketamine.example.org/articles/safety/blood-pressure'
    const qr = encode(url, { ecc: 'M', border: 2 })
    // Rasterise the path's rectangles (M x y h w v1 h-w z) at 4 pixels a module, then decode.
    const scale = 4
    const size = qr.size * scale
    const rgba = new Uint8ClampedArray(size * size * 4).fill(255)
    for (const [, x, y, w] of qrPath(qr.data).matchAll(/M(\d+) (\d+)h(\d+)/g)) {
      for (let py = Number(y) * scale; py < (Number(y) + 1) * scale; py++) {
        for (let px = Number(x) * scale; px < (Number(x) + Number(w)) * scale; px++) rgba.fill(0, (py * size + px) * 4, (py * size + px) * 4 + 3)
      }
    }
    expect(jsQR(rgba, size, size)?.data).toBe(url)
  })
})
