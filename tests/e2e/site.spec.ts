import { expect, test } from '@playwright/test'
import { ARTICLE_META, ARTICLES } from './helpers'

const ROUTES = ['/', ...ARTICLES.map((s) => `/articles/${s}`), '/glossary', '/about', '/sources']

test('every route answers 200 with exactly one h1', async ({ page }) => {
  for (const path of ROUTES) {
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(200)
    await expect(page.locator('h1'), path).toHaveCount(1)
  }
})

test('an unknown page answers 404 with a helpful page', async ({ page }) => {
  const response = await page.goto('/no-such-page')
  expect(response?.status()).toBe(404)
  await expect(page.locator('h1')).toHaveText('We could not find that page')
  await expect(page.getByRole('link', { name: 'Glossary of terms' })).toBeVisible()
})

test('the header navigation reaches every article', async ({ page }) => {
  await page.goto('/')
  for (const { navTitle: name, slug } of ARTICLE_META) {
    await page.getByRole('navigation', { name: 'Articles' }).getByRole('link', { name, exact: true }).click()
    await expect(page).toHaveURL(new RegExp(`/articles/${slug}$`))
    await expect(page.getByRole('navigation', { name: 'Articles' }).getByRole('link', { name, exact: true })).toHaveAttribute('aria-current', 'page')
  }
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

test('the footer shows crisis help and the not-medical-advice note on every page', async ({ page }) => {
  for (const path of ['/', '/articles/conditions', '/glossary']) {
    await page.goto(path)
    const crisis = page.getByRole('region', { name: 'If you are thinking about suicide or are in crisis' })
    await expect(crisis.getByRole('link', { name: /^Call 988/ })).toHaveAttribute('href', 'tel:988')
    await expect(crisis.getByRole('link', { name: 'Text 988' })).toHaveAttribute('href', 'sms:988')
    await expect(crisis.getByRole('link', { name: /^Call 911/ })).toHaveAttribute('href', 'tel:911')
    await expect(crisis.getByRole('link', { name: 'findahelpline.com' })).toBeVisible()
    await expect(page.getByText('Education, not medical advice.', { exact: true })).toBeVisible()
  }
})

test('frontmatter never renders as text', async ({ page }) => {
  await page.goto('/articles/history')
  await expect(page.locator('main')).not.toContainText('lastReviewed:')
  await expect(page.locator('main')).not.toContainText('navTitle:')
})
