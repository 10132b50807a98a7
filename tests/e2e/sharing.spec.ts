import { readFileSync } from 'node:fs'
import { LOCALE_INFO, LOCALES, localePath } from '../../lib/i18n/locales'
import { lockedRedirects } from './helpers'
import { expect, test } from './fixtures'

// Every heading's self-link and copy button, and every page's link-preview tags and JSON-LD, are
// checked on every built page in tests/built/. These are the behaviours.

test('the copy button at an h2 copies the section page URL, which opens that section', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto('/articles/safety')
  const button = page.getByRole('button', { name: 'Copy link to section: Can ketamine raise my blood pressure?' })
  // Quiet in the reading line (issue 25) until the pointer is over the heading.
  await expect(button).toBeHidden()
  await page.locator('h2#blood-pressure').hover()
  await expect(button).toBeVisible()
  await button.click()
  await expect(page.locator('#announcer')).toHaveText("Link to 'Can ketamine raise my blood pressure?' copied")
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(copied).toBe(`${baseURL}/articles/safety/blood-pressure`)
  await page.goto(copied)
  await expect(page.locator('h1')).toHaveText('Can ketamine raise my blood pressure?')
  // The # link beside the heading keeps using the in-page anchor; the keyboard on it shows the tools.
  await page.goto('/articles/safety')
  const self = page.getByRole('link', { name: 'Link to section: Can ketamine raise my blood pressure?' })
  await expect(self).toHaveAttribute('href', '#blood-pressure')
  await self.focus()
  await expect(button).toBeVisible()
  await page.keyboard.press('Tab')
  await expect(button).toBeFocused()
  // A tap on # (no hover on a touch screen) makes the heading the target: the tools show.
  await page.mouse.move(0, 0)
  await self.click()
  await page.locator('body').press('Escape')
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  await expect(button).toBeVisible()
})

test('the copy button at an h3, key points or references copies the in-page anchor', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto('/articles/history')
  const h3 = page.locator('article .heading-wrap > h3[id]').first()
  const id = await h3.getAttribute('id')
  await h3.hover()
  await page.getByRole('button', { name: `Copy link to section: ${(await h3.textContent())!.trim()}` }).click()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/articles/history#${id}`)
  await page.locator('#key-points').hover()
  await page.getByRole('button', { name: 'Copy link to section: Key points' }).click()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/articles/history#key-points`)
})

test('the copy button on a section page copies that page', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto('/articles/safety/driving')
  await page.getByRole('button', { name: 'Copy link to this section' }).click()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/articles/safety/driving`)
})

test('a deep link lands on the heading, in view, and the table of contents marks it', async ({ page }) => {
  await page.goto('/articles/safety#blood-pressure')
  const heading = page.locator('h2#blood-pressure')
  await expect(heading).toBeInViewport()
  const box = await heading.boundingBox()
  expect(box!.y).toBeGreaterThanOrEqual(0)
  await expect(page.locator('nav.toc a[data-toc-link="blood-pressure"]').last()).toHaveAttribute('aria-current', 'location')
})

test('an old, redirected section id lands on the new section', async ({ page }) => {
  const [slug, map] = Object.entries(lockedRedirects())[0]!
  const [oldId, newId] = Object.entries(map)[0]!
  await page.goto(`/articles/${slug}#${oldId}`)
  await expect(page.locator(`h2#${newId}`)).toBeInViewport()
})

test('the table of contents stays in view in a sidebar on a wide screen', async ({ page }) => {
  await page.goto('/articles/conditions')
  const toc = page.getByRole('navigation', { name: 'On this page' })
  await expect(toc).toBeVisible()
  await page.mouse.wheel(0, 4000)
  await expect(toc).toBeInViewport()
})

test('scroll-spy follows reading and marks the last section at the very end', async ({ page }) => {
  await page.goto('/articles/safety')
  const toc = page.getByRole('navigation', { name: 'On this page' })
  await page.locator('h2#bladder').scrollIntoViewIfNeeded()
  await page.evaluate(() => window.scrollBy(0, 1))
  await expect(toc.locator('a[aria-current="location"]')).toHaveCount(1)
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
  await expect(toc.locator('a[data-toc-link="references"]')).toHaveAttribute('aria-current', 'location')
})

// Issue 27: "Report a problem with this page" on a section page, read in Chromium (never followed:
// a mailto: would leave the browser). Its subject and body carry the section's title and address,
// percent-encoded, in each language. The link exists only when the build has an address.
test('the report-a-problem link of a section page mails its title and address, in each language', async ({ page }) => {
  const settings = readFileSync('content/settings.yaml', 'utf8')
  test.skip(!process.env.FEEDBACK_TO && !/^\s*to:\s*["']?[^\s"']/m.test(settings.split(/^feedback:/m)[1] ?? ''), 'this build has no feedback address')
  for (const locale of LOCALES) {
    const { report } = LOCALE_INFO[locale].strings
    const [path, name, subject, address] = [localePath(locale, '/articles/safety/blood-pressure'), report.link, report.subject(''), `${report.address} `]
    await page.goto(path)
    const title = (await page.locator('h1').textContent())!.trim()
    const href = (await page.getByRole('link', { name }).getAttribute('href'))!
    expect(href, path).toMatch(/^(mailto:|https:\/\/)/)
    if (!href.startsWith('mailto:')) continue
    const url = new URL(href)
    expect(url.search).not.toMatch(/[ +#]/)
    expect(url.searchParams.get('subject')).toBe(`${subject}${title} (${(await page.locator('#article header a').first().textContent())!.trim()})`)
    const body = url.searchParams.get('body')!
    // The address is the build's SITE_URL (canonical), not necessarily the one this test serves.
    expect(body).toMatch(new RegExp(`${address}https?://[^\\s]+${path.replace(/\//g, '\\/')}\r\n`))
    expect(body.endsWith('\r\n\r\n')).toBe(true)
  }
})
