// @vitest-environment node
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkContent } from '@/lib/content-check'

const fixture = (name: string) => path.join(process.cwd(), 'tests/fixtures/content', name)

describe('the content check refuses bad content with one problem per mistake, naming the file, line and the field or id', () => {
  it.each([
    [
      'unknown-citation',
      /^tests\/fixtures\/content\/unknown-citation\/articles\/test\.mdx:23:5: Unknown citation id "nosuch2020"\.\n {2}expected: .+\n {2}fix: /,
    ],
    [
      'unknown-term',
      /^tests\/fixtures\/content\/unknown-term\/articles\/test\.mdx:23:5: Unknown glossary term id "ketamin"\.\n {2}expected: .+\n {2}fix: Did you mean "ketamine"\?/,
    ],
    [
      'missing-title',
      /^tests\/fixtures\/content\/missing-title\/articles\/test\.mdx:2:1: title: is required; expected a title \(text\)\.\n {2}expected: a title \(text\)\n {2}fix: Add title/,
    ],
    ['bad-date', /^tests\/fixtures\/content\/bad-date\/articles\/test\.mdx:6:1: lastReviewed: expected a date like 2026-11-21, got '21 November'\./],
    [
      'duplicate-heading-id',
      /^tests\/fixtures\/content\/duplicate-heading-id\/articles\/test\.mdx:23:1: Duplicate section id "a-section" \(the heading on line 19 has it too\)\./,
    ],
  ])('%s', (name, expected) => {
    const report = checkContent(fixture(name))
    expect(report.problems).toHaveLength(1)
    expect(report.problems[0]).toMatch(expected)
  })
})
