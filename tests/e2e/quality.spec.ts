import { type Page } from '@playwright/test'
import { LOCALE_INFO, localePath, splitLocale, TRANSLATED_LOCALES } from '../../lib/i18n/locales'
import { ARTICLES } from './helpers'
import { axeViolations, expect, test } from './fixtures'

// Accessibility by template state, not by page. The site's 174 pages come from about a dozen
// templates; what can differ from one page of a template to the next is its markup (valid HTML, one
// h1, unique ids, alt text, labelled links: checked on every built page in tests/built/) and its
// words (the content check). What axe adds is the rendered page: contrast, focus order, names of
// controls the scripts build. So axe runs on each state a reader can reach: every article in both
// languages, one page of every other template, and the states the islands create (results, an open
// panel, a filled handout). Each state is checked twice in one test: at phone width in the light
// scheme and at desktop width in the dark one (English articles other than BOTH_DISPLAYS, and each
// translated edition's, once). The phone-width load also shows the first screen a
// worried reader sees: "Get help now" and search in view, a header of at most 120 px, nothing wider
// than the screen (touch itself is phone.spec.ts's).
type State = {
  name: string
  path: string
  ready?: (page: Page) => Promise<void>
  /** A state checked once, at phone width in the dark scheme (see the translated articles). */
  phoneDarkOnly?: boolean
  /** A state checked once, at phone width in the light scheme (see the English articles). */
  phoneLightOnly?: boolean
}

/**
 * The articles whose components are checked in both displays: between them they hold every kind an
 * article has (callouts with crisis actions, the three risk figures, the visit picture, the schedule
 * chart, tables, More detail boxes, the checklist). The others are the same template and components
 * with other words: one display, at phone width, where the first screen is checked too.
 */
const BOTH_DISPLAYS = new Set(['safety', 'what-to-expect'])

/**
 * The translated articles axe renders, in each translated edition: the two action pages, the
 * care-and-cost page (its checklist and price list) and how-it-works (its drawing's translated
 * labels). The others are their English template with other words: their markup is checked on every
 * built page (tests/built), and their English pages here.
 */
const TRANSLATED_AXE = new Set(['safety', 'what-to-expect', 'finding-care', 'how-it-works'])

/**
 * A translated edition's pages are the same templates with other words: what can differ is text
 * (longer lines, other link names, another direction), not colours. So each is checked once, at phone
 * width in the dark scheme, which adds the third display (dark on a phone) instead of repeating one.
 */
const translated = (name: string, path: string): State[] =>
  TRANSLATED_LOCALES.map((locale) => ({ name: `${name} (${locale})`, path: localePath(locale, path), phoneDarkOnly: true }))

const STATES: State[] = [
  { name: 'home', path: '/' },
  ...translated('home', '/'),
  ...ARTICLES.flatMap((slug) => [
    { name: `article ${slug}`, path: `/articles/${slug}`, phoneLightOnly: !BOTH_DISPLAYS.has(slug) },
    ...(TRANSLATED_AXE.has(slug) ? translated(`article ${slug}`, `/articles/${slug}`) : []),
  ]),
  { name: 'section page', path: '/articles/safety/blood-pressure' },
  ...translated('section page', '/articles/safety/blood-pressure'),
  {
    // The longest page (every term is in it): one display, dark on a phone, where its results are read.
    name: 'glossary with results',
    path: '/glossary?q=ket',
    ready: async (page) => expect(page.locator('#glossary-results ol')).toBeVisible(),
    phoneDarkOnly: true,
  },
  { name: 'sources', path: '/sources' },
  { name: 'about', path: '/about' },
  // The change log (issue 27): a list of links, one display each; no script on the page.
  { name: 'updates', path: '/updates', phoneLightOnly: true },
  ...translated('updates', '/updates'),
  { name: 'help', path: '/help' },
  {
    name: '/search with results',
    path: '/search?q=spravato',
    ready: async (page) => expect(page.locator('#search-page a.search-hit-link').first()).toBeVisible(),
  },
  {
    // The header search is the same on every page: opened on a light page, so the time goes to the panel.
    name: 'the open header search with results',
    path: '/about',
    ready: async (page) => {
      await page.getByRole('banner').getByRole('button', { name: 'Search', exact: true }).click()
      const box = page.getByRole('searchbox', { name: 'Search articles and the glossary' })
      await expect(box).toBeFocused()
      await box.fill('ketamine')
      await expect(page.locator('#site-search-panel a.search-hit-link').first()).toBeVisible()
      await expect(page.locator('#site-search-panel').getByRole('status')).not.toBeEmpty()
    },
  },
  {
    name: 'the handout with sections and a filter',
    path: '/handout?s=safety/blood-pressure,safety/driving,what-to-expect/recovery',
    ready: async (page) => {
      await expect(page.locator('#handout-doc .handout-section').first()).toBeVisible()
      await expect(page.locator('[data-handout-loading]')).toBeHidden()
      await page.locator('#handout-filter').fill('blood')
    },
  },
  { name: 'the 404 page', path: '/no-such-page' },
]

