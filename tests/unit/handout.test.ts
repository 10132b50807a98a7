// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { encode } from 'uqr'
import jsQR from 'jsqr'
import { MAX_PARAM_LENGTH, MAX_SECTIONS, handoutNumbers, isSectionKey, linkNumbers, numberGroups, parseSelection, qrPath, selectionParam } from '@/lib/handout'

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

describe('numbering citations across a handout', () => {
  it('numbers by first use, section after section; a shared source keeps one number', () => {
    const numbers = handoutNumbers([
      {
        citations: [
          { id: 'label', n: 1 },
          { id: 'trial', n: 2 },
        ],
      },
      {
        citations: [
          { id: 'review', n: 1 },
          { id: 'label', n: 2 },
        ],
      },
    ])
    expect([...numbers]).toEqual([
      ['label', 1],
      ['trial', 2],
      ['review', 3],
    ])
  })
  it('reads the numbers a marker shows, ranges included', () => {
    expect(linkNumbers('3')).toEqual([3])
    expect(linkNumbers('2–4')).toEqual([2, 3, 4])
    expect(linkNumbers('x')).toEqual([])
    expect(linkNumbers('5–2')).toEqual([])
  })
  it('groups numbers as the site shows them: runs of three or more become a range', () => {
    expect(numberGroups([5, 1, 2, 3, 8, 9])).toEqual([
      { first: 1, last: 3 },
      { first: 5, last: 5 },
      { first: 8, last: 8 },
      { first: 9, last: 9 },
    ])
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
