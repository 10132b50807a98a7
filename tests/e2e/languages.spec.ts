import type { Page } from '@playwright/test'
import { DEFAULT_LOCALE, formatDate, LOCALE_INFO, localePath, TRANSLATED_LOCALES, type Locale } from '../../lib/i18n/locales'
import { expect, test } from './fixtures'

// Each translated edition's behaviour, from the locale list: a new language is tested with no change
// here. Its markup (every page mirrored, hreflang pairs both ways, the same section ids, link-preview
// cards in its language) is checked on every built page in tests/built/. The Spanish edition's own
// words (988's Spanish service, a Spanish typo in search) are content, checked at the end.

/** The menu row's switch to a language (the bar's copy shows on a phone once the menu row has scrolled away). */
const languageSwitch = (page: Page, locale: Locale) => page.locator(`.site-nav [data-language-switch][hreflang="${LOCALE_INFO[locale].lang}"]`)

/** Escapes a path for a RegExp. */
const esc = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** A URL that ends with this site path. */
const endsWith = (path: string) => new RegExp(`(^|://[^/]+)${esc(path)}$`)

for (const locale of TRANSLATED_LOCALES) {
  const to = (path: string) => localePath(locale, path)
  const { strings: d, lang } = LOCALE_INFO[locale]

  test.describe(`the ${locale} edition`, () => {
    test('the language switch on a section page lands on the same section, both ways', async ({ page }) => {
      await page.goto('/articles/safety/blood-pressure')
      const original = (await page.locator('h1').textContent())!.trim()
      await languageSwitch(page, locale).click()
      await expect(page).toHaveURL(endsWith(to('/articles/safety/blood-pressure')))
      await expect(page.locator('html')).toHaveAttribute('lang', lang)
      // The heading is the translation's, not the original left in.
      await expect(page.locator('h1')).not.toHaveText(original)
      await languageSwitch(page, DEFAULT_LOCALE).click()
      await expect(page).toHaveURL(endsWith('/articles/safety/blood-pressure'))
      await expect(page.locator('html')).toHaveAttribute('lang', LOCALE_INFO[DEFAULT_LOCALE].lang)
    })

    test('on an article, the language switch follows the section being read', async ({ page }) => {
      await page.goto('/articles/safety#blood-pressure')
      await expect(languageSwitch(page, locale)).toHaveAttribute('href', endsWith(to('/articles/safety#blood-pressure')))
      await languageSwitch(page, locale).click()
      await expect(page).toHaveURL(endsWith(to('/articles/safety#blood-pressure')))
      await expect(page.locator('#blood-pressure')).toBeInViewport()
      await page.goto(to('/articles/conditions#ptsd'))
      await expect(languageSwitch(page, DEFAULT_LOCALE)).toHaveAttribute('href', endsWith('/articles/conditions#ptsd'))
    })

    // Issue 25: the switch carries the search query, the handout's sections and the glossary term.
    // One switch is followed; the others are read where the reader would tap them.
    test('the language switch keeps the search query, the handout selection and the glossary term', async ({ page }) => {
      const carried = async (path: string, expected: RegExp) => {
        await page.goto(path)
        await languageSwitch(page, locale).focus()
        await expect(languageSwitch(page, locale)).toHaveAttribute('href', expected)
      }
      await carried('/glossary?q=rems', endsWith(to('/glossary?q=rems')))
      await carried('/glossary#rems', endsWith(to('/glossary#rems')))
      await carried(
        '/handout?s=safety/driving,what-to-expect/recovery',
        new RegExp(`${esc(to('/handout'))}\\?s=safety(\\/|%2F)driving(,|%2C)what-to-expect(\\/|%2F)recovery$`),
      )
      await page.goto('/search?q=drive%20home')
      await expect(page.locator('#search-page-q')).toHaveValue('drive home')
      await languageSwitch(page, locale).click()
      await expect(page).toHaveURL(new RegExp(`${esc(to('/search'))}\\?q=drive(\\+|%20)home$`))
      await expect(page.locator('#search-page-q')).toHaveValue('drive home')
    })

    test("an article speaks the edition's language: dictionary strings, dates, crisis help, links that stay in the edition", async ({ page }) => {
      await page.goto(to('/articles/safety'))
      await expect(page.getByRole('link', { name: d.chrome.getHelp, exact: true }).first()).toBeVisible()
      await expect(page.locator('#key-points')).toHaveText(d.article.keyPoints)
      await expect(page.locator('#references-heading')).toHaveText(d.article.references)
      // The review date is written the language's way ("21 de noviembre de 2026").
      const reviewed = page.locator('article header time').first()
      await expect(reviewed).toHaveText(formatDate((await reviewed.getAttribute('datetime'))!, locale))
      await expect(page.locator('footer a[href="tel:988"]').first()).toBeVisible()
      // The footer renders in the layout, apart from the page: its actions still speak the page's
      // language (and the numbers in its sentences are call links named by their digits).
      const footer = page.getByRole('contentinfo')
      await expect(footer.getByRole('link', { name: d.crisis.call('988'), exact: true })).toHaveAttribute('href', 'tel:988')
      await expect(footer.getByRole('link', { name: d.crisis.text('988'), exact: true })).toHaveAttribute('href', /^sms:988/)
      // Term links and citations stay in the edition.
      const term = page.locator('a.term').first()
      expect(await term.getAttribute('href')).toMatch(new RegExp(`^${esc(to('/glossary'))}#`))
    })

    test('the help page gives 988 with its text link, 911 and the international finder, in the edition', async ({ page }) => {
      await page.goto(to('/help'))
      await expect(page.locator('h1')).toHaveText(d.help.title)
      await expect(page.locator('main a[href^="sms:988"]').first()).toHaveText(d.crisis.text('988'))
      await expect(page.locator('main a[href^="https://988lifeline.org"]').first()).toHaveText(d.help.chat)
      await expect(page.locator('a[href="tel:911"]').first()).toBeVisible()
      await expect(page.locator('a[href="https://findahelpline.com"]').first()).toBeVisible()
    })

    test("search finds a section by its title in the edition's language and links into the edition", async ({ page }) => {
      await page.goto(to('/articles/safety/blood-pressure'))
      const title = (await page.locator('h1').textContent())!.trim()
      await page.goto(`${to('/search')}?q=${encodeURIComponent(title)}`)
      const first = page.locator('#search-page a.search-hit-link').first()
      // A whole question is a long query: more words to match than a patient's two (a busy machine is slow).
      await expect(first).toBeVisible({ timeout: 15_000 })
      expect(await first.getAttribute('href')).toMatch(new RegExp(`^${esc(to('/articles/safety'))}[/#]blood-pressure$`))
    })

    test("the glossary is in the edition's language and finds an entry by its name", async ({ page }) => {
      await page.goto(to('/glossary'))
      await expect(page.locator('h1')).toHaveText(d.glossary.title)
      const entry = page.locator('article.glossary-entry').nth(3)
      const name = (await entry.locator('dfn, h2, h3').first().textContent())!.trim()
      await page.goto(`${to('/glossary')}?q=${encodeURIComponent(name)}`)
      await expect(page.locator('#glossary-results')).toContainText(name)
    })
  })
}

