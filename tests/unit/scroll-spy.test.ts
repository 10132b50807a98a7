import { describe, expect, it } from 'vitest'
import { currentSection } from '@/components/enhance/scroll-spy'
import { sectionUrl } from '@/components/enhance/section-links'

const headings = [
  { id: 'a', top: -500 },
  { id: 'b', top: 100 },
  { id: 'c', top: 900 },
]

describe('scroll-spy', () => {
  it('marks the last heading that has scrolled past the offset', () => {
    expect(currentSection(headings, { offset: 160, atEnd: false, hash: null })).toBe('b')
    expect(currentSection(headings, { offset: 50, atEnd: false, hash: null })).toBe('a')
  })
  it('marks the last section at the end of the page, even when its heading is low', () => {
    expect(currentSection(headings, { offset: 160, atEnd: true, hash: null })).toBe('c')
  })
  it('marks nothing before the first section has been reached', () => {
    expect(
      currentSection(
        [
          { id: 'x', top: 300 },
          { id: 'y', top: 600 },
        ],
        { offset: 160, atEnd: false, hash: null },
      ),
    ).toBeNull()
  })
  it('marks the deep-linked section before anything has scrolled past', () => {
    expect(
      currentSection(
        [
          { id: 'x', top: 300 },
          { id: 'y', top: 600 },
        ],
        { offset: 160, atEnd: false, hash: 'y' },
      ),
    ).toBe('y')
  })
  it('builds the absolute URL a clinician shares', () => {
    expect(sectionUrl('blood-pressure', { origin: 'https://example.org', pathname: '/articles/safety' })).toBe(
      'https://example.org/articles/safety#blood-pressure',
    )
  })
})
