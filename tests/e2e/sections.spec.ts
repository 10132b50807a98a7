import { expect, test, type APIRequestContext } from '@playwright/test'
import { ARTICLES, lockedRedirects, sitemapPaths } from './helpers'

const SECTION_PATH = /^\/articles\/[a-z0-9-]+\/[a-z0-9-]+$/

/** Width and height from a PNG's IHDR chunk (bytes 16-23), after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } | null {
  if (bytes.length < 24 || bytes.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a') return null
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

/** Decodes the character references the exported HTML uses (&amp; &quot; &#x22; &#39; ...). */
const decode = (text: string) =>
  text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')

const meta = (html: string, attr: 'property' | 'name', key: string) => {
  const raw = new RegExp(`<meta ${attr}="${key}" content="([^"]*)"`).exec(html)?.[1]
  return raw === undefined ? undefined : decode(raw)
}

/** The section keys the articles offer ("Add to handout" at each h2). */
async function sectionKeysFromArticles(request: APIRequestContext): Promise<string[]> {
  const keys: string[] = []
  for (const slug of ARTICLES) {
    const html = await (await request.get(`/articles/${slug}`)).text()
    keys.push(...[...html.matchAll(/data-add-to-handout="([^"]+)"/g)].map((m) => m[1]!))
  }
  return keys
}

test.describe('section pages', () => {
  test('every h2 of every article has a page that answers 200, with its own title, preview and 1200x630 PNG card', async ({ request }, info) => {
    test.skip(info.project.name !== 'desktop', 'served files do not depend on the device')
    test.setTimeout(180_000)
    const keys = await sectionKeysFromArticles(request)
    const paths = (await sitemapPaths(request)).filter((p) => SECTION_PATH.test(p))
    // The sitemap lists exactly the sections the articles have.
    expect(paths.sort()).toEqual(keys.map((k) => `/articles/${k}`).sort())
    expect(paths.length).toBeGreaterThan(60)
    const titles = new Set<string>()
    for (const path of paths) {
      const response = await request.get(path)
      expect(response.status(), path).toBe(200)
      const html = await response.text()
      const ogTitle = meta(html, 'property', 'og:title')
      expect(ogTitle, path).toBeTruthy()
      const h1 = decode(/<h1[^>]*>([^<]+)<\/h1>/.exec(html)?.[1] ?? '')
      expect(ogTitle, path).toBe(h1)
      titles.add(`${path.split('/')[2]}: ${ogTitle}`)
      expect(meta(html, 'name', 'description')!.length, path).toBeGreaterThan(30)
      expect(meta(html, 'property', 'og:url'), path).toMatch(new RegExp(`${path}$`))
      expect(html, path).toMatch(new RegExp(`<link rel="canonical" href="[^"]*${path}"`))
      expect(meta(html, 'name', 'twitter:card'), path).toBe('summary_large_image')
      const image = meta(html, 'property', 'og:image')!
      expect(image, path).toContain(`/og${path}.png`)
      const png = await request.get(new URL(image).pathname)
      expect(png.status(), image).toBe(200)
      expect(png.headers()['content-type'], image).toBe('image/png')
      expect(pngSize(await png.body()), image).toEqual({ width: 1200, height: 630 })
    }
    // Each page's preview is its own (titles may repeat only across articles).
    expect(titles.size).toBe(paths.length)
  })

  test('a section page shows the question, its text with references numbered from 1, review facts and links onward', async ({ page }) => {
    await page.goto('/articles/safety/blood-pressure')
    await expect(page.locator('h1')).toHaveText('Can ketamine raise my blood pressure?')
    await expect(page).toHaveTitle('Can ketamine raise my blood pressure? | Ketamine Therapy Guide')
    const article = page.locator('article#article')
    // Only this section: no other section's heading, no key points.
    await expect(article.locator('h2#driving, h2#key-points, h2#blood-pressure')).toHaveCount(0)
    await expect(article.locator('.prose p').first()).toContainText('blood pressure')
    // Citations are numbered within the page, and each number leads to this page's list.
    const numbers = await article.locator('.prose sup.cite a.cite-link').allTextContents()
    expect(numbers[0]).toBe('1')
    const refs = article.locator('#references ol > li')
    expect(await refs.count()).toBeGreaterThan(0)
    for (const href of new Set(await article.locator('.prose sup.cite a.cite-link').evaluateAll((as) => as.map((a) => a.getAttribute('href'))))) {
      await expect(page.locator(`#references ${href!}`)).toHaveCount(1)
    }
    await expect(page.getByRole('link', { name: 'Read the whole article from here' }).first()).toHaveAttribute('href', '/articles/safety#blood-pressure')
    const onward = page.getByRole('navigation', { name: 'More from this article' })
    await expect(onward.getByRole('link', { name: /Previous section/ })).toHaveAttribute('href', '/articles/safety/sedation-breathing')
    await expect(onward.getByRole('link', { name: /Next section/ })).toHaveAttribute('href', '/articles/safety/misuse')
    const about = page.getByRole('region', { name: 'About this page' })
    await expect(about).toContainText('Last reviewed')
    await expect(about).toContainText('Next review due')
    await expect(page.getByRole('region', { name: 'If you are thinking about suicide or are in crisis' })).toBeVisible()
  })

  test('"Read the whole article from here" lands on the section in the article', async ({ page }) => {
    await page.goto('/articles/safety/driving')
    await page.getByRole('link', { name: 'Read the whole article from here' }).first().click()
    await expect(page).toHaveURL(/\/articles\/safety#driving$/)
    await expect(page.locator('h2#driving')).toBeInViewport()
  })

  test('a retired section id reaches its successor, with and without JavaScript', async ({ browser, baseURL }) => {
    const [slug, map] = Object.entries(lockedRedirects())[0]!
    const [oldId, newId] = Object.entries(map)[0]!
    for (const javaScriptEnabled of [true, false]) {
      const context = await browser.newContext({ baseURL, javaScriptEnabled })
      const page = await context.newPage()
      await page.goto(`/articles/${slug}/${oldId}`)
      await expect(page, `JavaScript ${javaScriptEnabled}`).toHaveURL(new RegExp(`/articles/${slug}/${newId}$`))
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/articles/${slug}/${newId}$`))
      await context.close()
    }
  })

  test('an unknown section answers 404', async ({ request }) => {
    expect((await request.get('/articles/safety/no-such-section')).status()).toBe(404)
  })
})

test.describe('link previews on every page', () => {
  test('home, glossary, sources, about, search and handout have Open Graph and Twitter tags with a PNG card', async ({ request }, info) => {
    test.skip(info.project.name !== 'desktop', 'served files do not depend on the device')
    for (const path of ['/', '/glossary', '/sources', '/about', '/search', '/handout']) {
      const html = await (await request.get(path)).text()
      expect(meta(html, 'property', 'og:title'), path).toBeTruthy()
      expect(meta(html, 'property', 'og:description'), path).toBeTruthy()
      expect(meta(html, 'property', 'og:url'), path).toMatch(/^https?:\/\//)
      expect(meta(html, 'name', 'twitter:card'), path).toBe('summary_large_image')
      const image = meta(html, 'property', 'og:image')
      expect(image, path).toMatch(/\/og\/pages\/[a-z]+\.png$/)
      const png = await request.get(new URL(image!).pathname)
      expect(pngSize(await png.body()), path).toEqual({ width: 1200, height: 630 })
    }
  })
})

test.describe('print', () => {
  for (const path of ['/articles/safety', '/articles/safety/blood-pressure']) {
    test(`printing ${path} drops navigation and buttons, keeps the address and review date, and prints glossary terms as text`, async ({ page }) => {
      await page.goto(path)
      await page.emulateMedia({ media: 'print' })
      for (const selector of ['header nav', '.toc', 'button', '.heading-tools', 'footer nav', '#main input']) {
        for (const el of await page.locator(selector).all()) await expect(el, selector).toBeHidden()
      }
      const line = page.locator('.print-line')
      await expect(line).toBeVisible()
      await expect(line).toContainText(new RegExp(`https?://[^ ]+${path}`))
      await expect(line).toContainText(/Reviewed [A-Z][a-z]+ \d{1,2}, \d{4}/)
      const term = page.locator('.prose a.term').first()
      expect(await term.evaluate((a) => getComputedStyle(a, '::after').content)).toMatch(/^(none|normal)$/)
      expect(await term.evaluate((a) => getComputedStyle(a).textDecorationLine)).toBe('none')
      // A link to a source prints its address in full.
      const source = page.locator('.references a[href^="http"]').first()
      expect(await source.evaluate((a) => getComputedStyle(a, '::after').content)).toContain('http')
    })
  }
})