// Content: the Spanish edition's own words.
test.describe('Spanish content', () => {
  const es = (path: string) => localePath('es', path)

  test('the Spanish pages give 988 in Spanish: "oprima el 2" in the footer, and the help page explains it with the word AYUDA', async ({ page }) => {
    await page.goto(es('/articles/safety'))
    await expect(page.locator('footer')).toContainText('oprima el 2')
    await expect(page.locator('article header')).toContainText(/de (noviembre|diciembre|enero) de 20\d\d/)
    await page.goto(es('/help'))
    await expect(page.locator('#spanish-help')).toContainText('oprima el 2')
    await expect(page.locator('#spanish-help')).toContainText('AYUDA')
    // The text button opens a message that already says AYUDA (the Lifeline's Spanish service).
    await expect(page.locator('main a[href="sms:988?&body=AYUDA"]').first()).toBeVisible()
    // The chat button says where it leads: the Lifeline's chat, on a page in English that also serves Spanish.
    await expect(page.locator('main a[href^="https://988lifeline.org"]').first()).toHaveText('Chat en español (página en inglés)')
    await expect(page.locator('#spanish-help')).toContainText('también atienden en español')
  })

  test('Spanish search finds Spanish words typed without accents and links into the Spanish edition', async ({ page }) => {
    await page.goto(`${es('/search')}?q=presion%20arterial`)
    const first = page.locator('[data-hits] a').first()
    await expect(first).toBeVisible()
    expect(await first.getAttribute('href')).toMatch(new RegExp(`^${esc(es('/'))}/`))
  })

  test('the Spanish glossary finds search-only misspellings', async ({ page }) => {
    await page.goto(`${es('/glossary')}?q=esquetamina`)
    await expect(page.locator('h1')).toHaveText('Glosario')
    await expect(page.locator('#glossary-results')).toContainText('Esketamina')
  })
})