/** At 390 x 844: "Get help now" and the search button inside the first screen, the header at most 120 px tall, nothing wider than the screen; a section page's main message too. */
async function firstScreen(page: Page, path: string) {
  const { locale, path: base } = splitLocale(path)
  const words = LOCALE_INFO[locale].strings.chrome
  const banner = page.getByRole('banner')
  const help = banner.getByRole('link', { name: words.getHelp })
  await expect(help, path).toBeVisible()
  const box = (await help.boundingBox())!
  expect(box.y + box.height, `${path}: "Get help now" is in the first screen`).toBeLessThanOrEqual(844)
  expect((await banner.boundingBox())!.height, `${path}: header height`).toBeLessThanOrEqual(120)
  const search = (await banner.getByRole('button', { name: words.search, exact: true }).boundingBox())!
  expect(search.width, `${path}: search button width`).toBeGreaterThanOrEqual(24)
  expect(search.x + search.width, `${path}: search button inside the screen`).toBeLessThanOrEqual(390)
  expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path}: page width`).toBeLessThanOrEqual(390)
  // A section page's main message is read without scrolling (issue 24; every section page measured
  // 390 x 844 when the fallback's 280-character budget was set: the lowest ended at 798 px).
  if (/^\/articles\/[^/]+\/[^/]+$/.test(base.split(/[?#]/)[0]!)) {
    const message = (await page.locator('[data-section-body] > .main-message').boundingBox())!
    expect(message.y + message.height, `${path}: the main message is in the first screen`).toBeLessThanOrEqual(844)
  }
}

test.describe('accessibility (axe, WCAG 2.2 AA)', () => {
  for (const state of STATES) {
    const displays = state.phoneDarkOnly ? 'phone dark' : state.phoneLightOnly ? 'phone light' : 'phone light, desktop dark'
    test(`axe finds nothing on ${state.name} (${displays}); its first screen on a phone holds help and search`, async ({ page }) => {
      test.slow() // the longest articles and the glossary take seconds each, more on a busy machine
      // One load, two displays: a phone in the light scheme, then the same page at desktop width in
      // the dark scheme (media queries apply as the window changes, as when a tablet turns).
      await page.setViewportSize({ width: 390, height: 844 })
      await page.emulateMedia({ colorScheme: state.phoneDarkOnly ? 'dark' : 'light' })
      await page.goto(state.path)
      await firstScreen(page, state.path)
      await state.ready?.(page)
      const problems = await axeViolations(page, state.phoneDarkOnly ? '390px dark' : '390px light')
      if (state.phoneDarkOnly || state.phoneLightOnly) return expect(problems).toEqual([])
      await page.setViewportSize({ width: 1280, height: 900 })
      await page.emulateMedia({ colorScheme: 'dark' })
      await page.evaluate(() => new Promise(requestAnimationFrame))
      problems.push(...(await axeViolations(page, '1280px dark')))
      expect(problems).toEqual([])
    })
  }

  test('every interactive control on an article is reachable by keyboard and visibly focused', async ({ page }) => {
    await page.goto('/articles/how-it-works')
    const seen = new Set<string>()
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab')
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null
        if (!el || el === document.body) return null
        const style = getComputedStyle(el)
        return {
          tag: el.tagName,
          text: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40),
          outline: style.outlineStyle !== 'none' && style.outlineWidth !== '0px',
        }
      })
      if (!focus) continue
      expect(focus.outline, `${focus.tag} "${focus.text}" shows a focus outline`).toBe(true)
      seen.add(focus.tag)
    }
    expect([...seen]).toEqual(expect.arrayContaining(['A', 'BUTTON']))
  })
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })
  // Every article's text, contents and references are in its HTML (tests/built/); this shows the
  // stylesheet does not hide any of it when no script runs.
  test('an article shows its key points, table of contents, text and references', async ({ page }) => {
    await page.goto('/articles/safety')
    await expect(page.locator('.key-points li').first()).toBeVisible()
    await expect(page.locator('nav.toc a').first()).toBeVisible()
    await expect(page.locator('#article > .prose p').first()).toBeVisible()
    await expect(page.locator('#references ol > li').last()).toBeVisible()
  })
})

test.describe('figures', () => {
  const FIGURES = [
    ['history', 'fig-history-timeline'],
    ['how-it-is-given', 'fig-route-comparison'],
    ['how-it-works', 'fig-synapse'],
    ['what-to-expect', 'fig-treatment-day'],
    ['what-to-expect', 'fig-induction-schedule'],
    ['safety', 'fig-get-help'],
    ['safety', 'fig-sedation'],
    ['safety', 'fig-bp-rise'],
  ]
  const TEXT_ALTERNATIVES: Record<string, (page: Page) => Promise<void>> = {
    history: async (page) => expect(await page.locator('#fig-history-timeline ol > li').count()).toBeGreaterThanOrEqual(10),
    'how-it-works': async (page) => expect(page.locator('#fig-synapse svg[role="img"]')).toBeVisible(),
    'how-it-is-given': async (page) => expect(page.locator('#fig-route-comparison table')).toContainText('About 48%'),
    'what-to-expect': async (page) => {
      await expect(page.locator('#fig-treatment-day')).toContainText('At least 2 hours')
      await expect(page.locator('#fig-induction-schedule table')).toContainText('2 sessions')
    },
    safety: async (page) => {
      await expect(page.locator('#fig-bp-rise svg[role="img"]').first()).toHaveAttribute('aria-label', /8 to 19 of them/)
      await expect(page.locator('#fig-sedation svg[role="img"]')).toHaveAttribute('aria-label', /48 to 61 of them/)
      await expect(page.locator('#fig-get-help').getByRole('link', { name: '911' }).first()).toHaveAttribute('href', 'tel:911')
    },
  }
  test('each figure renders with a caption, its sources and its text alternative, and works in forced colors', async ({ page }) => {
    await page.emulateMedia({ forcedColors: 'active' })
    // how-it-is-given last: its bar chart is checked on the page already open.
    const slugs = [...new Set(FIGURES.map(([slug]) => slug))].sort((a, b) => Number(a === 'how-it-is-given') - Number(b === 'how-it-is-given'))
    for (const slug of slugs) {
      await page.goto(`/articles/${slug}`)
      expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true)
      for (const [, id] of FIGURES.filter(([s]) => s === slug)) {
        const figure = page.locator(`figure#${id}`)
        await expect(figure).toBeVisible()
        await expect(figure.locator('figcaption')).not.toBeEmpty()
        expect(await figure.locator('a[data-cite]').count(), id).toBeGreaterThan(0)
      }
      // Each figure's text alternative is there, in words (one load per article).
      await TEXT_ALTERNATIVES[slug!]?.(page)
    }
    // In forced colors the bars take the forced text colour (currentColor), so they stay visible
    // against their track whatever colours the reader has chosen.
    const bars = await page
      .locator('#fig-route-comparison svg')
      .first()
      .evaluate((svg) => {
        const [track, bar] = [...svg.querySelectorAll('rect')]
        return { text: getComputedStyle(svg).color, bar: getComputedStyle(bar!).fill, track: getComputedStyle(track!).fill }
      })
    expect(bars.bar).toBe(bars.text)
    expect(bars.bar).not.toBe(bars.track)
  })
})
