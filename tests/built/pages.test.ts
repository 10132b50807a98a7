// Per-page checks on every exported page (both languages, the 404 page and the retired-section
// pages included), each page its own group of tests so one bad page names itself. They replace
// the Playwright loops that fetched every sitemap page from a server: see each test's comment.
import { createHash } from 'node:crypto'
import type { Element, ElementContent } from 'hast'
import { toHtml } from 'hast-util-to-html'
import { describe, expect, it } from 'vitest'
import { pagePolicy } from '../../lib/build/security-headers.mjs'
import { foreignScripts } from '../../lib/build/static-export.mjs'
import { splitCrisisNumbers } from '../../lib/crisis.mjs'
import {
  accessibleName,
  basePath,
  descendants,
  hasClass,
  isSet,
  LOCALE_INFO,
  localeOf,
  LOCALES,
  localFile,
  PAGES,
  pageAt,
  PINNED_WORDS,
  pngFileSize,
  rel,
  squash,
  textOf,
  wordsOf,
  type Page,
} from './site'

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64')

/** The budget of the stylesheet every page inlines (issue 22: at most 20 KB raw). */
const STYLESHEET_BUDGET = 20_000

/** Block elements: where a rendered frontmatter line would start, and the context shown for a plain number. */
const BLOCKS = ['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt', 'dd', 'td', 'th', 'pre', 'blockquote']

/** A crisis number as phone.spec.ts finds it: 988, 9-8-8 (hyphens or non-breaking hyphens) or 911, not part of a longer token. */
const CRISIS_NUMBER = /(?<![\w.\-/\u2011])(9[-\u2011]8[-\u2011]8|988|911)(?![\w\-/\u2011]|\.\w)/

/**
 * Where a number is a name, not a number to call: headings, glossary terms and aliases, and source
 * titles (phone.spec.ts: `a, button, script, [hidden], h1-h4, dfn, [data-aliases], #references`;
 * here also `.references`, the list of source titles on /sources, which phone.spec.ts never visited).
 */
const isNameContext = (el: Element) =>
  ['a', 'button', 'script', 'h1', 'h2', 'h3', 'h4', 'dfn'].includes(el.tagName) ||
  isSet(el.properties.hidden) ||
  el.properties.dataAliases !== undefined ||
  el.properties.id === 'references' ||
  hasClass(el, 'references')

/** The crisis numbers in <main>: those in a tel:/sms: link, and those left as plain text where they should be a link. */
function crisisNumbers(page: Page): { plain: string[]; links: number } {
  const plain: string[] = []
  let links = 0
  const main = page.main
  if (!main) return { plain, links }
  const walk = (children: ElementContent[], ancestors: Element[]) => {
    for (const child of children) {
      if (child.type === 'element') walk(child.children, [child, ...ancestors])
      if (child.type !== 'text' || !CRISIS_NUMBER.test(child.value)) continue
      const link = ancestors.find((a) => a.tagName === 'a')
      if (link && /^(tel|sms):/.test(String(link.properties.href ?? ''))) links++
      // A number inside a service's name ("the 988 Suicide & Crisis Lifeline") is a name (lib/crisis.mjs).
      else if (!ancestors.some(isNameContext) && splitCrisisNumbers(child.value).some((part) => 'line' in part)) plain.push(context(child.value, ancestors))
    }
  }
  walk(main.children, [main])
  return { plain, links }
}

/** The words around a plain number: its block's text, cut to about 70 characters around the number. */
function context(text: string, ancestors: Element[]): string {
  const block = ancestors.find((a) => BLOCKS.includes(a.tagName) || a.tagName === 'div') ?? ancestors[0]!
  const whole = squash(textOf(block))
  const own = squash(text)
  const i = Math.max(0, whole.indexOf(own)) + Math.max(0, own.search(CRISIS_NUMBER))
  return `${i > 35 ? '…' : ''}${whole.slice(Math.max(0, i - 35), i + 35)}${i + 35 < whole.length ? '…' : ''}`
}

/** Frontmatter keys that never appear in prose, and those that could start a rendered "key: value" line. */
const FRONTMATTER_ANYWHERE = /\b(lastReviewed|navTitle|nextReview|reviewedBy|whatChanged|changes):/
const FRONTMATTER_LINE_START = /^(title|description|order|lastReviewed|navTitle|nextReview|reviewedBy|whatChanged):\s/

