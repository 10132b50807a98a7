import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { HtmlValidate } from 'html-validate'
import { ARTICLES, builtSitemapPaths, sitemapPaths } from './helpers'

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

// One test per page (Starlight's docs/__a11y__ pattern): one bad page does not hide the others.
// The main pages are checked at phone width in the light scheme and at desktop width in the dark
// one. Section pages share one template, so they are checked once each, at desktop width (dark),
// which keeps the suite within CI's time. The Spanish pages share the English templates: each is
// checked once too (desktop, dark), with its own words, lang and links.
const SECTION_PAGE = /^(\/es)?\/articles\/[^/]+\/[^/]+$/
const ONCE = (path: string) => SECTION_PAGE.test(path) || path === '/es' || path.startsWith('/es/')
test.describe('accessibility', () => {
  for (const path of [...builtSitemapPaths(), '/no-such-page']) {
    test(`axe finds nothing on ${path}`, async ({ page }, info) => {
      test.skip(ONCE(path) && info.project.name === 'phone', 'section and Spanish pages: checked once, at desktop width')
      test.setTimeout(120_000)
      const scheme = info.project.name === 'phone' ? 'light' : 'dark'
      await page.emulateMedia({ colorScheme: scheme })
      await page.goto(path)
      const results = await new AxeBuilder({ page }).withTags(WCAG).analyze()
      expect(results.violations.map((v) => `${scheme}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target}: ${v.help}`)).toEqual([])
    })
  }
  test('every interactive control on an article is reachable by keyboard and visibly focused', async ({ page }, info) => {
    test.skip(info.project.name !== 'desktop')
    await page.goto('/articles/how-it-works')
    const seen = new Set<string>()
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab')
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null
        if (!el || el === document.body) return null
        const style = getComputedStyle(el)
        return {
          tag: el.tagName,
          text: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40),
          outline: style.outlineStyle !== 'none' && style.outlineWidth !== '0px',
        }
      })
      if (!focus) continue
      expect(focus.outline, `${focus.tag} "${focus.text}" shows a focus outline`).toBe(true)
      seen.add(focus.tag)
    }
    expect([...seen]).toEqual(expect.arrayContaining(['A', 'BUTTON']))
  })
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })
  test('every article shows its full text, table of contents and references', async ({ page }) => {
    for (const slug of ARTICLES) {
      await page.goto(`/articles/${slug}`)
      await expect(page.locator('.key-points li').first()).toBeVisible()
      expect(await page.locator('nav[aria-label="Sections on this page"] a').count()).toBeGreaterThan(5)
      expect(await page.locator('#references ol > li').count()).toBeGreaterThanOrEqual(6)
      expect((await page.locator('#article > .prose').innerText()).length).toBeGreaterThan(8000)
    }
  })
})

// Privacy (no request to another origin, no cookie, no storage) is checked on every page in
// static.spec.ts, in the same visit as the CSP check.

test.describe('security headers', () => {
  test('npm start (the static server) sends a strict CSP and the other security headers', async ({ request }, info) => {
    test.skip(info.project.name !== 'desktop', 'headers do not depend on the device')
    for (const path of ['/', '/articles/safety', '/glossary', '/no-such-page']) {
      const headers = (await request.get(path)).headers()
      // The header holds what no page changes; the rest (default-src, style-src with the page's
      // stylesheet hashes) is in each page's own <meta> policy (static.spec.ts checks it).
      const csp = headers['content-security-policy']!
      for (const directive of ["object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'", "form-action 'self'"]) {
        expect(csp, path).toContain(directive)
      }
      expect(csp).toContain("script-src 'self';")
      expect(csp).not.toMatch(/unsafe-(eval|inline)|sha256/)
      expect(headers['x-content-type-options']).toBe('nosniff')
      expect(headers['referrer-policy']).toBe('no-referrer')
      expect(headers['permissions-policy']).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/)
      expect(headers['strict-transport-security']).toMatch(/max-age=\d{7,}/)
      expect(headers['x-powered-by']).toBeUndefined()
    }
  })
})

