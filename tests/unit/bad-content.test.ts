// @vitest-environment node
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkContent } from '@/lib/content-check'

const fixture = (name: string) => path.join(process.cwd(), 'tests/fixtures/content', name)

describe('the content check refuses bad content, naming the file and the field or id', () => {
  it.each([
    ['unknown-citation', /unknown-citation\/articles\/test\.mdx:\d+:\d+:\n\s+- Unknown citation id "nosuch2020"/],
    ['unknown-term', /unknown-term\/articles\/test\.mdx:\d+:\d+:\n\s+- Unknown glossary term id "ketamin"/],
    ['missing-title', /missing-title\/articles\/test\.mdx:\n\s+- title: is required/],
    ['bad-date', /bad-date\/articles\/test\.mdx:\n\s+- lastReviewed: expected a date like 2026-11-21, got '21 November'/],
    ['duplicate-heading-id', /duplicate-heading-id\/articles\/test\.mdx:\d+:\d+:\n\s+- Duplicate section id "a-section"/],
  ])('%s', (name, expected) => {
    const report = checkContent(fixture(name))
    expect(report.problems.join('\n')).toMatch(expected)
  })
})
