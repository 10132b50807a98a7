import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { ARTICLES, builtSitemapPaths } from './helpers'

// The Spanish edition: every /es page is a real page in Spanish, pairs with its English page, and
// keeps every English section id, so a clinician's link maps one to one.
const spanish = builtSitemapPaths().filter((p) => p === '/es' || p.startsWith('/es/'))
const english = builtSitemapPaths().filter((p) => !(p === '/es' || p.startsWith('/es/')))

test.describe('Spanish edition', () => {
  test('mirrors every English page', () => {
    expect(spanish.length).toBe(english.length)
    for (const path of english) expect(spanish).toContain(path === '/' ? '/es' : `/es${path}`)
  })

  test('every Spanish page answers 200 in Spanish, with hreflang pairs both ways', async ({ request }, info) => {
    test.skip(info.project.name !== 'desktop', 'markup, checked once')
    test.setTimeout(180_000)
    for (const path of spanish) {
      const response = await request.get(path)
      expect(response.status(), path).toBe(200)
      const html = await response.text()
      expect(html, path).toMatch(/<html lang="es"/)
      const en = path === '/es' ? '/' : path.slice(3)
      const alternates = [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], new URL(m[2]!).pathname])
      expect(alternates, path).toEqual(
        expect.arrayContaining([
          ['en', en],
          ['es', path],
          ['x-default', en],
        ]),
      )
      // And the English page points back.
      const back = await (await request.get(en)).text()
      expect(back, en).toMatch(/<html lang="en"/)
      expect(
        [...back.matchAll(/<link rel="alternate" hreflang="es" href="([^"]+)"/g)].map((m) => new URL(m[1]!).pathname),
        en,
      ).toEqual([path])
    }
  })

  test('every English section id exists on the Spanish article', async ({ page }, info) => {
    test.skip(info.project.name !== 'desktop', 'markup, checked once')
    for (const slug of ARTICLES) {
      await page.goto(`/articles/${slug}`)
      const ids = await page.locator('article h2[id], article h3[id]').evaluateAll((els) => els.map((e) => e.id))
      expect(ids.length, slug).toBeGreaterThan(3)
      await page.goto(`/es/articles/${slug}`)
      const esIds = await page.locator('article h2[id], article h3[id]').evaluateAll((els) => els.map((e) => e.id))
      expect(esIds, slug).toEqual(ids)
    }
  })

  test('the language switch on a section page lands on the same section, both ways', async ({ page }) => {
    await page.goto('/articles/safety/blood-pressure')
    await page.locator('[data-language-switch]').click()
    await expect(page).toHaveURL(/\/es\/articles\/safety\/blood-pressure$/)
    await expect(page.locator('html')).toHaveAttribute('lang', 'es')
    await expect(page.locator('h1')).toContainText('presión')
    await page.locator('[data-language-switch]').click()
    await expect(page).toHaveURL(/\/articles\/safety\/blood-pressure$/)
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  })

  test('on an article, the language switch follows the section being read', async ({ page }) => {
    await page.goto('/articles/safety#blood-pressure')
    await expect(page.locator('[data-language-switch]')).toHaveAttribute('href', /\/es\/articles\/safety#blood-pressure$/)
    await page.locator('[data-language-switch]').click()
    await expect(page).toHaveURL(/\/es\/articles\/safety#blood-pressure$/)
    await expect(page.locator('#blood-pressure')).toBeInViewport()
    await page.goto('/es/articles/conditions#ptsd')
    await expect(page.locator('[data-language-switch]')).toHaveAttribute('href', /(^|:\/\/[^/]+)\/articles\/conditions#ptsd$/)
  })

  test('the Spanish pages speak Spanish: dictionary strings, dates, crisis help in Spanish', async ({ page }) => {
    await page.goto('/es/articles/safety')
    await expect(page.getByRole('link', { name: 'Ayuda ahora' })).toBeVisible()
    await expect(page.locator('#key-points')).toHaveText('Puntos clave')
    await expect(page.locator('#references-heading')).toHaveText('Referencias')
    await expect(page.locator('article header')).toContainText(/de (noviembre|diciembre|enero) de 20\d\d/)
    await expect(page.locator('footer')).toContainText('oprima el 2')
    await expect(page.locator('footer a[href="tel:988"]').first()).toBeVisible()
    // The footer renders in the layout, apart from the page: its call links still speak Spanish.
    for (const label of await page
      .locator('footer a[href^="tel:"], footer a[href^="sms:"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''))) {
      expect(label).toMatch(/^(Llamar|Enviar)/)
    }
    // Term links and citations stay in the Spanish site.
    const term = page.locator('a.term').first()
    expect(await term.getAttribute('href')).toMatch(/^\/es\/glossary#/)
  })

  test('the Spanish help page gives 988 in Spanish, 911 and the international finder', async ({ page }) => {
    await page.goto('/es/help')
    await expect(page.locator('h1')).toHaveText('Ayuda ahora')
    await expect(page.locator('#spanish-help')).toContainText('oprima el 2')
    await expect(page.locator('#spanish-help')).toContainText('AYUDA')
    // The text button opens a message that already says AYUDA (the Lifeline's Spanish service).
    await expect(page.locator('main a[href="sms:988?&body=AYUDA"]').first()).toBeVisible()
    // The chat button says where it leads: the Lifeline's chat, on a page in English that also serves Spanish.
    const chat = page.locator('main a[href^="https://988lifeline.org"]').first()
    await expect(chat).toHaveText('Chat en español (página en inglés)')
    await expect(page.locator('#spanish-help')).toContainText('también atienden en español')
    await expect(page.locator('a[href="tel:911"]').first()).toBeVisible()
    await expect(page.locator('a[href="https://findahelpline.com"]').first()).toBeVisible()
  })

  test('Spanish search finds Spanish words and links into /es', async ({ page }) => {
    await page.goto('/es/search?q=presion%20arterial')
    const first = page.locator('[data-hits] a').first()
    await expect(first).toBeVisible()
    expect(await first.getAttribute('href')).toMatch(/^\/es\//)
  })

  test('the Spanish glossary is in Spanish and finds search-only misspellings', async ({ page }) => {
    await page.goto('/es/glossary?q=esquetamina')
    await expect(page.locator('h1')).toHaveText('Glosario')
    await expect(page.locator('#glossary-results')).toContainText('Esketamina')
  })

  test('Spanish link previews use Spanish cards', async ({ request }, info) => {
    test.skip(info.project.name !== 'desktop', 'markup, checked once')
    const html = await (await request.get('/es/articles/safety/blood-pressure')).text()
    const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1]
    expect(image).toMatch(/\/og\/es\/articles\/safety\/blood-pressure\.png$/)
    const png = await request.get(new URL(image!).pathname)
    expect(png.headers()['content-type']).toBe('image/png')
    expect(readFileSync('out/og/es/articles/safety/blood-pressure.png').length).toBeGreaterThan(10_000)
  })
})
