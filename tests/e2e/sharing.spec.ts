import { expect, test } from '@playwright/test'
import { ARTICLES, lockedRedirects } from './helpers'

test('every article heading has an id, a visible self-link and a copy button', async ({ page }) => {
  test.setTimeout(120_000)
  for (const slug of ARTICLES) {
    await page.goto(`/articles/${slug}`)
    const headings = page.locator('article .heading-wrap > h2[id], article .heading-wrap > h3[id]')
    const count = await headings.count()
    expect(count, slug).toBeGreaterThan(4)
    for (let i = 0; i < count; i++) {
      const h = headings.nth(i)
      const id = await h.getAttribute('id')
      const text = (await h.textContent())!.trim()
      const wrap = h.locator('xpath=..')
      await expect(wrap.getByRole('link', { name: `Link to section: ${text}` })).toHaveAttribute('href', `#${id}`)
      await expect(wrap.getByRole('button', { name: `Copy link to section: ${text}` })).toBeAttached()
    }
    // Every h2 and h3 of the article, the boxes' headings included (a callout's title is part
    // of its box, not a section).
    await expect(page.locator('article :is(h2, h3)[id]:not(#review-info):not(.callout *)'), slug).toHaveCount(count)
    for (const id of ['key-points', 'references-heading']) await expect(page.locator(`.heading-wrap > h2#${id}`), `${slug} ${id}`).toHaveCount(1)
  }
  await page.goto('/articles/safety')
  await expect(page.locator('.heading-wrap > h2#questions-to-ask')).toHaveCount(1)
})

test('the copy button at an h2 copies the section page URL, which opens that section', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto('/articles/safety')
  const button = page.getByRole('button', { name: 'Copy link to section: Can ketamine raise my blood pressure?' })
  await expect(button).toBeVisible()
  await button.click()
  await expect(page.locator('#announcer')).toHaveText("Link to 'Can ketamine raise my blood pressure?' copied")
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(copied).toBe(`${baseURL}/articles/safety/blood-pressure`)
  await page.goto(copied)
  await expect(page.locator('h1')).toHaveText('Can ketamine raise my blood pressure?')
  // The # link beside the heading keeps using the in-page anchor.
  await page.goto('/articles/safety')
  await expect(page.getByRole('link', { name: 'Link to section: Can ketamine raise my blood pressure?' })).toHaveAttribute('href', '#blood-pressure')
})

test('the copy button at an h3, key points or references copies the in-page anchor', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto('/articles/history')
  const h3 = page.locator('article .heading-wrap > h3[id]').first()
  const id = await h3.getAttribute('id')
  await page.getByRole('button', { name: `Copy link to section: ${(await h3.textContent())!.trim()}` }).click()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/articles/history#${id}`)
  await page.getByRole('button', { name: 'Copy link to section: Key points' }).click()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/articles/history#key-points`)
})

test('the copy button on a section page copies that page', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto('/articles/safety/driving')
  await page.getByRole('button', { name: 'Copy link to this section' }).click()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/articles/safety/driving`)
})

test('a deep link lands on the heading, in view, and the table of contents marks it', async ({ page }, info) => {
  await page.goto('/articles/safety#blood-pressure')
  const heading = page.locator('h2#blood-pressure')
  await expect(heading).toBeInViewport()
  const box = await heading.boundingBox()
  expect(box!.y).toBeGreaterThanOrEqual(0)
  if (info.project.name === 'desktop') {
    await expect(page.locator('nav.toc a[data-toc-link="blood-pressure"]').last()).toHaveAttribute('aria-current', 'location')
  }
})

test('an old, redirected section id lands on the new section', async ({ page }) => {
  const [slug, map] = Object.entries(lockedRedirects())[0]!
  const [oldId, newId] = Object.entries(map)[0]!
  await page.goto(`/articles/${slug}#${oldId}`)
  await expect(page.locator(`h2#${newId}`)).toBeInViewport()
})

test('the table of contents is at the top on phones and in a sticky sidebar on desktop', async ({ page }, info) => {
  await page.goto('/articles/conditions')
  if (info.project.name === 'phone') {
    const toc = page.locator('details.toc')
    await expect(toc.locator('summary')).toHaveText('On this page')
    await toc.locator('summary').click()
    await expect(toc.getByRole('link').first()).toBeVisible()
  } else {
    const toc = page.getByRole('navigation', { name: 'On this page' })
    await expect(toc).toBeVisible()
    await page.mouse.wheel(0, 4000)
    await expect(toc).toBeInViewport()
  }
})

test('link previews: title, description, canonical, Open Graph image that answers an image', async ({ page, request }) => {
  await page.goto('/articles/safety')
  await expect(page).toHaveTitle(/Side effects and risks \| Ketamine Therapy Guide/)
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/articles\/safety$/)
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /.+/)
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image')
  const og = await page.locator('meta[property="og:image"]').getAttribute('content')
  const response = await request.get(new URL(og!).pathname + new URL(og!).search)
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toBe('image/png')
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!)
  expect(ld['@type']).toBe('MedicalWebPage')
  expect(ld.audience['@type']).toBe('Patient')
  expect(ld.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  expect(ld.citation.length).toBeGreaterThanOrEqual(8)
})

test('scroll-spy follows reading and marks the last section at the very end', async ({ page }, info) => {
  test.skip(info.project.name !== 'desktop', 'the sidebar table of contents is on wide screens')
  await page.goto('/articles/safety')
  const toc = page.getByRole('navigation', { name: 'On this page' })
  await page.locator('h2#bladder').scrollIntoViewIfNeeded()
  await page.evaluate(() => window.scrollBy(0, 1))
  await expect(toc.locator('a[aria-current="location"]')).toHaveCount(1)
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
  await expect(toc.locator('a[data-toc-link="references"]')).toHaveAttribute('aria-current', 'location')
})
