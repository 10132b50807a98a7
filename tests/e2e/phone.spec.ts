import { expect, test } from '@playwright/test'
import { sitemapPaths } from './helpers'

// A worried patient on a 390 x 844 phone (the `phone` project).
test.describe('on a phone', () => {
  test.beforeEach(({}, info) => test.skip(info.project.name !== 'phone', 'phone-width checks'))

  test('every page has "Get help now" in the first screen, a header of at most 120 px, and nothing wider than the screen', async ({ page, request }) => {
    test.setTimeout(300_000) // every sitemap page, section pages included
    for (const path of [...(await sitemapPaths(request)), '/no-such-page']) {
      await page.goto(path)
      const help = page.getByRole('banner').getByRole('link', { name: path === '/es' || path.startsWith('/es/') ? 'Ayuda ahora' : 'Get help now' })
      await expect(help, path).toBeVisible()
      const box = (await help.boundingBox())!
      expect(box.y + box.height, `${path}: "Get help now" is in the first screen`).toBeLessThanOrEqual(844)
      const header = (await page.getByRole('banner').boundingBox())!
      expect(header.height, `${path}: header height`).toBeLessThanOrEqual(120)
      const width = await page.evaluate(() => document.documentElement.scrollWidth)
      expect(width, `${path}: page width`).toBeLessThanOrEqual(390)
    }
  })

  test('"Get help now" leads to tap-to-call and tap-to-text links', async ({ page }) => {
    await page.goto('/articles/safety')
    await page.getByRole('link', { name: 'Get help now' }).tap()
    await expect(page).toHaveURL(/\/help$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Get help now')
    for (const href of ['tel:988', 'sms:988', 'tel:911']) await expect(page.locator(`a[href="${href}"]`).first()).toBeVisible()
    await expect(page.locator('main a[href="https://findahelpline.com"]')).toBeVisible()
  })

  test('every crisis number in the content is a link to call it', async ({ page, request }) => {
    test.setTimeout(300_000)
    const paths = (await sitemapPaths(request)).filter((p) => p.startsWith('/articles/') || p === '/glossary')
    let seen = 0
    for (const path of paths) {
      await page.goto(path)
      const found = await page.evaluate(() => {
        const plain: string[] = []
        let links = 0
        const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT)
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? ''
          if (!/(?<![\w.\-/\u2011])(9[-\u2011]8[-\u2011]8|988|911)(?![\w\-/\u2011]|\.\w)/.test(text)) continue
          const link = node.parentElement?.closest('a')
          if (link && /^(tel|sms):/.test(link.getAttribute('href') ?? '')) links++
          // Names are not numbers to call: headings, glossary terms and aliases, and source titles.
          else if (!node.parentElement?.closest('a, button, script, [hidden], h1, h2, h3, h4, dfn, [data-aliases], #references'))
            plain.push(text.trim().slice(0, 60))
        }
        return { plain, links }
      })
      expect(found.plain, `${path}: crisis numbers that are plain text`).toEqual([])
      seen += found.links
    }
    expect(seen).toBeGreaterThan(5)
  })

  test('citation markers are 24 x 24 px tap targets, sorted, and never alone on a line', async ({ page }) => {
    await page.goto('/articles/safety')
    const links = page.locator('main a.cite-link')
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

  test('tables read as labelled cards at 390 px', async ({ page }) => {
    await page.goto('/articles/what-to-expect')
    const table = page.locator('main .table-wrap table').first()
    await expect(table).toBeVisible()
    const cell = table.locator('tbody td').nth(1)
    expect(await cell.evaluate((td) => getComputedStyle(td).display)).toBe('block')
    expect(await cell.getAttribute('data-label')).toBeTruthy()
    expect(await cell.evaluate((td) => getComputedStyle(td, '::before').content)).not.toBe('none')
    const box = (await table.boundingBox())!
    expect(box.width).toBeLessThanOrEqual(390)
  })
})
