import { type Locator, type Page } from '@playwright/test'
import { expect, test } from './fixtures'
import jsQR from 'jsqr'

// Three typical sections: a safety answer, a short rule and a visit step.
const THREE = ['safety/blood-pressure', 'safety/driving', 'what-to-expect/recovery']
const HANDOUT = `/handout?s=${THREE.join(',')}`
// Three fuller ones: an icon array, the visit-day checklist and a table of medicines.
const MIXED = ['safety/blood-pressure', 'what-to-expect/preparing', 'safety/interactions']

async function openHandout(page: Page, path = HANDOUT) {
  await page.goto(path)
  await expect(page.locator('#handout-doc .handout-section').first()).toBeVisible()
  await expect(page.locator('[data-handout-loading]')).toBeHidden()
}

/** Pages in a PDF: its page objects (`/Type /Page`, not the `/Pages` tree). */
const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0

/**
 * Serves the handout pages as a build with SITE_URL writes them (HandoutBuilder's data-site-url),
 * so the e2e server's build, made without one, shows what a deployed handout prints.
 */
async function withSiteUrl(page: Page, siteUrl: string) {
  await page.route(/\/handout\/?(\?.*)?$/, async (route) => {
    const response = await route.fetch()
    const html = await response.text()
    expect(html).toContain('id="handout-page"')
    await route.fulfill({ response, body: html.replace('id="handout-page"', `id="handout-page" data-site-url="${siteUrl}"`) })
  })
}

