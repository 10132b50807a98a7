import { chromium } from '@playwright/test'
import { chromiumLaunchOptions } from '/work/main/scripts/chromium.mjs'
const [url, selector, out, width = '390', scheme = 'light'] = process.argv.slice(2)
const b = await chromium.launch(chromiumLaunchOptions)
const p = await b.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme })
await p.goto(url)
const el = p.locator(selector).first()
await el.scrollIntoViewIfNeeded()
await el.screenshot({ path: out })
await b.close()
