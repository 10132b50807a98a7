import { expect, test } from './fixtures'

test.describe('citations', () => {
  test('a citation leads to its reference and the back-link returns to the text', async ({ page }) => {
    await page.goto('/articles/safety')
    // The first key point's first marker (the main message above cites its own sources first).
    const first = page.locator('.key-points a[data-cite]').first()
    const id = await first.getAttribute('data-cite')
    const name = (await first.getAttribute('aria-label')) ?? ''
    expect(name).toMatch(/^Reference \d+$/)
    const n = name.replace('Reference ', '')
    await expect(first).toHaveAccessibleName(`Reference ${n}`)
    const anchor = await first.getAttribute('id')
    await first.click()
    await expect(page).toHaveURL(new RegExp(`#ref-${id}$`))
    const entry = page.locator(`li#ref-${id}`)
    await expect(entry).toBeInViewport()
    await entry
      .getByRole('link', { name: new RegExp(`^Back to reference ${n} in the text`) })
      .first()
      .click()
    // The first back-link returns to the first place that cites it (here the main message's range).
    await expect(page).toHaveURL(/#cite-\d+$/)
    const back = new URL(page.url()).hash
    await expect(page.locator(back)).toBeInViewport()
    expect(anchor).toMatch(/^cite-\d+$/)
  })

  test('numbers are given by first use and the list reads correctly to a screen reader', async ({ page }) => {
    await page.goto('/articles/what-to-expect')
    const names = await page.locator('article a[data-cite]').evaluateAll((links) => links.slice(0, 12).map((l) => l.getAttribute('aria-label')))
    const numbers = names.map((n) => Number(n!.replace('Reference ', '')))
    let max = 0
    for (const n of numbers) {
      expect(n).toBeLessThanOrEqual(max + 1)
      max = Math.max(max, n)
    }
    const refs = page.locator('#references')
    await expect(refs.getByRole('heading', { name: 'References' })).toBeVisible()
    const list = refs.locator('ol')
    expect(await list.locator(':scope > li').count()).toBeGreaterThanOrEqual(8)
    const snapshot = await refs.ariaSnapshot()
    expect(snapshot).toContain('heading "References"')
    expect(snapshot).toMatch(/list:\n\s+- listitem:/)
    expect(snapshot).toContain('link "Back to reference 1 in the text')
  })

  test('focusing a citation previews the short reference; Escape closes it', async ({ page }) => {
    await page.goto('/articles/conditions')
    const cite = page.locator('.key-points a[data-cite]').first()
    await cite.focus()
    const tip = page.locator('#cite-preview')
    await expect(tip).toBeVisible()
    await expect(tip).toContainText('Reference 1:')
    await expect(cite).toHaveAttribute('aria-describedby', 'cite-preview')
    await page.keyboard.press('Escape')
    await expect(tip).toBeHidden()
  })

  test('in print the reference list is shown and the navigation is not', async ({ page }) => {
    await page.goto('/articles/safety')
    await page.emulateMedia({ media: 'print' })
    await expect(page.locator('#references ol > li').first()).toBeVisible()
    await expect(page.getByRole('navigation', { name: 'Articles' })).toBeHidden()
    await expect(page.locator('.heading-tools').first()).toBeHidden()
  })
})
