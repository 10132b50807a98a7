import { lockedRedirects } from './helpers'
import { expect, test } from './fixtures'

// Every section page's title, description, canonical, Open Graph tags and 1200x630 card, and the
// sitemap listing exactly the articles' sections, are checked on every built page in tests/built/.

test.describe('section pages', () => {
  test('a section page shows the question, its text with references numbered from 1, review facts and links onward', async ({ page }) => {
    await page.goto('/articles/safety/blood-pressure')
    await expect(page.locator('h1')).toHaveText('Can ketamine raise my blood pressure?')
    await expect(page).toHaveTitle('Can ketamine raise my blood pressure? | Ketamine Therapy Guide')
    const article = page.locator('article#article')
    // Only this section: no other section's heading, no key points.
    await expect(article.locator('h2#driving, h2#key-points, h2#blood-pressure')).toHaveCount(0)
    await expect(article.locator('.prose p').first()).toContainText('blood pressure')
    // Citations are numbered within the page, and each number leads to this page's list.
    const numbers = await article.locator('.prose sup.cite a.cite-link').allTextContents()
    expect(numbers[0]).toBe('1')
    const refs = article.locator('#references ol > li')
    expect(await refs.count()).toBeGreaterThan(0)
    for (const href of new Set(await article.locator('.prose sup.cite a.cite-link').evaluateAll((as) => as.map((a) => a.getAttribute('href'))))) {
      await expect(page.locator(`#references ${href!}`)).toHaveCount(1)
    }
    await expect(page.getByRole('link', { name: 'Read the whole article from here' }).first()).toHaveAttribute('href', '/articles/safety#blood-pressure')
    const onward = page.getByRole('navigation', { name: 'More from this article' })
    await expect(onward.getByRole('link', { name: /Previous section/ })).toHaveAttribute('href', '/articles/safety/sedation-breathing')
    await expect(onward.getByRole('link', { name: /Next section/ })).toHaveAttribute('href', '/articles/safety/misuse')
    const about = page.getByRole('region', { name: 'About this page' })
    await expect(about).toContainText('Last reviewed')
    await expect(about).toContainText('Next review due')
    await expect(page.getByRole('region', { name: 'If you are thinking about suicide or are in crisis' })).toBeVisible()
  })

  test('"Read the whole article from here" lands on the section in the article', async ({ page }) => {
    await page.goto('/articles/safety/driving')
    await page.getByRole('link', { name: 'Read the whole article from here' }).first().click()
    await expect(page).toHaveURL(/\/articles\/safety#driving$/)
    await expect(page.locator('h2#driving')).toBeInViewport()
  })

  test('a retired section id reaches its successor, with and without JavaScript', async ({ browser, baseURL }) => {
    const [slug, map] = Object.entries(lockedRedirects())[0]!
    const [oldId, newId] = Object.entries(map)[0]!
    for (const javaScriptEnabled of [true, false]) {
      const context = await browser.newContext({ baseURL, javaScriptEnabled })
      const page = await context.newPage()
      await page.goto(`/articles/${slug}/${oldId}`)
      await expect(page, `JavaScript ${javaScriptEnabled}`).toHaveURL(new RegExp(`/articles/${slug}/${newId}$`))
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/articles/${slug}/${newId}$`))
      await context.close()
    }
  })
})

test.describe('print', () => {
  for (const path of ['/articles/safety', '/articles/safety/blood-pressure']) {
    test(`printing ${path} drops navigation and buttons, keeps the address and review date, and prints glossary terms as text`, async ({ page }) => {
      await page.goto(path)
      await page.emulateMedia({ media: 'print' })
      for (const selector of ['nav.site-nav', '.toc', 'button', '.heading-tools', 'footer nav', '#main input']) {
        for (const el of await page.locator(selector).all()) await expect(el, selector).toBeHidden()
      }
      const line = page.locator('.print-line')
      await expect(line).toBeVisible()
      await expect(line).toContainText(new RegExp(`https?://[^ ]+${path}`))
      await expect(line).toContainText(/Reviewed [A-Z][a-z]+ \d{1,2}, \d{4}/)
      const term = page.locator('.prose a.term').first()
      expect(await term.evaluate((a) => getComputedStyle(a, '::after').content)).toMatch(/^(none|normal)$/)
      expect(await term.evaluate((a) => getComputedStyle(a).textDecorationLine)).toBe('none')
      // A link to a source prints its address in full.
      const source = page.locator('.references a[href^="http"]').first()
      expect(await source.evaluate((a) => getComputedStyle(a, '::after').content)).toContain('http')
    })
  }
})
