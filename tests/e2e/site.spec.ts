import { ARTICLE_META } from './helpers'
import { expect, test } from './fixtures'

// One h1 per page, the footer's crisis links and frontmatter never rendered are checked on every
// built page without a browser (tests/built/).

test('an unknown page or section answers 404 with a helpful page', async ({ page }) => {
  for (const path of ['/no-such-page', '/articles/safety/no-such-section']) {
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(404)
    await expect(page.locator('h1'), path).toHaveText('We could not find that page')
    await expect(page.getByRole('link', { name: 'Glossary of terms' }), path).toBeVisible()
  }
})

// Every article page's header lists every article and marks itself current (tests/built/articles.test.ts);
// here one click shows the links work in a browser.
test('a header navigation link opens its article, marked as the current page', async ({ page }) => {
  const { navTitle: name, slug } = ARTICLE_META.at(-1)!
  await page.goto('/')
  const nav = page.getByRole('navigation', { name: 'Articles' })
  await nav.getByRole('link', { name, exact: true }).click()
  await expect(page).toHaveURL(new RegExp(`/articles/${slug}$`))
  await expect(nav.getByRole('link', { name, exact: true })).toHaveAttribute('aria-current', 'page')
})

test('the skip link is the first focusable element and moves focus to main', async ({ page }) => {
  await page.goto('/articles/safety')
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to main content' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(page.locator('main#main')).toBeFocused()
})
