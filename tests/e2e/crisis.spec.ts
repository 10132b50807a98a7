import type { Locator } from '@playwright/test'
import { expect, PHONE, test } from './fixtures'

// Issue #24 (6), in a real browser: what the accessibility tree reads in a crisis box and the
// footer (each sentence once, no stray "text"), the call and text actions as tap targets in light,
// dark and print. (Callout heading ids and self-links, the same in both languages, are checked on
// every built article in tests/built/articles.test.ts; landing on a deep link, in sharing.spec.)

/** The accessibility tree of a box as Chromium exposes it (YAML), attached to the report. */
async function reading(box: Locator, name: string): Promise<string> {
  const tree = await box.ariaSnapshot()
  await test.info().attach(name, { body: tree, contentType: 'text/yaml' })
  return tree
}

/** The names of the links in an aria snapshot: `- link "988":`. */
const linkNames = (tree: string) => [...tree.matchAll(/- link "([^"]*)"/g)].map((m) => m[1]!)

const CASES = [
  {
    lang: 'en',
    path: '/articles/safety',
    callout: /^Help is available\s*:\s*Thoughts of suicide: call or text 988 now$/,
    sentence: /call or text 988 now in the US to reach the 988 Suicide and Crisis Lifeline/,
    footer: 'If you are thinking about suicide or are in crisis',
    actions: ['Call 988', 'Text 988'],
    texting: /^(text|texto)$/i,
  },
  {
    lang: 'es',
    path: '/es/articles/safety',
    callout: /^Hay ayuda disponible\s*:\s*Pensamientos de suicidio: llame o mande un mensaje de texto al 988 ahora$/,
    sentence: /llame o envíe un mensaje de texto al 988 ahora mismo en Estados Unidos/,
    footer: 'Si está pensando en el suicidio o está en crisis',
    actions: ['Llamar al 988', 'Enviar un mensaje de texto al 988'],
    texting: /^(text|texto|mensaje de texto)$/i,
  },
] as const

for (const c of CASES) {
  test(`${c.lang}: the crisis callout and the footer read each sentence once, with separate call and text actions`, async ({ page }) => {
    await page.goto(c.path)
    const callout = page.getByRole('region', { name: c.callout }).first()
    const footer = page.getByRole('region', { name: c.footer })
    for (const [box, name] of [
      [callout, `${c.lang}-safety-crisis-callout.yaml`],
      [footer, `${c.lang}-footer-crisis.yaml`],
    ] as const) {
      const tree = await reading(box, name)
      const links = linkNames(tree)
      // Inside the sentences a number is one link named by its digits; the actions are named by their words.
      const other = links.filter(
        (n) => !(c.actions as readonly string[]).includes(n) && !/^(988|911|9‑8‑8)$|findahelpline|988lifeline|^Link to|^Enlace a|^Referenc/.test(n),
      )
      expect(other, `${name}: other links`).toEqual([])
      expect(
        links.filter((n) => c.texting.test(n)),
        `${name}: a "text" link`,
      ).toEqual([])
      expect(
        links.filter((n) => (c.actions as readonly string[]).includes(n)),
        name,
      ).toEqual([...c.actions])
      expect(tree, name).not.toMatch(/Suicide & Crisis Lifeline"|Prevención del Suicidio y Crisis"/) // no label that repeats the name
    }
    // The sentence reads once, as written: the text around the link, then the number, then the rest.
    const paragraph = callout.locator('p').filter({ hasText: c.sentence })
    await expect(paragraph).toHaveCount(1)
    const sentence = await paragraph.evaluate((p) => p.textContent!.replace(/\s+/g, ' '))
    expect(sentence).toMatch(c.sentence)
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
