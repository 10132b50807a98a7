// "Trust a reader can check" (#27), read from the exported pages: the "Report a problem" link on
// every article, section page, glossary entry and the help page, its mailto: percent-encoded
// (RFC 6068) with the page's title, address and review date, in the page's language.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseFeed } from '@rowanmanning/feed-parser'
import { parse as parseYaml } from 'yaml'
import { describe, expect, it } from 'vitest'
import {
  ARTICLES,
  FILES,
  LOCALES,
  OUT,
  PAGES,
  basePath,
  descendants,
  isArticlePath,
  isSectionPath,
  localePath,
  mustPage,
  pageAt,
  rel,
  squash,
  textOf,
  wordsOf,
  type Locale,
  type Page,
} from './site'

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
  (p) => p.kind === 'page' && (isArticlePath(p.path) || isSectionPath(p.path) || ['/help', '/glossary'].includes(basePath(p.path))),
)

describe.runIf(!FEEDBACK)('without a feedback address', () => {
  it('no page has a "Report a problem" link (no made-up address)', () => {
    expect(PAGES.filter((p) => reportLinks(p).length).map(String)).toEqual([])
  })
})

describe.runIf(FEEDBACK)('Report a problem with this page', () => {
  it('every article, section page, glossary and help page has the link, in every language', () => {
    for (const locale of LOCALES) expect(WITH_LINK.filter((p) => p.locale === locale).length, locale).toBeGreaterThan(60)
    expect(WITH_LINK.filter((page) => reportLinks(page).length === 0).map(String)).toEqual([])
  })

  it('every glossary entry has its own, with the entry anchor, in every language', () => {
    for (const path of LOCALES.map((l) => localePath(l, '/glossary'))) {
      const page = mustPage(path)
      const entries = page.elements.filter((el) => el.tagName === 'article' && String(el.properties.className ?? '').includes('glossary-entry'))
      const links = reportLinks(page)
      expect(entries.length, path).toBeGreaterThan(20)
      expect(links.length, path).toBe(entries.length)
      for (const [i, entry] of entries.entries()) {
        expect(mailParts(String(links[i]!.properties.href)).body).toContain(`${path}#${String(entry.properties.id)}\r\n`)
      }
    }
  })

  it('a section page mails its own address and title, percent-encoded, in each language', () => {
    for (const locale of LOCALES) {
      const path = localePath(locale, '/articles/safety/when-to-get-help')
      const { reportSubject: subject, reportAddress: label } = wordsOf(locale)
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

describe('the change log: /updates and the Atom feeds', () => {
  const feedFiles = FILES.filter((f) => f.endsWith('updates.xml'))
  const origin = (xml: string) => new URL(parseFeed(xml).url!).origin

  it('a site feed and one per article, in each language', () => {
    const expected = LOCALES.flatMap((l) => ['/updates.xml', ...ARTICLES.map((slug) => `/articles/${slug}/updates.xml`)].map((p) => localePath(l, p).slice(1)))
    expect(feedFiles.sort()).toEqual(expected.sort())
  })

  it.each(feedFiles)('%s parses, and each entry has an id, its change date and a section page that exists', (file) => {
    const xml = readFileSync(join(OUT, file), 'utf8')
    const feed = parseFeed(xml)
    expect(feed.items.length).toBeGreaterThan(0)
    expect(new Set(feed.items.map((i) => i.id)).size).toBe(feed.items.length)
    for (const item of feed.items) {
      expect(item.updated?.toISOString()).toMatch(/^20\d\d-\d\d-\d\dT00:00:00\.000Z$/)
      const url = new URL(item.url!)
      expect(url.origin).toBe(origin(xml))
      expect(pageAt(url.pathname)?.kind, `${file}: ${item.url}`).toBe('page')
      // The entry's id is its place on /updates.
      const [page, anchor] = item.id!.replace(url.origin, '').split('#')
      expect(mustPage(page!).elements.some((el) => el.properties.id === anchor)).toBe(true)
    }
    expect(feed.updated?.toISOString()).toBe(
      feed.items
        .map((i) => i.updated!.toISOString())
        .sort()
        .at(-1),
    )
  })

  it('pages advertise their feeds with <link rel="alternate" type="application/atom+xml">, each to a file that exists', () => {
    const pages = PAGES.filter((p) => p.kind === 'page' && (basePath(p.path).startsWith('/articles/') || basePath(p.path) === '/updates'))
    for (const locale of LOCALES) expect(pages.filter((p) => p.locale === locale).length, locale).toBeGreaterThan(60)
    for (const page of pages) {
      const links = page.elements.filter((el) => el.tagName === 'link' && el.properties.type === 'application/atom+xml' && rel(el).includes('alternate'))
      const hrefs = links.map((l) => new URL(String(l.properties.href), 'http://x').pathname)
      expect(hrefs, page.path).toContain(localePath(page.locale, '/updates.xml'))
      const slug = /^\/articles\/([^/]+)/.exec(basePath(page.path))?.[1]
      if (slug) expect(hrefs, page.path).toContain(localePath(page.locale, `/articles/${slug}/updates.xml`))
      for (const h of hrefs) expect(FILES, page.path).toContain(h.slice(1))
    }
  })

  it('/updates lists the corrections of 2 December 2026 with working section links, in each language', () => {
    for (const path of LOCALES.map((l) => localePath(l, '/updates'))) {
      const page = mustPage(path)
      const items = page.elements.filter(
        (el) => el.tagName === 'li' && typeof el.properties.id === 'string' && /-2026-12-02-\d+$/.test(String(el.properties.id)),
      )
      expect(items.length).toBe(7)
      for (const item of items) {
        const hrefs = descendants(item)
          .filter((el) => el.tagName === 'a')
          .map((a) => String(a.properties.href))
          .filter((href) => href.startsWith('/'))
        expect(hrefs.length).toBeGreaterThan(1)
        for (const href of hrefs) expect(pageAt(href)?.kind, `${path}: ${href}`).toBe('page')
      }
    }
  })

  it('an article and a section page show their history; a section page only the changes that touched it', () => {
    const article = mustPage('/articles/what-is-ketamine-therapy')
    const section = mustPage('/articles/what-is-ketamine-therapy/forms')
    const histories = (page: Page) => page.elements.filter((el) => el.tagName === 'details' && /^(History|Changes to this section)/.test(squash(textOf(el))))
    expect(squash(textOf(histories(article)[0]!))).toContain('The source for the meaning of treatment-resistant depression.')
    const sectionText = squash(textOf(histories(section).at(-1)!))
    expect(sectionText).toContain('First published.')
    expect(sectionText).not.toContain('treatment-resistant depression.')
  })
})

describe('who reviewed what', () => {
  const jsonLd = (page: Page) =>
    page.elements
      .filter((el) => el.tagName === 'script' && el.properties.type === 'application/ld+json')
      .map((el) => JSON.parse(textOf(el)) as Record<string, unknown>)

  /** The reviewing team's name in each language the site has today (content: the articles' frontmatter). */
  const TEAM: Partial<Record<Locale, string>> = { en: 'Editorial team', es: 'Equipo editorial' }

  it.each(LOCALES.flatMap((l) => ARTICLES.map((slug) => localePath(l, `/articles/${slug}`))))(
    '%s: reviewer, role, date and conflicts on the page and in JSON-LD',
    (path) => {
      const page = mustPage(path)
      const words = wordsOf(page.locale)
      const data = jsonLd(page).find((d) => d['@type'] === 'MedicalWebPage')!
      expect(data.lastReviewed).toMatch(/^20\d\d-\d\d-\d\d$/)
      const reviewer = data.reviewedBy as Record<string, unknown>
      // No person is invented: the team stays an organisation until a real reviewer is named.
      expect(reviewer['@type']).toBe('Organization')
      const name = String(reviewer.name)
      expect(name.startsWith(`${words.siteName}: `), `${path}: the reviewer "${name}" is the site's team`).toBe(true)
      const team = name.slice(words.siteName.length + 2)
      if (TEAM[page.locale]) expect(team).toBe(TEAM[page.locale])
      const about = squash(textOf(page.elements.find((el) => el.tagName === 'section' && el.properties.className?.toString().includes('review-info'))!))
      expect(about).toContain(team)
      expect(about).toContain(words.conflicts)
      expect(about).toContain(String(reviewer.description))
    },
  )
})

describe('the official leaflet, one tap away', () => {
  const LABEL = 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=d81a6a79-a74a-44b7-822c-0dfa3036eaed'
  /** The leaflet's name and who to ask, in each language the site has today (content: the articles' words). */
  const WORDS: Partial<Record<Locale, { guide: string; ask: string }>> = {
    en: { guide: 'Medication Guide', ask: 'pharmacist' },
    es: { guide: 'Guía del Medicamento', ask: 'farmacéutico' },
  }
  it.each(LOCALES.flatMap((l) => ['/articles/safety', '/articles/what-to-expect'].map((p) => [localePath(l, p), l] as const)))(
    '%s links the Spravato Medication Guide before its first section, and names the prescriber or pharmacist',
    (path, locale) => {
      const page = mustPage(path)
      const firstSection = page.html.indexOf(path.endsWith('safety') ? 'id="when-to-get-help"' : 'id="preparing"')
      expect(firstSection, `${path}: its first section`).toBeGreaterThan(0)
      const words = WORDS[locale]
      const guide = page.elements.find((el) => el.tagName === 'a' && el.properties.href === LABEL && (!words || textOf(el).includes(words.guide)))
      expect(guide, path).toBeDefined()
      const at = page.html.indexOf(`href="${LABEL.replace(/&/g, '&amp;')}"`)
      expect(at).toBeGreaterThan(0)
      expect(at).toBeLessThan(firstSection)
      if (words) expect(squash(textOf(page.parent(guide!)!))).toContain(words.ask)
    },
  )
})
