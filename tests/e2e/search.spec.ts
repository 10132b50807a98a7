import { type Page } from '@playwright/test'
import { expect, test } from './fixtures'

/** Opens the header panel the way a keyboard user does: "/" (the tap flow is in phone.spec.ts). */
async function openPanel(page: Page) {
  await expect(page.getByRole('banner').getByRole('button', { name: 'Search', exact: true })).toBeVisible()
  await page.keyboard.press('/')
  const box = page.getByRole('searchbox', { name: 'Search articles and the glossary' })
  await expect(box).toBeFocused()
  return box
}

test.describe('site search', () => {
  // Nothing is sent anywhere but our own origin, and no CSP refusal: the guard (fixtures.ts) checks both.
  test('the header search finds a section from a misspelled question, marked and announced', async ({ page }) => {
    await page.goto('/articles/history')
    const box = await openPanel(page)
    await box.fill('can i drive after spravatto')
    const panel = page.getByRole('dialog', { name: 'Search this site' })
    const first = panel.locator('a.search-hit-link').first()
    await expect(first).toBeVisible()
    await expect(panel.locator('a.search-hit-link').filter({ hasText: 'When can I drive after a session?' })).toHaveCount(1)
    await expect(panel.getByRole('status')).toHaveText(/results? for “can i drive after spravatto”/)
    await expect(panel.locator('mark').first()).toBeVisible()
    await panel.locator('a.search-hit-link').filter({ hasText: 'When can I drive after a session?' }).click()
    await expect(page).toHaveURL(/\/articles\/safety#driving$/)
  })

  test('arrow keys move through the results; Escape closes and returns focus', async ({ page }) => {
    await page.goto('/')
    const box = await openPanel(page)
    await box.fill('bladder')
    const links = page.locator('#site-search-panel a.search-hit-link')
    await expect(links.nth(1)).toBeVisible()
    await page.keyboard.press('ArrowDown')
    await expect(links.nth(0)).toBeFocused()
    await page.keyboard.press('ArrowDown')
    await expect(links.nth(1)).toBeFocused()
    await page.keyboard.press('ArrowUp')
    await page.keyboard.press('ArrowUp')
    await expect(box).toBeFocused()
    await page.keyboard.press('Escape')
    await expect(page.locator('#site-search-panel')).toBeHidden()
    await expect(page.getByRole('banner').getByRole('button', { name: 'Search', exact: true })).toBeFocused()
    await expect(page.getByRole('banner').getByRole('button', { name: 'Search', exact: true })).toHaveAttribute('aria-expanded', 'false')
  })

  test('glossary terms appear as definitions; nothing found suggests sections and the glossary', async ({ page }) => {
    await page.goto('/')
    const box = await openPanel(page)
    await box.fill('k hole')
    const panel = page.locator('#site-search-panel')
    await expect(panel.locator('.search-hit').first()).toContainText('Definition')
    await expect(panel.locator('a.search-hit-link').first()).toHaveAttribute('href', '/glossary#k-hole')
    await box.fill('zzqxvw')
    await expect(panel.getByText('Nothing matches “zzqxvw”.', { exact: false })).toBeVisible()
    await expect(panel.getByRole('link', { name: 'Look up a word in the glossary' })).toBeVisible()
    expect(await panel.locator('.site-search-suggestions a[href^="/articles/"]').count()).toBeGreaterThanOrEqual(3)
  })

  test('bad input runs nothing and stays text', async ({ page }) => {
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    page.on('dialog', (d) => {
      errors.push(`dialog: ${d.message()}`)
      void d.dismiss()
    })
    await page.goto('/')
    const box = await openPanel(page)
    const panel = page.locator('#site-search-panel')
    for (const query of ['<img src=x onerror=alert(1)>', '.*+?^${}()|[]\\', '💊🙂 ketamine', 'x'.repeat(500)]) {
      await box.fill(query)
      await expect(panel.getByRole('status')).not.toBeEmpty()
    }
    await box.fill('<img src=x onerror=alert(1)> spravato')
    await expect(panel.locator('a.search-hit-link').first()).toBeVisible()
    await expect(panel.locator('img')).toHaveCount(0)
    expect(errors).toEqual([])
  })

  test('/search?q= is shareable and keeps the query in the URL', async ({ page }) => {
    await page.goto('/search?q=blood+presure')
    const box = page.getByRole('searchbox', { name: 'Search articles and the glossary' }).last()
    await expect(box).toHaveValue('blood presure')
    const results = page.locator('#search-page [data-hits]')
    await expect(results.locator('a.search-hit-link').filter({ hasText: 'Can ketamine raise my blood pressure?' })).toBeVisible()
    await expect(page.locator('#search-index')).toBeHidden()
    await box.fill('benzos')
    await expect(page).toHaveURL(/\/search\?q=benzos$/)
    await expect(results.locator('.search-hit').first()).toContainText('Benzodiazepine')
  })
})

test.describe('site search without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the header search is a link to /search, which lists every article and section', async ({ page }) => {
    await page.goto('/articles/safety')
    const link = page.locator('header a[href="/search"]')
    await expect(link).toHaveAccessibleName('Search')
    await link.click()
    await expect(page).toHaveURL(/\/search$/)
    const index = page.locator('#search-index')
    await expect(index.getByRole('link', { name: 'When can I drive after a session?' })).toHaveAttribute('href', /\/articles\/safety(\/|#)driving$/)
    await expect(index.getByRole('link', { name: 'Will insurance pay for ketamine treatment?' })).toBeVisible()
    expect(await index.locator('h3').count()).toBeGreaterThanOrEqual(7)
    expect(await index.locator('li a').count()).toBeGreaterThan(60)
  })
})
