import { expect, test } from './fixtures'

test.describe('glossary', () => {
  test('a misspelled query finds the right term first, and the query lands in the URL', async ({ page }) => {
    await page.goto('/glossary')
    const box = page.getByRole('searchbox', { name: 'Search the glossary' })
    await expect(box).toBeEnabled()
    await box.fill('ketamene')
    const results = page.locator('#glossary-results ol')
    await expect(results.locator('dfn').first()).toHaveText('Ketamine')
    await expect(page.getByRole('status').filter({ hasText: 'match' })).toContainText('“ketamene”')
    await expect(page).toHaveURL(/\?q=ketamene$/)
    await expect(page.locator('#glossary-full')).toBeHidden()
  })

  test('a shared ?q= link opens the filtered list', async ({ page }) => {
    await page.goto('/glossary?q=spravato')
    await expect(page.getByRole('searchbox', { name: 'Search the glossary' })).toHaveValue('spravato')
    await expect(page.locator('#glossary-results ol').locator('dfn').first()).toHaveText('Esketamine')
    await expect(page.locator('#glossary-results ol').locator('mark').first()).toHaveText(/spravato/i)
  })

  test('no match shows a helpful empty state; hostile input stays text', async ({ page }) => {
    await page.goto('/glossary')
    const box = page.getByRole('searchbox', { name: 'Search the glossary' })
    await box.fill('<img src=x onerror=alert(1)>')
    await expect(page.getByText('Nothing found for “<img src=x onerror=alert(1)>”.')).toBeVisible()
    await expect(page.locator('#glossary-results img')).toHaveCount(0)
    await page.getByRole('button', { name: 'Clear the search' }).click()
    await expect(page.locator('#glossary-full')).toBeVisible()
  })

  test('a /glossary#term link shows that term', async ({ page }) => {
    await page.goto('/glossary#nmda-receptor')
    const entry = page.locator('article#nmda-receptor')
    await expect(entry).toBeInViewport()
    await expect(entry.locator('dfn')).toHaveText('NMDA receptor')
    await expect(entry).toContainText('Also called:')
    await expect(entry.getByRole('link', { name: /How it works/ }).first()).toBeVisible()
  })

  test('a term popover opens from an article by keyboard, closes with Escape and returns focus', async ({ page }) => {
    await page.goto('/articles/how-it-works')
    const term = page.locator('a[data-term]').first()
    await term.focus()
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog')
    await expect(dialog).toBeVisible()
    await expect(dialog.getByRole('link', { name: /^Read the full entry for/ })).toBeVisible()
    await expect(page).toHaveURL(/\/articles\/how-it-works$/)
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(term).toBeFocused()
  })
})

test.describe('glossary without JavaScript', () => {
  test.use({ javaScriptEnabled: false })
  test('every term is listed and readable', async ({ page }) => {
    await page.goto('/glossary')
    expect(await page.locator('#glossary-full article.glossary-entry').count()).toBeGreaterThanOrEqual(70)
    await expect(page.locator('#ketamine dfn')).toHaveText('Ketamine')
  })
})