/** Draws a QR code's SVG to a canvas in the page (4 pixels a module) and decodes the pixels here with jsQR. */
async function decodeQr(code: Locator): Promise<string | undefined> {
  const image = await code.evaluate(async (svg: SVGSVGElement) => {
    const img = new Image()
    // As UTF-8 text: a Spanish label (“Código QR: ¿…?”) is not Latin-1 bytes.
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`
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
  return jsQR(new Uint8ClampedArray(Buffer.from(image.pixels, 'base64')), image.size, image.size)?.data
}

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
    // A section opens with its own main message (here from the frontmatter), kept from its page: under
    // its title, beside its QR code (one unit on paper), and not again in its body.
    const opening = page.locator('[data-section-key="conditions/suicidal-thoughts"] .handout-section-head .main-message')
    await expect(opening).toHaveCount(1)
    await expect(opening).toContainText('Ketamine is not emergency care')
    await expect(page.locator('#handout-doc .handout-body > .main-message')).toHaveCount(0)
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
      expect(await decodeQr(code), key).toBe(`${baseURL}/articles/${key}`)
    }
  })

  // Issue 25: figures in small type (an icon array 1.25 in wide beside its key), tables compact and
  // breakable between rows, each QR code beside its section's title and main message.
  for (const [name, path, keys] of [
    ['three typical sections', '/handout', THREE],
    ['three typical sections in Spanish', '/es/handout', THREE],
    ['an icon array, the visit-day checklist and a table', '/handout', MIXED],
  ] as const) {
    test(`${name} print on at most 2 Letter pages, without the picker or buttons`, async ({ page }, info) => {
      await openHandout(page, `${path}?s=${keys.join(',')}`)
      const pages = pdfPages(await page.pdf({ format: 'Letter' }))
      info.annotations.push({ type: 'Letter pages', description: String(pages) })
      expect(pages).toBeLessThanOrEqual(2)
      // The icon array's people are drawn (their shared shape follows the handout's scoped ids).
      const drawn = await page
        .locator('#handout-doc svg[role="img"]:not(.handout-qr-code) use')
        .evaluateAll((uses) => uses.filter((u) => document.getElementById((u.getAttribute('href') ?? '').slice(1))).length)
      expect(drawn).toBeGreaterThanOrEqual(200)
      await page.emulateMedia({ media: 'print' })
      await expect(page.locator('#handout-picker')).toBeHidden()
      await expect(page.locator('body > header')).toBeHidden()
      for (const button of await page.locator('#handout button').all()) await expect(button).toBeHidden()
      await expect(page.locator('[data-handout-url]')).toContainText(`${path}?s=${keys.join(',')}`)
      await expect(page.locator('.handout-crisis')).toBeVisible()
      // Every section's words print: nothing is cut to make the pages.
      for (const key of keys) await expect(page.locator(`#handout-doc [data-section-key="${key}"] .handout-body`)).toBeVisible()
    })
  }

  test('the toast of a section just added does not print, nor any status line or button', async ({ page }) => {
    await openHandout(page, `/handout?s=${THREE.slice(0, 2).join(',')}`)
    await page.locator('#handout-picker li[data-key="what-to-expect/recovery"] input').check()
    await expect(page.locator('#handout-doc .handout-section')).toHaveCount(3)
    // Printing within the toast's 4 s: it is on screen, and not on paper.
    const toast = page.locator('#announcer')
    await expect(toast).toHaveText(/^Added: .+ 3 in the handout\.$/)
    await expect(toast).toBeVisible()
    await page.emulateMedia({ media: 'print' })
    await expect(toast).toHaveText(/3 in the handout/)
    await expect(toast).toBeHidden()
    for (const status of await page.locator('[role="status"], [aria-live], button').all()) await expect(status).toBeHidden()
  })

  for (const [locale, prefix] of [
    ['English', ''],
    ['Spanish', '/es'],
  ] as const) {
    test(`QR codes and printed links name the build's SITE_URL, not the address the page is read at (${locale})`, async ({ page, baseURL }) => {
      await withSiteUrl(page, 'https://example.org')
      await openHandout(page, `${prefix}/handout?s=${MIXED.join(',')}`)
      const codes = page.locator('#handout-doc svg.handout-qr-code')
      await expect(codes).toHaveCount(3)
      for (const [i, key] of MIXED.entries()) {
        expect(await decodeQr(codes.nth(i)), key).toBe(`https://example.org${prefix}/articles/${key}`)
        await expect(page.locator('#handout-doc .handout-qr figcaption').nth(i)).toHaveText(`example.org${prefix}/articles/${key}`)
      }
      await expect(page.locator('[data-handout-url]')).toContainText(`https://example.org${prefix}/handout?s=${MIXED.join(',')}`)
      // Links to the site in the sections' text print the public address too.
      const siteLinks = await page
        .locator('#handout-doc .handout-body a[href*="/articles/"], #handout-doc .handout-body a[href*="/glossary"]')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')!))
      expect(siteLinks.length).toBeGreaterThan(0)
      for (const href of siteLinks) expect(href.startsWith('https://example.org/'), href).toBe(true)
      expect(await page.locator('#handout-doc').innerHTML()).not.toContain(baseURL!)
    })
  }

  test('the QR code address wraps between words: after a slash or a hyphen, never inside a word', async ({ page }) => {
    await withSiteUrl(page, 'https://ketamine.example.org')
    await openHandout(page, `/handout?s=${[...MIXED, 'how-it-works/different-from-other-antidepressants'].join(',')}`)
    for (const media of ['screen', 'print'] as const) {
      await page.emulateMedia({ media })
      const captions = await page.locator('#handout-doc .handout-qr figcaption').evaluateAll((caps) =>
        caps.map((cap) => {
          const style = getComputedStyle(cap)
          // The character before each line break: where the next character sits lower than it.
          const chars: { ch: string; top: number }[] = []
          const walker = document.createTreeWalker(cap, NodeFilter.SHOW_TEXT)
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (let i = 0; i < node.textContent!.length; i++) {
              const range = document.createRange()
              range.setStart(node, i)
              range.setEnd(node, i + 1)
              chars.push({ ch: node.textContent![i]!, top: range.getBoundingClientRect().top })
            }
          }
          const breaks = chars.flatMap((c, i) => (i > 0 && c.top > chars[i - 1]!.top + 1 ? [chars[i - 1]!.ch] : []))
          return { text: cap.textContent, wrap: `${style.overflowWrap} ${style.wordBreak}`, breaks, overflows: cap.scrollWidth > cap.clientWidth + 1 }
        }),
      )
      expect(captions).toHaveLength(4)
      for (const { text, wrap, breaks, overflows } of captions) {
        expect(wrap, `${media}: ${text}`).toBe('normal normal')
        expect(breaks.length, `${media}: ${text} wraps`).toBeGreaterThan(0)
        for (const ch of breaks) expect(['/', '-'], `${media}: ${text} breaks after "${ch}"`).toContain(ch)
        expect(overflows, `${media}: ${text} fits its box`).toBe(false)
      }
    }
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
