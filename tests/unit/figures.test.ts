// @vitest-environment node
import path from 'node:path'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { describe, expect, it } from 'vitest'
import { figureSchemas, loadFigure, uncitedNumbers } from '@/lib/figures'
import { listFigureNames } from '@/lib/content-files.mjs'

describe('figure data', () => {
  const names = listFigureNames()
  it('has a data file for each of the five figures', () => {
    expect(names.sort()).toEqual(Object.keys(figureSchemas).sort())
  })
  // Each real figure's schema, sources and cited numbers: the content check (npm run check:content).
  it('refuses a number without a source, naming the file and the place', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fig-'))
    writeFileSync(
      path.join(dir, 'induction-schedule.yaml'),
      'title: T\ncaption: C\nweeks: 8\nschedules:\n  - name: X\n    perWeek: [2]\n    after: "From week 9, every 2 weeks."\n    sources: []\n',
    )
    expect(() => loadFigure('induction-schedule', dir)).toThrow(/induction-schedule\.yaml/)
    expect(uncitedNumbers({ a: { text: 'About 48%', sources: [] } })).toEqual(['.a: states a number but lists no sources'])
  })
})
