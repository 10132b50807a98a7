// @vitest-environment node
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkContent } from '@/lib/content/check'

/**
 * The content check (`npm run check:content`, and the messages the build stops with) on one
 * mistake per fixture folder: exactly one problem, with the file, line and column, what is wrong,
 * what was expected and the fix, word for word. (An unknown citation id close to a known one, with
 * its "Did you mean", is in content-fixtures.test.tsx.)
 */
const fixture = (name: string) => path.join(process.cwd(), 'tests/fixtures/content', name)
const problem = (...lines: string[]) => [lines.join('\n')]

describe('the content check refuses bad content with one problem per mistake, naming the file, line and the field or id', () => {
  it.each([
    [
      'unknown-citation',
      // Not close to any known id: no guess.
      problem(
        'tests/fixtures/content/unknown-citation/en/articles/test.mdx:24:5: Unknown citation id "nosuch2020".',
        '  expected: the id of an entry in content/references.json',
        '  fix: Correct the id, or add the source to content/references.json (see content/README.md, "References").',
      ),
    ],
    [
      'unknown-term',
      problem(
        'tests/fixtures/content/unknown-term/en/articles/test.mdx:24:5: Unknown glossary term id "ketamin".',
        '  expected: the id of a term in content/en/glossary.yaml',
        '  fix: Did you mean "ketamine"? Correct the id, or add the term to content/en/glossary.yaml.',
      ),
    ],
    [
      'missing-title',
      problem(
        'tests/fixtures/content/missing-title/en/articles/test.mdx:2:1: title: is required; expected a title (text).',
        '  expected: a title (text)',
        '  fix: Add title (a title (text)).',
      ),
    ],
    [
      'bad-date',
      problem(
        "tests/fixtures/content/bad-date/en/articles/test.mdx:7:1: lastReviewed: expected a date like 2026-11-21, got '21 November'.",
        '  expected: a date like 2026-11-21',
        '  fix: Change lastReviewed to a date like 2026-11-21.',
      ),
    ],
    [
      'duplicate-heading-id',
      problem(
        'tests/fixtures/content/duplicate-heading-id/en/articles/test.mdx:24:1: Duplicate section id "a-section" (the heading on line 20 has it too).',
        '  expected: a different id for every section of an article',
        '  fix: Give one of the headings its own pinned id, for example "## A section {/*a-section-2*/}", and keep the old id on the section that links were shared to.',
      ),
    ],
  ])('%s', (name, expected) => {
    expect(checkContent(fixture(name)).problems).toEqual(expected)
  })
})
