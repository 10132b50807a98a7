import { type Page } from '@playwright/test'
import { expect, test } from './fixtures'
import jsQR from 'jsqr'

// Three typical sections: a safety answer, a short rule and a visit step.
const THREE = ['safety/blood-pressure', 'safety/driving', 'what-to-expect/recovery']
const HANDOUT = `/handout?s=${THREE.join(',')}`

async function openHandout(page: Page, path = HANDOUT) {
  await page.goto(path)
  await expect(page.locator('#handout-doc .handout-section').first()).toBeVisible()
  await expect(page.locator('[data-handout-loading]')).toBeHidden()
}

/** Pages in a PDF: its page objects (`/Type /Page`, not the `/Pages` tree). */
const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0

test.describe('handout', () => {
  test('a section with callouts keeps their boxes and crisis actions, without the ids that would repeat across sections', async ({ page }) => {
    // Their pages give the boxes ids and self-links; the handout must not repeat them.
    await openHandout(page, '/handout?s=what-to-expect/preparing,safety/when-to-get-help')
    const doc = page.locator('#handout-doc')
    // The visit-day checklist has none; when-to-get-help has four (988, 911, today, next visit).
    await expect(doc.locator('.callout')).toHaveCount(4)
    await expect(doc.locator('.callout h3[id], .callout .heading-tools')).toHaveCount(0)
    // No box is named by a heading that is no longer there.
    expect(
      await doc.locator('[aria-labelledby]').evaluateAll((els) => els.filter((el) => !document.getElementById(el.getAttribute('aria-labelledby')!)).length),
    ).toBe(0)
    await expect(doc.locator('.callout-crisis .crisis-action').first()).toHaveText('Call 988')
  })

  test('shows the chosen sections in order, each with its review date, and numbers citations across the handout', async ({ page }) => {
    await openHandout(page)
    const sections = page.locator('#handout-doc .handout-section')
    await expect(sections).toHaveCount(3)
    expect(await sections.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.sectionKey))).toEqual(THREE)
    await expect(sections.nth(0).getByRole('heading', { level: 2 })).toHaveText('Can ketamine raise my blood pressure?')
    for (const meta of await sections.locator('.handout-section-meta').all()) await expect(meta).toContainText(/Reviewed [A-Z][a-z]+ \d{1,2}, \d{4}/)
    // One reference list; every number in the text points into it; numbers run 1, 2, 3... in order of first use.
    await expect(page.locator('#handout-doc #references')).toHaveCount(1)
    const refIds = await page.locator('#handout-doc #references ol > li').evaluateAll((lis) => lis.map((li) => li.id))
    expect(new Set(refIds).size).toBe(refIds.length)
    const links = await page
      .locator('#handout-doc sup.cite a.cite-link')
      .evaluateAll((as) => as.map((a) => ({ text: a.textContent!, href: a.getAttribute('href')! })))
    expect(links.length).toBeGreaterThan(5)
    let highest = 0
    for (const { text, href } of links) {
      expect(refIds).toContain(href.slice(1))
      const first = Number(text.split('–')[0])
      // A number appears for the first time only right after the highest seen so far.
      expect(first).toBeLessThanOrEqual(highest + 1)
      highest = Math.max(highest, Number(text.split('–').at(-1)))
      expect(refIds.indexOf(href.slice(1)) + 1).toBe(first)
    }
    expect(highest).toBe(refIds.length)
    // Ids stay unique even where sections share sources or subheadings.
    const ids = await page.locator('[id]').evaluateAll((els) => els.map((el) => el.id))
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([])
  })

  test("each article's main message comes once, above the first of its sections, and in print; a section opens with its own", async ({ page }) => {
    // Two safety sections around one from conditions: safety's message once, above the first.
    await openHandout(page, '/handout?s=safety/blood-pressure,conditions/suicidal-thoughts,safety/driving')
    const messages = page.locator('#handout-doc .handout-article-message')
    await expect(messages).toHaveCount(2)
    const placed = await messages.evaluateAll((els) =>
      els.map((el) => [(el as HTMLElement).dataset.article, (el.nextElementSibling as HTMLElement | null)?.dataset.sectionKey]),
    )
    expect(placed).toEqual([
      ['safety', 'safety/blood-pressure'],
      ['conditions', 'conditions/suicidal-thoughts'],
    ])
    // The words are the article's own main message (its link-preview description), named as the article's.
    for (const [i, slug] of ['safety', 'conditions'].entries()) {
      const html = await (await page.request.get(`/articles/${slug}`)).text()
      const preview = /<meta property="og:description" content="([^"]*)"/
        .exec(html)![1]!
        .replace(/&#x27;/g, "'")
        .replace(/&quot;/g, '"')
      const message = messages.nth(i)
      await expect(message.locator('.handout-article-message-label')).toContainText(/The main message of “.+”/)
      const words = await message.locator('.main-message').evaluate((el) => {
        const copy = el.cloneNode(true) as HTMLElement
        copy.querySelectorAll('sup.cite').forEach((sup) => sup.remove())
        return copy.textContent!.replace(/\s+/g, ' ').trim()
      })
      expect(words).toBe(preview)
      // Its sources are numbered in the handout's one list.
      for (const href of await message.locator('sup.cite a.cite-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')!)))
        await expect(page.locator(`#handout-doc #references ${href}`)).toHaveCount(1)
    }
    // A section opens with its own main message (here from the frontmatter), kept from its page.
    await expect(page.locator('[data-section-key="conditions/suicidal-thoughts"] .handout-body > :first-child')).toHaveClass(/main-message/)
    await expect(page.locator('[data-section-key="conditions/suicidal-thoughts"] .handout-body > .main-message')).toContainText(
      'Ketamine is not emergency care',
    )
    await page.emulateMedia({ media: 'print' })
    for (const message of await messages.all()) await expect(message).toBeVisible()
  })

  test('each section has a QR code, named for screen readers, that decodes to its section page', async ({ page, baseURL }) => {
    await openHandout(page)
    const codes = page.locator('#handout-doc svg.handout-qr-code')
    await expect(codes).toHaveCount(3)
    for (const [i, key] of THREE.entries()) {
      const code = codes.nth(i)
      const title = await page.locator('#handout-doc .handout-section h2').nth(i).textContent()
      await expect(code).toHaveAttribute('aria-label', `QR code: ${title}`)
      // Draw the SVG to a canvas in the page (4 pixels a module), then decode the pixels here with jsQR.
      const image = await code.evaluate(async (svg: SVGSVGElement) => {
        const img = new Image()
        img.src = `data:image/svg+xml;base64,${btoa(new XMLSerializer().serializeToString(svg))}`
        await img.decode()
        const size = svg.viewBox.baseVal.width * 4
        const canvas = Object.assign(document.createElement('canvas'), { width: size, height: size })
        const ctx = canvas.getContext('2d')!
        ctx.drawImage(img, 0, 0, size, size)
        const bytes = ctx.getImageData(0, 0, size, size).data
        let binary = ''
        for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
        return { size, pixels: btoa(binary) }
      })
      const decoded = jsQR(new Uint8ClampedArray(Buffer.from(image.pixels, 'base64')), image.size, image.size)
      expect(decoded?.data, key).toBe(`${baseURL}/articles/${key}`)
    }
  })

  // Blood pressure now carries its picture of 100 people (issue 24): three pages, not two.
  test('three typical sections, one with an icon array, print on at most 3 Letter pages, without the picker or buttons', async ({ page }, info) => {
    await openHandout(page)
    const pages = pdfPages(await page.pdf({ format: 'Letter' }))
    info.annotations.push({ type: 'Letter pages', description: String(pages) })
    expect(pages).toBeLessThanOrEqual(3)
    // The icon array's people are drawn (their shared shape follows the handout's scoped ids).
    const drawn = await page
      .locator('#handout-doc svg[role="img"]:not(.handout-qr-code) use')
      .evaluateAll((uses) => uses.filter((u) => document.getElementById((u.getAttribute('href') ?? '').slice(1))).length)
    expect(drawn).toBeGreaterThanOrEqual(200)
    await page.emulateMedia({ media: 'print' })
    await expect(page.locator('#handout-picker')).toBeHidden()
    await expect(page.locator('body > header')).toBeHidden()
    for (const button of await page.locator('#handout button').all()) await expect(button).toBeHidden()
    await expect(page.locator('[data-handout-url]')).toContainText(`/handout?s=${THREE.join(',')}`)
    await expect(page.locator('.handout-crisis')).toBeVisible()
  })

  test('the Print button prints', async ({ page }) => {
    await page.addInitScript(() => {
      window.print = () => document.documentElement.setAttribute('data-printed', '')
    })
    await openHandout(page)
    await page.getByRole('button', { name: 'Print' }).click()
    await expect(page.locator('html')).toHaveAttribute('data-printed', '')
  })

  test('ticking and unticking sections keeps the selection in the URL; the filter narrows by title', async ({ page }) => {
    await page.goto('/handout')
    await expect(page.locator('[data-handout-empty]')).toBeVisible()
    const filter = page.getByLabel('Filter by title')
    await filter.fill('drive')
    const visible = page.locator('#handout-picker li[data-key]:visible')
    expect(await visible.count()).toBeGreaterThan(0)
    for (const label of await visible.locator('label').allTextContents()) expect(label.toLowerCase()).toContain('drive')
    await expect(page.locator('#handout-filter-status')).toContainText(/match/)
    await page.getByRole('checkbox', { name: 'When can I drive after a session?' }).check()
    await expect(page).toHaveURL(/\/handout\?s=safety\/driving$/)
    await filter.fill('blood pressure')
    await page.getByRole('checkbox', { name: 'Can ketamine raise my blood pressure?' }).check()
    await expect(page).toHaveURL(/\/handout\?s=safety\/driving,safety\/blood-pressure$/)
    await expect(page.locator('#handout-doc .handout-section')).toHaveCount(2)
    await page.getByRole('button', { name: 'Move up: Can ketamine raise my blood pressure?' }).click()
    await expect(page).toHaveURL(/\/handout\?s=safety\/blood-pressure,safety\/driving$/)
    await filter.fill('')
    await expect(page.locator('#handout-picker li[data-key]:visible')).toHaveCount(await page.locator('#handout-picker li[data-key]').count())
    await page.getByRole('checkbox', { name: 'When can I drive after a session?' }).uncheck()
    await expect(page).toHaveURL(/\/handout\?s=safety\/blood-pressure$/)
    await expect(page.locator('#handout-doc .handout-section')).toHaveCount(1)
    // Nothing is stored anywhere but the URL.
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length + document.cookie.length)).toBe(0)
  })

  test('"Add to handout" at a section of an article opens the handout with that section', async ({ page }) => {
    await page.goto('/articles/safety')
    await page.locator('h2#driving').hover()
    await page.getByRole('link', { name: 'Add to handout: When can I drive after a session?' }).click()
    await expect(page).toHaveURL(/\/handout\?s=safety\/driving$/)
    await expect(page.locator('#handout-doc .handout-section h2')).toHaveText(['When can I drive after a session?'])
    await expect(page.getByRole('checkbox', { name: 'When can I drive after a session?' })).toBeChecked()
  })

  test('bad input: unknown ids are named as text, retired ids follow their redirect, duplicates are dropped, and nothing runs', async ({ page }) => {
    const dialogs: string[] = []
    page.on('dialog', (d) => {
      dialogs.push(d.message())
      void d.dismiss()
    })
    const hostile = encodeURIComponent('<img src=x onerror=alert(1)>')
    await openHandout(page, `/handout?s=nope/x,safety/driving,safety/driving,safety/can-ketamine-raise-my-blood-pressure,${hostile},safety/blood-pressure`)
    await expect(page.locator('#handout-doc .handout-section')).toHaveCount(2)
    expect(await page.locator('#handout-doc .handout-section').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.sectionKey))).toEqual([
      'safety/driving',
      'safety/blood-pressure',
    ])
    const notice = page.locator('#handout-notice')
    await expect(notice).toContainText('“nope/x”')
    await expect(notice).toContainText('<img')
    await expect(notice).toContainText('repeated')
    await expect(notice).toContainText('new address')
    await expect(page.locator('#handout-notice img, img[src="x"]')).toHaveCount(0)
    await expect(page).toHaveURL(/\/handout\?s=safety\/driving,safety\/blood-pressure$/)
    expect(dialogs).toEqual([])
  })

  test('hundreds of ids are capped with a message', async ({ page }) => {
    const keys = await page.request
      .get('/handout')
      .then((r) => r.text())
      .then((html) => [...html.matchAll(/data-key="([^"]+)"/g)].map((m) => m[1]!))
    const many = Array.from({ length: 300 }, (_, i) => keys[i % keys.length]).join(',')
    await openHandout(page, `/handout?s=${many}`)
    await expect(page.locator('#handout-notice')).toContainText('at most 12 sections')
    await expect(page.locator('#handout-doc .handout-section')).toHaveCount(12)
  })
})

test.describe('handout without JavaScript', () => {
  test.use({ javaScriptEnabled: false })
  test('lists every section with a link and says that building a handout needs JavaScript', async ({ page }) => {
    await page.goto(`/handout?s=${THREE.join(',')}`)
    await expect(page.getByText('Building a handout needs JavaScript')).toBeVisible()
    const links = page.locator('#handout-picker li[data-key] a')
    const keys = await page.locator('#handout-picker li[data-key]').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.key))
    expect(keys.length).toBeGreaterThan(60)
    await expect(links).toHaveCount(keys.length)
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(keys.map((k) => `/articles/${k}`))
    // Every listed section page exists: the built-site link check follows every link (tests/built/).
    await expect(page.locator('#handout')).toBeHidden()
  })
})
