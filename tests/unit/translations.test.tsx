// @vitest-environment happy-dom
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { getArticle } from '@/lib/content'
import { dictionary } from '@/lib/i18n'
import { INTRO, englishHashes, sectionHashes, staleSections } from '@/lib/translations'

// The note renders in Spanish: the page's language comes from a per-render store on the server.
vi.mock('@/lib/i18n/page-locale', async () => {
  const { dictionary: dict } = await import('@/lib/i18n')
  return { getPageLocale: () => 'es', setPageLocale: () => {}, t: () => dict('es') }
})

const { StaleNote } = await import('@/components/sections/StaleNotes')

describe('translation freshness', () => {
  it('hashes each section and the opening; re-wrapping a paragraph is not a change', () => {
    const source = '---\ntitle: x\n---\n\nOpening.\n\n## One {/*one*/}\n\nFirst   part.\n\n## Two {/*two*/}\n\nSecond part.\n'
    const a = sectionHashes(source, ['one', 'two'])
    expect(Object.keys(a)).toEqual([INTRO, 'one', 'two'])
    expect(sectionHashes(source.replace('First   part.', 'First\npart.'), ['one', 'two'])).toEqual(a)
    const changed = sectionHashes(source.replace('Second part.', 'Second part, changed.'), ['one', 'two'])
    expect(changed.one).toBe(a.one)
    expect(changed.two).not.toBe(a.two)
  })

  it('the Spanish articles are stamped from the current English: nothing is stale', () => {
    for (const slug of ['safety', 'conditions', 'what-is-ketamine-therapy']) {
      const es = getArticle(slug, 'es')!
      expect(staleSections(es, 'es'), slug).toEqual([])
    }
  })

  it('changing one English sentence makes exactly that Spanish section stale, and the page shows the note', () => {
    const english = getArticle('safety', 'en')!
    const spanish = getArticle('safety', 'es')!
    // A copy of the English article (same file name: the section lock is keyed by it) with one sentence changed.
    const dir = mkdtempSync(path.join(tmpdir(), 'stale-'))
    const file = path.join(dir, 'safety.mdx')
    copyFileSync(english.file, file)
    const source = readFileSync(file, 'utf8')
    const at = source.indexOf('{/*blood-pressure*/}')
    const sentenceEnd = source.indexOf('.', source.indexOf('\n\n', at) + 2)
    writeFileSync(file, `${source.slice(0, sentenceEnd)}, as the label says${source.slice(sentenceEnd)}`)
    expect(englishHashes({ ...english, file })['blood-pressure']).not.toBe(spanish.translation?.sections['blood-pressure'])

    const stale = staleSections(spanish, 'es', { ...english, file })
    expect(stale).toEqual([{ id: 'blood-pressure', english: '/articles/safety#blood-pressure', updated: english.lastReviewed, reason: 'changed' }])

    render(<StaleNote id="blood-pressure" english={stale[0]!.english} date={stale[0]!.updated} />)
    const note = screen.getByText(/La versión en inglés de esta sección se actualizó el/)
    expect(note.textContent).toMatch(/\d+ de \w+ de \d{4}/)
    expect(screen.getByRole('link', { name: 'Leer la sección en inglés' }).getAttribute('href')).toBe('/articles/safety#blood-pressure')
  })

  it('the Spanish dictionary has every key of the English one, and no empty string where English has words', () => {
    const walk = (en: unknown, es: unknown, at: string): string[] => {
      if (typeof en === 'string') return typeof es === 'string' && (en === '' || es !== '') ? [] : [at]
      if (typeof en === 'function') return typeof es === 'function' ? [] : [at]
      if (Array.isArray(en)) return Array.isArray(es) && es.length === en.length ? [] : [at]
      return Object.keys(en as object).flatMap((k) => walk((en as Record<string, unknown>)[k], (es as Record<string, unknown>)?.[k], `${at}.${k}`))
    }
    expect(walk(dictionary('en'), dictionary('es'), 'es')).toEqual([])
  })
})
