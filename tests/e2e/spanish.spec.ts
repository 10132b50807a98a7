import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

// The Spanish edition's behaviour. Its markup (every English page mirrored, hreflang pairs both ways,
// the same section ids, Spanish link-preview cards) is checked on every built page in tests/built/.
test.describe('Spanish edition', () => {
  // The menu row's switch (the bar's copy shows on a phone once the menu row has scrolled away).
  const languageSwitch = (page: Page) => page.locator('.site-nav [data-language-switch]')

  test('the language switch on a section page lands on the same section, both ways', async ({ page }) => {
    await page.goto('/articles/safety/blood-pressure')
    await languageSwitch(page).click()
    await expect(page).toHaveURL(/\/es\/articles\/safety\/blood-pressure$/)
    await expect(page.locator('html')).toHaveAttribute('lang', 'es')
    await expect(page.locator('h1')).toContainText('presión')
    await languageSwitch(page).click()
    await expect(page).toHaveURL(/\/articles\/safety\/blood-pressure$/)
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  })

  test('on an article, the language switch follows the section being read', async ({ page }) => {
    await page.goto('/articles/safety#blood-pressure')
    await expect(languageSwitch(page)).toHaveAttribute('href', /\/es\/articles\/safety#blood-pressure$/)
    await languageSwitch(page).click()
    await expect(page).toHaveURL(/\/es\/articles\/safety#blood-pressure$/)
    await expect(page.locator('#blood-pressure')).toBeInViewport()
    await page.goto('/es/articles/conditions#ptsd')
    await expect(languageSwitch(page)).toHaveAttribute('href', /(^|:\/\/[^/]+)\/articles\/conditions#ptsd$/)
  })

  // Issue 25: the switch carries the search query, the handout's sections and the glossary term.
  // One switch is followed; the others are read where the reader would tap them.
  test('the language switch keeps the search query, the handout selection and the glossary term', async ({ page }) => {
    const carried = async (path: string, expected: RegExp) => {
      await page.goto(path)
      await languageSwitch(page).focus()
      await expect(languageSwitch(page)).toHaveAttribute('href', expected)
    }
    await carried('/glossary?q=rems', /\/es\/glossary\?q=rems$/)
    await carried('/glossary#rems', /\/es\/glossary#rems$/)
    await carried('/handout?s=safety/driving,what-to-expect/recovery', /\/es\/handout\?s=safety(\/|%2F)driving(,|%2C)what-to-expect(\/|%2F)recovery$/)
    await page.goto('/search?q=drive%20home')
    await expect(page.locator('#search-page-q')).toHaveValue('drive home')
    await languageSwitch(page).click()
    await expect(page).toHaveURL(/\/es\/search\?q=drive(\+|%20)home$/)
    await expect(page.locator('#search-page-q')).toHaveValue('drive home')
  })

  test('the Spanish pages speak Spanish: dictionary strings, dates, crisis help in Spanish', async ({ page }) => {
    await page.goto('/es/articles/safety')
    await expect(page.getByRole('link', { name: 'Ayuda ahora' })).toBeVisible()
    await expect(page.locator('#key-points')).toHaveText('Puntos clave')
    await expect(page.locator('#references-heading')).toHaveText('Referencias')
    await expect(page.locator('article header')).toContainText(/de (noviembre|diciembre|enero) de 20\d\d/)
    await expect(page.locator('footer')).toContainText('oprima el 2')
    await expect(page.locator('footer a[href="tel:988"]').first()).toBeVisible()
    // The footer renders in the layout, apart from the page: its actions still speak Spanish (and
    // the numbers in its sentences are call links named by their digits).
    const footer = page.getByRole('contentinfo')
    await expect(footer.getByRole('link', { name: 'Llamar al 988', exact: true })).toHaveAttribute('href', 'tel:988')
    await expect(footer.getByRole('link', { name: 'Enviar un mensaje de texto al 988', exact: true })).toHaveAttribute('href', 'sms:988?&body=AYUDA')
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
})
