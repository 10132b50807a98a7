// "Trust a reader can check" (#27), read from the exported pages: the "Report a problem" link on
// every article, section page, glossary entry and the help page, its mailto: percent-encoded
// (RFC 6068) with the page's title, address and review date, in the page's language.
import { readFileSync } from 'node:fs'
import { parse as parseYaml } from 'yaml'
import { describe, expect, it } from 'vitest'
import { PAGES, SECTION_PATH, mustPage, type Page } from './site'

/** The address the build used: FEEDBACK_TO, else content/settings.yaml (as scripts/build.mjs reads it). */
const FEEDBACK =
  process.env.FEEDBACK_TO?.trim() ||
  String((parseYaml(readFileSync('content/settings.yaml', 'utf8')) as { feedback?: { to?: string } }).feedback?.to ?? '').trim()

const reportLinks = (page: Page) => page.elements.filter((el) => el.tagName === 'a' && el.properties.dataReportProblem !== undefined)

const mailParts = (href: string) => {
  const [to, query] = href.replace(/^mailto:/, '').split('?')
  const params = Object.fromEntries(query!.split('&').map((kv) => kv.split('=').map(decodeURIComponent) as [string, string]))
  return { to, ...params } as { to: string; subject: string; body: string }
}

const WITH_LINK = PAGES.filter(
  (p) => p.kind === 'page' && (/^(\/es)?\/articles\/[a-z0-9-]+$/.test(p.path) || SECTION_PATH.test(p.path) || /^(\/es)?\/(help|glossary)$/.test(p.path)),
)

describe.runIf(!FEEDBACK)('without a feedback address', () => {
  it('no page has a "Report a problem" link (no made-up address)', () => {
    expect(PAGES.filter((p) => reportLinks(p).length).map(String)).toEqual([])
  })
})

describe.runIf(FEEDBACK)('Report a problem with this page', () => {
  it('every article, section page, glossary and help page has the link', () => {
    expect(WITH_LINK.length).toBeGreaterThan(100)
    expect(WITH_LINK.filter((page) => reportLinks(page).length === 0).map(String)).toEqual([])
  })

  it('every glossary entry has its own, with the entry anchor', () => {
    for (const path of ['/glossary', '/es/glossary']) {
      const page = mustPage(path)
      const entries = page.elements.filter((el) => el.tagName === 'article' && String(el.properties.className ?? '').includes('glossary-entry'))
      const links = reportLinks(page)
      expect(links.length).toBe(entries.length)
      for (const [i, entry] of entries.entries()) {
        expect(mailParts(String(links[i]!.properties.href)).body).toContain(`/glossary#${String(entry.properties.id)}\r\n`)
      }
    }
  })

  it('a section page mails its own address and title, percent-encoded, in each language', () => {
    for (const [path, subject, label] of [
      ['/articles/safety/when-to-get-help', 'Problem on the page: ', 'Address: '],
      ['/es/articles/safety/when-to-get-help', 'Problema en la página: ', 'Dirección: '],
    ] as const) {
      const page = mustPage(path)
      const [link, ...more] = reportLinks(page)
      expect(more).toEqual([])
      const href = String(link!.properties.href)
      if (!FEEDBACK.startsWith('https://')) {
        // Only unreserved characters and %XX escapes in the subject and body: no raw space, &, #, ? or +.
        expect(href).toMatch(/^mailto:[^?]+\?subject=[A-Za-z0-9\-_.!~*'()%]+&body=[A-Za-z0-9\-_.!~*'()%]+$/)
        const parts = mailParts(href)
        expect(parts.to).toBe(FEEDBACK)
        const title = page.elements.find((el) => el.properties.id === 'section-title')!
        const heading = (title.children[0] as { value: string }).value.trim()
        expect(parts.subject.startsWith(subject)).toBe(true)
        expect(parts.subject).toContain(heading)
        expect(parts.body).toMatch(new RegExp(`${label}https?://[^\\r]+${path.replace(/\//g, '\\/')}\\r\\n`))
        expect(parts.body).toMatch(/\(20\d\d-\d\d-\d\d\)\r\n\r\n.+\r\n\r\n$/)
      }
    }
  })
})
