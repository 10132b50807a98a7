import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { test as base, expect, type Page } from '@playwright/test'

/** axe-core's minified build: the page parses 650 KB instead of the 1.5 MB of `axe.source` (0.4 s less a load). */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

export { expect }

/** The WCAG 2.2 AA rule sets axe runs. */
export const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** Tag of the tests the `phone` project runs (390 x 844, touch); the `desktop` project runs the rest. */
export const PHONE = '@phone'

type Guard = {
  /** Automatic, on every test that uses the `page` or `context` fixture. */
  guard: void
}

/**
 * Every browser test, whatever it checks, also fails on:
 * - a Content-Security-Policy refusal (the browser reports it on the console), or a Permissions-Policy
 *   feature it does not know;
 * - an uncaught error in a page (`pageerror`);
 * - a request to another origin (health reading is private: nothing leaves the site);
 * - a cookie, or anything written to localStorage or sessionStorage.
 * This replaces a sweep that visited every page for the same promises: each test's pages are checked
 * in the state the test drives them to, which a sweep of first loads never saw. A test that opens a
 * browser context of its own (to turn JavaScript off, or to provoke a refusal on purpose) is outside
 * the guard and checks what it needs itself.
 */
export const test = base.extend<Guard>({
  guard: [
    async ({ context, baseURL }, use) => {
      const problems: string[] = []
      const origin = new URL(baseURL!).origin
      const allowed = new Set([origin])
      // Record storage writes in the page itself, before any script of ours runs.
      await context.addInitScript(() => {
        const writes: string[] = []
        Object.defineProperty(window, '__storageWrites', { value: writes })
        for (const name of ['setItem'] as const) {
          const original = Storage.prototype[name]
          Storage.prototype[name] = function (this: Storage, key: string, value: string) {
            writes.push(`${this === window.localStorage ? 'localStorage' : 'sessionStorage'}.${name}(${key})`)
            return original.call(this, key, value)
          }
        }
        const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!
        Object.defineProperty(document, 'cookie', {
          get: () => cookie.get!.call(document),
          set: (value: string) => {
            writes.push(`document.cookie = ${value.split('=')[0]}`)
            cookie.set!.call(document, value)
          },
        })
      })
      const watch = (page: Page) => {
        page.on('console', (m) => {
          if (/Content.Security.Policy|Refused to/i.test(m.text())) problems.push(`CSP on ${page.url()}: ${m.text()}`)
          // A header the browser cannot read is a warning on every page (issue 25: "bluetooth").
          if (/Error with Permissions-Policy/i.test(m.text())) problems.push(`Permissions-Policy on ${page.url()}: ${m.text()}`)
        })
        page.on('pageerror', (e) => problems.push(`error on ${page.url()}: ${e.message}`))
        page.on('request', (r) => {
          const url = r.url()
          if (/^(data|blob|about):/.test(url)) return
          if (!allowed.has(new URL(url).origin)) problems.push(`request from ${page.url()} to another origin: ${url}`)
        })
      }
      context.pages().forEach(watch)
      context.on('page', watch)
      await use()
      for (const page of context.pages()) {
        if (page.isClosed() || !allowed.has(new URL(page.url()).origin)) continue
        const stored = await page
          .evaluate(() => [
            ...((window as unknown as { __storageWrites?: string[] }).__storageWrites ?? []),
            ...(localStorage.length + sessionStorage.length > 0 ? ['storage is not empty'] : []),
          ])
          .catch(() => [] as string[])
        problems.push(...stored.map((s) => `storage on ${page.url()}: ${s}`))
      }
      const cookies = await context.cookies()
      problems.push(...cookies.map((c) => `cookie: ${c.name} (${c.domain})`))
      expect(problems, 'CSP refusals, page errors, other origins, cookies or storage').toEqual([])
    },
    { auto: true },
  ],
})

type AxeWindow = { axe?: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }
type AxeViolation = { id: string; help: string; nodes: { target: unknown[] }[] }

/**
 * Axe's WCAG violations on the page as it is now, one line each. axe-core is put in the page once
 * (through the test protocol, so the page's own policy does not apply to it) and run directly:
 * @axe-core/playwright's default mode opens a blank page to finish every run, which cost 5 to 7 s a
 * run here against about 1 s.
 */
export async function axeViolations(page: Page, label: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE)
  const violations = await page.evaluate(
    (tags) =>
      (window as unknown as AxeWindow)
        .axe!.run(document, {
          runOnly: { type: 'tag', values: tags },
          // Only violations are wanted: axe then skips the node details of passes and incomplete checks.
          resultTypes: ['violations'],
        })
        .then((r) => r.violations.map((v) => ({ id: v.id, help: v.help, count: v.nodes.length, target: String(v.nodes[0]?.target ?? '') }))),
    WCAG,
  )
  return violations.map((v) => `${label}: ${v.id} (${v.count}) ${v.target}: ${v.help}`)
}
