// Takes full-page screenshots of pages at phone and desktop width, light and dark, for review.
// usage: node scripts/screenshots.mjs [baseUrl] [outDir] [path ...]
import { chromium } from '@playwright/test'
import { chromiumLaunchOptions } from './chromium.mjs'

const [base = 'http://127.0.0.1:3000', out = 'reports/screenshots', ...paths] = process.argv.slice(2)
const pages = paths.length ? paths : ['/', '/articles/safety']
const browser = await chromium.launch(chromiumLaunchOptions)
for (const [name, viewport] of [
  ['phone', { width: 390, height: 844 }],
  ['desktop', { width: 1280, height: 900 }],
]) {
  for (const scheme of ['light', 'dark']) {
    const context = await browser.newContext({ viewport, colorScheme: scheme, deviceScaleFactor: 1 })
    const page = await context.newPage()
    for (const path of pages) {
      await page.goto(base + path, { waitUntil: 'networkidle' })
      const file = `${out}/${path.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${name}-${scheme}.png`
      await page.screenshot({ path: file, fullPage: process.env.FULL === '1' })
      console.log(file)
    }
    await context.close()
  }
}
await browser.close()
