// @vitest-environment happy-dom
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { render, screen } from '@testing-library/react'
import { afterAll, describe, expect, it } from 'vitest'
import { StaleNote } from '@/components/sections/StaleNotes'
import { analyzeArticleSource } from '@/lib/content/analysis'
import { loadArticles } from '@/lib/content/articles'
import { checkContent } from '@/lib/content/check'
import { dictionary } from '@/lib/i18n'
import { INTRO, sectionHashes, stampTranslation } from '@/lib/content/freshness'

const temps: string[] = []
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

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

  it('changing one English sentence makes exactly that translated section stale: the check lists it and fails nothing; the page shows the note', () => {
    // A fixture folder with an English article and its Spanish version, stamped from the current English.
    const dir = mkdtempSync(path.join(tmpdir(), 'stale-'))
    temps.push(dir)
    cpSync(path.join(process.cwd(), 'tests/fixtures/content/glossary-translation'), dir, { recursive: true })
    const englishFile = path.join(dir, 'en/articles/test.mdx')
    const english = loadArticles(path.join(dir, 'en/articles'), { settings: null })[0]!
    // The headings as the folder's own check reads them (the site's references do not know its ids).
    const { headings } = analyzeArticleSource(readFileSync(englishFile, 'utf8'), englishFile, { references: null, terms: null, keyPoints: null })
    stampTranslation(path.join(dir, 'es/articles/test.mdx'), english, headings)
    const fresh = checkContent(dir)
    expect(fresh.translations.map((t) => [t.slug, t.stale])).toEqual([['test', []]])
    expect(fresh.problems).toHaveLength(1)

    writeFileSync(englishFile, readFileSync(englishFile, 'utf8').replace('Ketamine is a medicine.', 'Ketamine is a medicine, as the label says.'))
    const edited = checkContent(dir)
    const stale = edited.translations[0]!.stale
    expect(stale).toEqual([{ id: 'a-section', english: '/articles/test#a-section', updated: '2026-11-21', reason: 'changed' }])
    // Listed, not failed: the edit adds no problem (the fixture's own glossary problem stays the only one).
    expect(edited.problems).toEqual(fresh.problems)

    render(<StaleNote id="a-section" english={stale[0]!.english} date={stale[0]!.updated} locale="es" />)
    const note = screen.getByText(/La versión en inglés de esta sección se actualizó el/)
    expect(note.textContent).toContain('21 de noviembre de 2026')
    expect(screen.getByRole('link', { name: 'Leer la sección en inglés' }).getAttribute('href')).toBe('/articles/test#a-section')
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