test.describe('markup and links', () => {
  test('every page is valid HTML with one h1, a language and unique ids', async ({ request }, info) => {
    test.skip(info.project.name !== 'desktop', 'the HTML does not depend on the device')
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: {
        // Presentation rules that do not affect validity or access; errors stay on.
        'attribute-boolean-style': 'off',
        'attribute-empty-style': 'off',
        'no-trailing-whitespace': 'off',
        'void-style': 'off',
        'long-title': 'off',
        'no-redundant-role': 'off',
        // HTML attribute names are case-insensitive; React writes charSet, noModule, fetchPriority.
        'attr-case': 'off',
        // HTML5 allows any id without spaces; React's generated ids start with "_".
        'valid-id': ['error', { relaxed: true }],
      },
    })
    test.setTimeout(300_000) // every sitemap page, section pages included
    for (const path of [...(await sitemapPaths(request)), '/no-such-page']) {
      const html = await (await request.get(path)).text()
      const report = await validator.validateString(html, path)
      const errors = report.results.flatMap((r) => r.messages.filter((m) => m.severity === 2).map((m) => `${path}: ${m.ruleId} ${m.message}`))
      expect(errors).toEqual([])
      expect(html.match(/<h1[\s>]/g)?.length, path).toBe(1)
      expect(html).toMatch(path === '/es' || path.startsWith('/es/') ? /<html lang="es"/ : /<html lang="en"/)
      const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])
      expect(
        ids.filter((id, i) => ids.indexOf(id) !== i),
        path,
      ).toEqual([])
    }
  })

  test('every internal link and #anchor resolves; external links use https', async ({ request }, info) => {
    test.skip(info.project.name !== 'desktop', 'links do not depend on the device')
    test.setTimeout(120_000)
    const pages = new Map<string, string>()
    const load = async (path: string) => {
      if (!pages.has(path)) {
        const res = await request.get(path)
        expect(res.status(), `${path} answers 200`).toBe(200)
        pages.set(path, await res.text())
      }
      return pages.get(path)!
    }
    const problems: string[] = []
    for (const path of await sitemapPaths(request)) {
      const html = await load(path)
      for (const [, href] of html.matchAll(/<a [^>]*href="([^"]+)"/g)) {
        const url = href!.replace(/&amp;/g, '&')
        if (/^(tel|sms|mailto):/.test(url)) continue
        if (/^https?:/.test(url)) {
          if (!url.startsWith('https://')) problems.push(`${path}: external link is not https: ${url}`)
          continue
        }
        const target = new URL(url, `http://site${path}`)
        const targetHtml = target.pathname === path ? html : await load(target.pathname)
        const id = decodeURIComponent(target.hash.slice(1))
        if (id && !targetHtml.includes(`id="${id}"`)) problems.push(`${path}: ${url} points to a missing anchor`)
      }
      for (const [, attrs] of html.matchAll(/<a ([^>]*target="_blank"[^>]*)>/g)) {
        if (!/opens in a new tab/i.test(attrs!)) problems.push(`${path}: a link opens a new tab without saying so`)
      }
    }
    expect(problems).toEqual([])
  })
})

test.describe('figures', () => {
  const FIGURES = [
    ['history', 'fig-history-timeline'],
    ['how-it-is-given', 'fig-route-comparison'],
    ['how-it-works', 'fig-synapse'],
    ['what-to-expect', 'fig-treatment-day'],
    ['what-to-expect', 'fig-induction-schedule'],
  ]
  test('each figure renders with a caption, ships no script, and works in forced colors', async ({ page }) => {
    await page.emulateMedia({ forcedColors: 'active' })
    for (const [slug, id] of FIGURES) {
      await page.goto(`/articles/${slug}`)
      expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true)
      const figure = page.locator(`figure#${id}`)
      await expect(figure).toBeVisible()
      await expect(figure.locator('figcaption')).not.toBeEmpty()
      expect(await figure.locator('script').count()).toBe(0)
      expect(await figure.locator('a[data-cite]').count(), id).toBeGreaterThan(0)
    }
    // In forced colors the bars take the forced text colour (currentColor), so they stay visible
    // against their track whatever colours the reader has chosen.
    await page.goto('/articles/how-it-is-given')
    const bars = await page
      .locator('#fig-route-comparison svg')
      .first()
      .evaluate((svg) => {
        const [track, bar] = [...svg.querySelectorAll('rect')]
        return { text: getComputedStyle(svg).color, bar: getComputedStyle(bar!).fill, track: getComputedStyle(track!).fill }
      })
    expect(bars.bar).toBe(bars.text)
    expect(bars.bar).not.toBe(bars.track)
  })
})

test.describe('figures without JavaScript', () => {
  test.use({ javaScriptEnabled: false })
  test('every figure and its text alternative are there', async ({ page }) => {
    await page.goto('/articles/history')
    expect(await page.locator('#fig-history-timeline ol > li').count()).toBeGreaterThanOrEqual(10)
    await page.goto('/articles/how-it-is-given')
    await expect(page.locator('#fig-route-comparison table')).toContainText('About 48%')
    await page.goto('/articles/how-it-works')
    await expect(page.locator('#fig-synapse svg[role="img"]')).toBeVisible()
    await page.goto('/articles/what-to-expect')
    await expect(page.locator('#fig-treatment-day')).toContainText('At least 2 hours')
    await expect(page.locator('#fig-induction-schedule table')).toContainText('2 sessions')
  })
})
