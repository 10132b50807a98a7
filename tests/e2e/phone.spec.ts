import { LOCALE_INFO, localePath, TRANSLATED_LOCALES } from '../../lib/i18n/locales'
import { expect, PHONE, test } from './fixtures'

// A worried patient on a 390 x 844 phone: the `phone` project runs only the tests tagged @phone.

// The first screen of every template state at 390 px ("Get help now" and search in view, a header of
// at most 120 px, nothing wider than the screen) is checked in quality.spec.ts, on the same load as
// axe's phone-width run: one page load, not two.

test.describe('on a phone', () => {
  test('"Get help now" leads to tap-to-call and tap-to-text links', { tag: PHONE }, async ({ page }) => {
    await page.goto('/articles/safety')
    await page.getByRole('link', { name: 'Get help now' }).tap()
    await expect(page).toHaveURL(/\/help$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Get help now')
    for (const href of ['tel:988', 'sms:988', 'tel:911']) await expect(page.locator(`a[href="${href}"]`).first()).toBeVisible()
    await expect(page.locator('main a[href="https://findahelpline.com"]')).toBeVisible()
  })

  // Issue 25: deep in a long article, help, search and the language switch are one scroll up away.
  test('the bar follows the reader: away while scrolling down, back on scrolling up, with the language switch', { tag: PHONE }, async ({ page }) => {
    await page.goto('/articles/safety')
    // Layout shifts while the bar comes and goes (the bar moves by transform only: none expected).
    await page.evaluate(() => {
      ;(window as unknown as { shift: number }).shift = 0
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
          if (!entry.hadRecentInput) (window as unknown as { shift: number }).shift += entry.value
      }).observe({ type: 'layout-shift', buffered: true })
    })
    const bar = page.locator('[data-site-bar]')
    const help = bar.getByRole('link', { name: 'Get help now' })
    await page.mouse.wheel(0, 8000)
    await expect(bar).toHaveClass(/is-hidden/)
    await expect.poll(async () => (await bar.boundingBox())!.y + (await bar.boundingBox())!.height).toBeLessThanOrEqual(0)
    await page.mouse.wheel(0, -200)
    await expect(bar).not.toHaveClass(/is-hidden/)
    await expect(help).toBeInViewport()
    await expect(bar.getByRole('button', { name: 'Search', exact: true })).toBeInViewport()
    // One switch per other language, each named in its own language, each to the section on screen.
    const switches = TRANSLATED_LOCALES.map((locale) => {
      const link = bar.getByRole('link', { name: LOCALE_INFO[locale].name, exact: true })
      const target = new RegExp(`${localePath(locale, '/articles/safety').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}#[a-z-]+$`)
      return { link, target }
    })
    for (const { link, target } of switches) {
      await expect(link).toBeInViewport()
      await expect(link).toHaveAttribute('href', target)
    }
    // It never covers the text being read: it is 60 px at most, and a jump to a section lands below it.
    expect((await bar.boundingBox())!.height).toBeLessThanOrEqual(60)
    // A switch opens its language's page at the section on screen (the first: each behaves alike).
    await switches[0]!.link.tap()
    await expect(page).toHaveURL(switches[0]!.target)
    const id = new URL(page.url()).hash.slice(1)
    const heading = (await page.locator(`[id="${id}"]`).boundingBox())!
    const translatedBar = (await page.locator('[data-site-bar]').boundingBox())!
    expect(heading.y).toBeGreaterThanOrEqual(translatedBar.y + translatedBar.height)
    expect(await page.evaluate(() => (window as unknown as { shift?: number }).shift ?? 0)).toBe(0)
  })

  test('citation markers are 24 x 24 px tap targets, sorted, and never alone on a line', { tag: PHONE }, async ({ page }) => {
    await page.goto('/articles/safety')
    // The menu row scrolls sideways on a phone; this article's tab is brought into view (issue 25).
    const tab = (await page.locator('.nav-row [aria-current="page"]').boundingBox())!
    expect(tab.x).toBeGreaterThanOrEqual(0)
    expect(tab.x + tab.width).toBeLessThanOrEqual(390)
    // Markers in a closed "More detail" box are not on screen.
    const links = page.locator('main a.cite-link:visible')
    const count = await links.count()
    expect(count).toBeGreaterThan(20)
    for (let i = 0; i < count; i += 7) {
      const box = (await links.nth(i).boundingBox())!
      expect(box.width).toBeGreaterThanOrEqual(24)
      expect(box.height).toBeGreaterThanOrEqual(24)
    }
    const orders = await page
      .locator('main sup.cite')
      .evaluateAll((sups) => sups.map((sup) => [...sup.querySelectorAll('a.cite-link')].map((a) => Number.parseInt(a.textContent ?? '', 10))))
    for (const numbers of orders) expect(numbers).toEqual([...numbers].sort((a, b) => a - b))
    // A marker shares its line with the word before it: the glue wraps both, unbroken.
    const alone = await page.locator('main sup.cite').evaluateAll(
      (sups) =>
        sups.filter((sup) => {
          if (sup.closest('figure')) return false // figure sources stand under the figure, not in a sentence
          const glue = sup.closest('.cite-glue')
          return !glue || (glue.textContent ?? '').replace(sup.textContent ?? '', '').trim() === '' || glue.getClientRects().length > 1
        }).length,
    )
    expect(alone).toBe(0)
  })

  test('the first tap on a citation previews it and the second goes to the reference', { tag: PHONE }, async ({ page }) => {
    await page.goto('/articles/conditions')
    const cite = page.locator('a[data-cite]').first()
    await cite.scrollIntoViewIfNeeded()
    await cite.tap()
    await expect(page.locator('#cite-preview')).toBeVisible()
    await expect(page).not.toHaveURL(/#ref-/)
    await cite.tap()
    await expect(page).toHaveURL(/#ref-/)
  })

  test('a term popover opens by tap without moving the text', { tag: PHONE }, async ({ page }) => {
    await page.goto('/articles/safety')
    const term = page.locator('a[data-term]:visible').first()
    await term.scrollIntoViewIfNeeded()
    const before = await term.boundingBox()
    await term.tap()
    await expect(page.getByRole('dialog')).toBeVisible()
    expect(await term.boundingBox()).toEqual(before)
    await page.getByRole('button', { name: 'Close definition' }).tap()
    await expect(page.getByRole('dialog')).toBeHidden()
  })

  test('the header search opens by tap and finds a section', { tag: PHONE }, async ({ page }) => {
    await page.goto('/articles/history')
    await page.getByRole('banner').getByRole('button', { name: 'Search', exact: true }).tap()
    const box = page.getByRole('searchbox', { name: 'Search articles and the glossary' })
    await expect(box).toBeFocused()
    await box.fill('can i drive after spravatto')
    const hit = page.locator('#site-search-panel a.search-hit-link').filter({ hasText: 'When can I drive after a session?' })
    await expect(hit).toBeVisible()
    await hit.tap()
    await expect(page).toHaveURL(/\/articles\/safety#driving$/)
  })

  test('the table of contents is a closed disclosure at the top', { tag: PHONE }, async ({ page }) => {
    await page.goto('/articles/conditions')
    const toc = page.locator('details.toc')
    await expect(toc.locator('summary')).toHaveText('On this page')
    await expect(toc.getByRole('link').first()).toBeHidden()
    await toc.locator('summary').tap()
    await expect(toc.getByRole('link').first()).toBeVisible()
  })

  test('tables read as labelled cards at 390 px', { tag: PHONE }, async ({ page }) => {
    await page.goto('/articles/what-to-expect')
    const table = page.locator('main .table-wrap table').first()
    await expect(table).toBeVisible()
    const cell = table.locator('tbody td').nth(1)
    expect(await cell.evaluate((td) => getComputedStyle(td).display)).toBe('block')
    expect(await cell.getAttribute('data-label')).toBeTruthy()
    expect(await cell.evaluate((td) => getComputedStyle(td, '::before').content)).not.toBe('none')
    expect((await table.boundingBox())!.width).toBeLessThanOrEqual(390)
  })
})
