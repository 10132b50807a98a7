import type { Locator } from '@playwright/test'
import { LOCALE_INFO, LOCALES, localePath, type Locale } from '../../lib/i18n/locales'
import { expect, PHONE, test } from './fixtures'

// Issue #24 (6), in a real browser: what the accessibility tree reads in a crisis box and the
// footer (each sentence once, no stray "text"), the call and text actions as tap targets in light,
// dark and print. (Callout heading ids and self-links, the same in every language, are checked on
// every built article in tests/built/articles.test.ts; landing on a deep link, in sharing.spec.)

/** The accessibility tree of a box as Chromium exposes it (YAML), attached to the report. */
async function reading(box: Locator, name: string): Promise<string> {
  const tree = await box.ariaSnapshot()
  await test.info().attach(name, { body: tree, contentType: 'text/yaml' })
  return tree
}

/** The names of the links in an aria snapshot: `- link "988":`. */
const linkNames = (tree: string) => [...tree.matchAll(/- link "([^"]*)"/g)].map((m) => m[1]!)

/** Escapes text for a RegExp. */
const esc = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Content: the safety article's crisis callout and the sentence it opens with, in the languages the
 * site has today (the articles' words). A language without an entry is checked with the structure
 * alone: its callout found by its kind's label, its actions and footer by its strings.
 */
const CONTENT: Partial<Record<Locale, { callout: RegExp; sentence: RegExp }>> = {
  en: {
    callout: /^Help is available\s*:\s*Thoughts of suicide: call or text 988 now$/,
    sentence: /call or text 988 now in the US to reach the 988 Suicide and Crisis Lifeline/,
  },
  es: {
    callout: /^Hay ayuda disponible\s*:\s*Pensamientos de suicidio: llame o mande un mensaje de texto al 988 ahora$/,
    sentence: /llame o envíe un mensaje de texto al 988 ahora mismo en Estados Unidos/,
  },
}

/** A stray "text" link after a number (the old markup), in any of the site's languages. */
const TEXTING = /^(text|texto|mensajes? de texto)$/i

/** A link whose name repeats a service's name (a label that adds words). */
const SERVICE_NAME = /Suicide & Crisis Lifeline"|Prevención del Suicidio y Crisis"/

for (const locale of LOCALES) {
  const d = LOCALE_INFO[locale].strings
  const content = CONTENT[locale]
  const actions = [d.crisis.call('988'), d.crisis.text('988')]
  // Links a crisis box may hold beside its actions: the numbers in its sentences (named by their
  // digits), the helpline sites, the heading's self-link and citation markers.
  const allowed = new RegExp(
    `^(988|911|9\u20118\u20118)$|findahelpline|988lifeline|^${esc(d.headings.linkTo(''))}|^${esc(d.cite.one(1).replace(/1$/, ''))}|^${esc(d.cite.range(1, 2).replace(/1.2$/, ''))}`,
  )

  test(`${locale}: the crisis callout and the footer read each sentence once, with separate call and text actions`, async ({ page }) => {
    await page.goto(localePath(locale, '/articles/safety'))
    const callout = page.getByRole('region', { name: new RegExp(`^${esc(d.callout.crisis)}\\s*:`) }).first()
    if (content) await expect(callout).toHaveAccessibleName(content.callout)
    const footer = page.getByRole('region', { name: d.footer.crisisTitle })
    for (const [box, name] of [
      [callout, `${locale}-safety-crisis-callout.yaml`],
      [footer, `${locale}-footer-crisis.yaml`],
    ] as const) {
      const tree = await reading(box, name)
      const links = linkNames(tree)
      // Inside the sentences a number is one link named by its digits; the actions are named by their words.
      const other = links.filter((n) => !actions.includes(n) && !allowed.test(n))
      expect(other, `${name}: other links`).toEqual([])
      expect(
        links.filter((n) => TEXTING.test(n)),
        `${name}: a "text" link`,
      ).toEqual([])
      expect(
        links.filter((n) => actions.includes(n)),
        name,
      ).toEqual(actions)
      expect(tree, name).not.toMatch(SERVICE_NAME) // no label that repeats the name
    }
    // The sentence reads once, as written: the text around the link, then the number, then the rest.
    const paragraph = content
      ? callout.locator('p').filter({ hasText: content.sentence })
      : callout
          .locator('p')
          .filter({ has: page.locator('a[href="tel:988"]') })
          .first()
    await expect(paragraph).toHaveCount(1)
    const sentence = await paragraph.evaluate((p) => p.textContent!.replace(/\s+/g, ' '))
    if (content) expect(sentence).toMatch(content.sentence)
    expect(sentence).toMatch(/\b988\b/)
    expect(sentence).not.toMatch(/988 (text|texto)\b/)
  })
}

test('the call and text actions are button-sized targets in light and dark, and keep their words on paper', { tag: PHONE }, async ({ page }) => {
  await page.goto('/articles/safety')
  const callout = page.locator('.callout-crisis').first()
  const actions = callout.locator('.crisis-action')
  await expect(actions).toHaveText(['Call 988', 'Text 988'])
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    for (const action of await actions.all()) {
      const box = (await action.boundingBox())!
      expect(box.height, `${scheme}: height`).toBeGreaterThanOrEqual(44)
      expect(box.width, `${scheme}: width`).toBeGreaterThanOrEqual(44)
    }
  }
  // axe runs on this page in quality.spec (phone light, desktop dark; the Spanish one in phone dark).
  await page.emulateMedia({ media: 'print', colorScheme: 'light' })
  for (const action of await actions.all()) {
    await expect(action).toBeVisible()
    const style = await action.evaluate((a) => {
      const s = getComputedStyle(a)
      return { color: s.color, background: s.backgroundColor, border: s.borderTopColor }
    })
    expect(style).toEqual({ color: 'rgb(0, 0, 0)', background: 'rgba(0, 0, 0, 0)', border: 'rgb(0, 0, 0)' })
  }
})
