// @vitest-environment node
import path from 'node:path'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { describe, expect, it } from 'vitest'
import { figureSchemas, figureSources, loadFigure, uncitedNumbers, type FigureName } from '@/lib/figures'
import { listFigureNames } from '@/lib/content-files.mjs'
import { getReferences } from '@/lib/content'

describe('figure data', () => {
  const names = listFigureNames()
  it('has a data file for each of the five figures', () => {
    expect(names.sort()).toEqual(Object.keys(figureSchemas).sort())
  })
  it.each(names)('%s validates, cites only known sources, and cites every number', (name) => {
    const data = loadFigure(name as FigureName)
    const sources = figureSources(data)
    expect(sources.length).toBeGreaterThan(0)
    for (const id of sources) expect(getReferences().has(id), id).toBe(true)
    expect(uncitedNumbers(data)).toEqual([])
  })
  it('every timeline event has a source and a section to link to', () => {
    for (const e of loadFigure('history-timeline').events) {
      expect(e.sources.length, e.label).toBeGreaterThan(0)
      expect(e.section).toMatch(/^[a-z0-9-]+$/)
    }
  })
  it('every bar in the route chart has a source for its number', () => {
    for (const r of loadFigure('route-comparison').routes) {
      if (r.bioavailability.percent !== undefined) expect(r.bioavailability.sources.length, r.name).toBeGreaterThan(0)
    }
  })
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