describe.each(PAGES.map((page) => [page.path, page] as const))('%s', (_path, page) => {
  // static.spec.ts 'every page holds only our island modules and JSON-LD, and no style attribute'
  // (foreignScripts from lib/build/static-export.mjs, as the post-build step uses it), plus: no inline
  // event handler, every JSON-LD block parses, every module the page loads is in out/.
  it('holds only our island modules and JSON-LD, no style attribute and no inline event handler', () => {
    const loaders = page.elements.filter((e) => e.tagName === 'script' || e.tagName === 'link')
    expect(foreignScripts(toHtml(loaders)), `${page.path}: foreign scripts`).toEqual([])
    expect(page.html, page.path).not.toContain('__next_f')
    expect(page.html, page.path).not.toContain('/_next/static/chunks')
    expect(page.html.match(/<[^>]*\sstyle="[^>]*>/g) ?? [], `${page.path}: style attributes`).toEqual([])
    const styled = page.elements.filter((e) => isSet(e.properties.style)).map((e) => `<${e.tagName} style="${e.properties.style}">`)
    expect(styled, `${page.path}: style attributes`).toEqual([])
    const handlers = page.elements.flatMap((e) =>
      Object.keys(e.properties)
        .filter((k) => /^on[a-z]/i.test(k))
        .map((k) => `<${e.tagName} ${k.toLowerCase()}="${String(e.properties[k]).slice(0, 40)}">`),
    )
    expect(handlers, `${page.path}: inline event handlers`).toEqual([])
    for (const script of page.all('script')) {
      const src = script.properties.src
      if (typeof src === 'string') expect(localFile(src), `${page.path} loads ${src}: no such file in out/`).not.toBeNull()
      else if (script.properties.type === 'application/ld+json') expect(() => JSON.parse(textOf(script)), `${page.path}: JSON-LD parses`).not.toThrow()
    }
  })

  // Issue 28: the document says its language and its direction (from the language's locale data:
  // ltr for the languages the site has today, rtl for one such as Arabic).
  it('states its language and writing direction on <html>', () => {
    const html = page.first('html')!
    expect(html.properties.lang, `${page.path}: <html lang>`).toBe(page.lang)
    expect(html.properties.dir, `${page.path}: <html dir>`).toBe(page.dir)
  })

  // static.spec.ts 'every page carries its own policy, first in <head>, allowing its stylesheets
  // and nothing else inline; the stylesheet keeps its budget'.
  it('carries its own policy, first in <head>, allowing its stylesheets and nothing else inline; the stylesheet keeps its budget', () => {
    const metas = page.all('meta').filter((m) => [m.properties.httpEquiv ?? []].flat().some((v) => String(v).toLowerCase() === 'content-security-policy'))
    expect(metas.length, `${page.path}: <meta http-equiv="Content-Security-Policy"> count`).toBe(1)
    const meta = metas[0]!
    expect(page.parent(meta)?.tagName, `${page.path}: the policy is in <head>`).toBe('head')
    const styles = page.all('style').map((s) => textOf(s))
    // The policy that lists the stylesheets' hashes, and nothing else inline (pagePolicy adds no 'unsafe-inline').
    expect(meta.properties.content, `${page.path}: the page's policy`).toBe(pagePolicy(styles.map(sha256)))
    // A <meta> policy governs only what comes after it: it must precede every stylesheet, link and script.
    const at = page.elements.indexOf(meta)
    const before = page.elements.slice(0, at).filter((e) => ['style', 'link', 'script'].includes(e.tagName))
    expect(
      before.map((e) => `<${e.tagName}>`),
      `${page.path}: loaded before the policy`,
    ).toEqual([])
    const inline = styles.reduce((sum, css) => sum + Buffer.byteLength(css), 0)
    const ownRules = /^\/(glossary|help|handout|search)$/.test(basePath(page.path))
    expect(inline, `${page.path}: bytes of inline CSS`).toBeLessThanOrEqual(ownRules ? STYLESHEET_BUDGET + 3_000 : STYLESHEET_BUDGET)
    // Other stylesheets (print, a page's own) come from the site, allowed by style-src 'self'.
    for (const link of page.all('link').filter((l) => rel(l).includes('stylesheet'))) {
      const href = String(link.properties.href ?? '')
      expect(href, `${page.path}: stylesheet address`).toMatch(/^\/[^/]/)
      expect(href.split('?')[0], `${page.path}: stylesheet ${href}`).toMatch(/\.css$/)
      expect(localFile(href), `${page.path} links ${href}: no such file in out/`).not.toBeNull()
    }
  })

  // quality.spec.ts 'every internal link and #anchor resolves; external links use https' and its
  // rule for target=_blank. Also: the resources a page loads (link, script, img) are in out/, and
  // no page links to the _headers file.
  it('every internal link and #anchor resolves; external links use https; a new tab says so', () => {
    const problems: string[] = []
    for (const a of page.all(['a', 'area'])) {
      const href = a.properties.href
      if (typeof href !== 'string') continue
      if (/^(tel|sms|mailto):/i.test(href)) continue
      if (/^https?:/i.test(href) || href.startsWith('//')) {
        if (!href.startsWith('https://')) problems.push(`${page.path}: ${href} (external link is not https)`)
        continue
      }
      if (/^[a-z][a-z0-9+.-]*:/i.test(href)) {
        problems.push(`${page.path}: ${href} (unexpected scheme)`)
        continue
      }
      const target = new URL(href, `http://site${page.path}`)
      if (target.pathname === '/_headers') {
        problems.push(`${page.path}: ${href} (links the _headers file)`)
        continue
      }
      const targetPage = target.pathname === page.path ? page : pageAt(decodeURIComponentSafe(target.pathname))
      if (!targetPage) {
        if (!localFile(target.pathname)) problems.push(`${page.path}: ${href} (no such page or file in out/)`)
        continue
      }
      const id = decodeURIComponentSafe(target.hash.slice(1))
      if (id && !targetPage.ids.has(id)) problems.push(`${page.path}: ${href} (points to a missing anchor)`)
    }
    for (const a of page.all('a').filter((a) => a.properties.target === '_blank')) {
      const said = [a.properties.ariaLabel, a.properties.title, textOf(a)].map((v) => String(v ?? '')).join(' ')
      if (!/opens in a new tab|se abre en una (pestaña nueva|nueva pestaña)/i.test(said)) {
        problems.push(`${page.path}: ${a.properties.href} (opens a new tab without saying so)`)
      }
    }
    for (const el of page.elements) {
      const url = el.tagName === 'link' ? el.properties.href : ['script', 'img', 'source', 'iframe'].includes(el.tagName) ? el.properties.src : undefined
      if (typeof url !== 'string' || (el.tagName === 'link' && rel(el).some((r) => ['canonical', 'alternate'].includes(r)))) continue
      if (/^(https?:)?\/\//i.test(url)) problems.push(`${page.path}: <${el.tagName}> ${url} (loads from another origin)`)
      else if (!url.startsWith('data:') && !localFile(new URL(url, `http://site${page.path}`).pathname))
        problems.push(`${page.path}: <${el.tagName}> ${url} (no such file in out/)`)
    }
    expect(problems).toEqual([])
  })

  // static.spec.ts 'every page is <path>/index.html ... and links keep the no-slash form': the
  // links and canonical part (the file names are checked once, in files.test.ts).
  it('links keep the no-slash form; the canonical address is the page itself', () => {
    expect(page.html.match(/ href="\/[^"]*\/"/g) ?? [], `${page.path}: links with a trailing slash`).toEqual([])
    if (page.kind === 'page') expect(page.canonicalPath, `${page.path}: canonical`).toBe(page.path)
    // A retired section's page points search engines at its successor, which must exist.
    if (page.kind === 'redirect') expect(pageAt(page.canonicalPath ?? '')?.kind, `${page.path}: canonical ${page.canonicalPath}`).toBe('page')
  })

  // Images: every <img> has an alt (a missing one fails here even if html-validate's rule is
  // turned off); og:image and twitter:image are 1200x630 PNG files in out/ (static.spec.ts "an
  // article's og:image is a 1200x630 PNG", sections.spec.ts, spanish.spec.ts 'Spanish link
  // previews use Spanish cards').
  it('every image has an alt; its link-preview cards are 1200x630 PNGs in out/, in its language', () => {
    expect(
      page
        .all('img')
        .filter((img) => img.properties.alt === undefined || img.properties.alt === null)
        .map((img) => `<img src="${img.properties.src}">`),
      `${page.path}: images without alt`,
    ).toEqual([])
    const cards = ['og:image', 'twitter:image'].map((key) => [key, page.meta(key)] as const)
    if (page.kind === 'page')
      expect(
        cards.filter(([, url]) => !url).map(([key]) => key),
        `${page.path}: missing preview images`,
      ).toEqual([])
    for (const [key, url] of cards) {
      if (!url) continue
      expect(url, `${page.path}: ${key} is an absolute address`).toMatch(/^https?:\/\/[^/]+\//)
      const file = localFile(new URL(url).pathname)
      expect(file, `${page.path}: ${key} ${url}: no such file in out/`).not.toBeNull()
      expect(file, `${page.path}: ${key}`).toMatch(/\.png$/)
      expect(pngFileSize(file!), `${page.path}: ${key} ${file} size`).toEqual({ width: 1200, height: 630 })
      // A card's address is the page's own under /og: /og/<locale>/… for a translated edition.
      const card = new URL(url).pathname.replace(/^\/og(?=\/)/, '')
      expect(localeOf(card), `${page.path}: ${key} ${url} is a card in the page's language`).toBe(page.locale)
    }
    for (const [key, value] of [
      ['og:image:width', '1200'],
      ['og:image:height', '630'],
    ]) {
      if (page.meta(key!) !== undefined) expect(page.meta(key!), `${page.path}: ${key}`).toBe(value)
    }
  })

  // Every crisis number a reader sees is one tap from a call or a text, on every page.
  it('every crisis number in <main> is a tel: or sms: link', () => {
    expect(crisisNumbers(page).plain, `${page.path}: crisis numbers that are plain text`).toEqual([])
  })

  // site.spec.ts 'the footer shows crisis help and the not-medical-advice note on every page', in
  // every language (and spanish.spec.ts: a translated footer's call links speak its language).
  it('the footer shows crisis help and the not-medical-advice note', () => {
    const words = wordsOf(page.locale)
    const footer = page.first('footer')
    expect(footer, `${page.path}: <footer>`).toBeDefined()
    const region = page.all('section', footer).find((s) => {
      const ids = [s.properties.ariaLabelledBy ?? []].flat().map(String)
      return squash(ids.map((id) => textOf(page.byId(id) ?? { type: 'text', value: '' })).join(' ')) === words.crisisRegion
    })
    expect(region, `${page.path}: the footer's region "${words.crisisRegion}"`).toBeDefined()
    expect(
      page.closest(region!, (e) => isSet(e.properties.hidden)),
      `${page.path}: the crisis region is hidden`,
    ).toBeUndefined()
    const links = page.all('a', region).map((a) => ({ name: accessibleName(a), href: String(a.properties.href ?? '') }))
    const named = (name: RegExp | string) => links.filter((l) => (typeof name === 'string' ? l.name === name : name.test(l.name)))
    const expectLinks = (name: RegExp | string, href: string) => {
      const found = named(name)
      expect(found.length, `${page.path}: a crisis link named ${name}`).toBeGreaterThan(0)
      for (const link of found) expect(link.href, `${page.path}: the crisis link "${link.name}"`).toBe(href)
    }
    expectLinks(words.call988, 'tel:988')
    expectLinks(words.text988.name, words.text988.href)
    expectLinks(words.call911, 'tel:911')
    expectLinks('findahelpline.com', 'https://findahelpline.com')
    const note = page.all(['strong', 'p', 'span', 'b', 'div'], footer).find((e) => squash(textOf(e)) === words.notAdvice)
    expect(note, `${page.path}: the footer says "${words.notAdvice}"`).toBeDefined()
    // The actions come first, in the page's language, in one row.
    const row = page.all('ul', region).find((ul) => hasClass(ul, 'crisis-actions'))
    expect(row && page.all('a', row).map((a) => [accessibleName(a), String(a.properties.href)]), `${page.path}: the footer's actions`).toEqual([
      [words.call988, 'tel:988'],
      [words.text988.name, words.text988.href],
    ])
    // Every edition's footer gives each language's own crisis-line service (988 in Spanish: "oprima
    // el 2"), in that language, marked with its lang.
    for (const locale of LOCALES.filter((l) => LOCALE_INFO[l].strings.footer.inThisLanguage)) {
      const service = plainWords(LOCALE_INFO[locale].strings.footer.inThisLanguage)
      const holder = page.all(['p', 'li', 'div'], footer).find((e) => squash(textOf(e)) === service)
      expect(holder, `${page.path}: the footer gives the ${locale} service: "${service}"`).toBeDefined()
      expect(page.closest(holder!, (e) => e.properties.lang !== undefined)?.properties.lang, `${page.path}: the ${locale} service is marked lang`).toBe(
        LOCALE_INFO[locale].lang,
      )
    }
    // Content: the Spanish service's words, on every edition.
    expect(squash(textOf(footer!)), `${page.path}: the footer gives the Spanish line`).toContain('oprima el 2')
  })

  // Issue #24 (6): a crisis link reads as what it shows. Every tel:/sms: link is named by its
  // visible words (no aria-label that adds or repeats words: WCAG 2.5.3), and a number in a sentence
  // is one call link with no "text" link after it; texting is a labelled action of its own, only in
  // the boxes that offer help (the action rows and the help page's buttons).
  it('every crisis link is named by its visible text, and no "text" link follows a number', () => {
    const problems: string[] = []
    for (const a of page.all('a')) {
      const href = String(a.properties.href ?? '')
      if (!/^(tel|sms):/.test(href)) continue
      const visible = squash(textOf(a))
      if (a.properties.ariaLabel !== undefined) problems.push(`<a href="${href}" aria-label="${a.properties.ariaLabel}">${visible}</a>: an aria-label`)
      if (accessibleName(a) !== visible) problems.push(`<a href="${href}">${visible}</a>: named "${accessibleName(a)}"`)
      const inRow = page.closest(a, (e) => hasClass(e, 'crisis-actions') || hasClass(e, 'help-actions') || hasClass(e, 'help-action'))
      if (href.startsWith('sms:') && !inRow) problems.push(`<a href="${href}">${visible}</a>: a text link outside an action row`)
      if (!inRow && href.startsWith('tel:') && !/^(988|911|9\u20118\u20118)$/.test(visible))
        problems.push(`<a href="${href}">${visible}</a>: a call link in the text that is not just its number`)
    }
    // The old markup's small link after a number ("988 [text]") or Spanish texting words as a link.
    for (const a of page.all('a')) if (/^(text|texto|mensajes? de texto)$/i.test(accessibleName(a))) problems.push(`a link named "${accessibleName(a)}"`)
    expect(problems, `${page.path}: crisis links`).toEqual([])
  })

  // site.spec.ts 'frontmatter never renders as text'.
  it('frontmatter never renders as text', () => {
    const main = page.main
    expect(main, `${page.path}: <main>`).toBeDefined()
    expect(textOf(main!), `${page.path}: <main> text`).not.toMatch(FRONTMATTER_ANYWHERE)
    const lines = descendants(main!)
      .filter((e) => BLOCKS.includes(e.tagName))
      .map((e) => squash(textOf(e)))
      .filter((text) => FRONTMATTER_LINE_START.test(text))
    expect(lines, `${page.path}: blocks that start like a frontmatter line`).toEqual([])
  })
})

// phone.spec.ts counted the numbers that are links: the walker above must be finding them.
describe('crisis numbers', () => {
  it.each(LOCALES)('the %s articles and glossary link more than 5 crisis numbers in their text', (locale) => {
    const pages = PAGES.filter(
      (p) => p.locale === locale && p.kind === 'page' && (basePath(p.path).startsWith('/articles/') || basePath(p.path) === '/glossary'),
    )
    expect(pages.length, `${locale}: article, section and glossary pages`).toBeGreaterThan(60)
    expect(pages.reduce((sum, p) => sum + crisisNumbers(p).links, 0)).toBeGreaterThan(5)
  })
})

// The words the checks above look for come from each language's strings file; for the languages
// written so far they are also pinned, so a change of wording is a test change.
describe('the words the checks look for', () => {
  it.each(LOCALES.filter((l) => PINNED_WORDS[l]))('%s: the strings give the pinned words', (locale) => {
    expect(wordsOf(locale)).toEqual(PINNED_WORDS[locale])
  })
})

/** A Markdown string's words as a page shows them: no ** and no link targets. */
function plainWords(markdown: string): string {
  return squash(markdown.replace(/\*\*/g, '').replace(/\[([^\]]+)\]\([^)]+\)/g, '$1'))
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}
