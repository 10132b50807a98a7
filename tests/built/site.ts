// The built site, read from disk once per test file (Vitest gives each file its own module graph,
// so this module-level cache lives as long as the file's tests): every HTML page under out/ (or
// $BUILT_DIR, so the checks can be pointed at a mutated copy), its address, its raw text and, when
// a check first asks for it, its hast tree. No server, no browser.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Element, ElementContent, Root, RootContent } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { CRISIS_LINES, textHref } from '../../lib/crisis.mjs'
import { DEFAULT_LOCALE, LOCALE_INFO, LOCALES, TRANSLATED_LOCALES, localePath, splitLocale, textDirection, type Locale } from '../../lib/i18n/locales'

export { DEFAULT_LOCALE, LOCALE_INFO, LOCALES, TRANSLATED_LOCALES, localePath, type Locale }

/** The exported folder the checks read. */
export const OUT = resolve(process.env.BUILT_DIR ?? 'out')

if (!existsSync(join(OUT, 'index.html'))) {
  throw new Error(`${join(OUT, 'index.html')} is missing: run \`npm run build\` (or set BUILT_DIR to a built copy) before the built-site checks.`)
}

/** The site's own paths of a file under out/ (posix separators, no leading slash). */
const posix = (file: string) => file.split('\\').join('/')

/** Every file under out/, as paths relative to it ("articles/safety/index.html"). */
export const FILES: string[] = readdirSync(OUT, { recursive: true, encoding: 'utf8' })
  .map(posix)
  .filter((f) => statSync(join(OUT, f)).isFile())
  .sort()

const FILE_SET = new Set(FILES)

/** The URL path a file answers at: `articles/safety/index.html` -> `/articles/safety`, `index.html` -> `/`, `404.html` -> `/404.html`. */
export function urlPathOf(file: string): string {
  if (file === 'index.html') return '/'
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'/index.html'.length)}`
  return `/${file}`
}

/** The language of a site path, from the locale list: '/es/glossary' -> es, '/glossary' -> the default. */
export const localeOf = (path: string): Locale => splitLocale(path).locale

/** The default language's path of a page in any language: '/es/articles/safety' -> '/articles/safety', '/es' -> '/'. */
export const basePath = (path: string): string => splitLocale(path).path

/** The same page in another language: mirrorPath('/articles/safety', 'es') -> '/es/articles/safety' (and back). */
export const mirrorPath = (path: string, locale: Locale): string => localePath(locale, basePath(path))

/** An article page (`/articles/<slug>`) in any language. */
export const isArticlePath = (path: string) => /^\/articles\/[a-z0-9-]+$/.test(basePath(path))

/** A section page (`/articles/<slug>/<section>`) in any language. */
export const isSectionPath = (path: string) => /^\/articles\/[a-z0-9-]+\/[a-z0-9-]+$/.test(basePath(path))

export type Kind = 'page' | 'not-found' | 'redirect'

/** One exported HTML page. Its tree and the indexes over it are built on first use. */
export class Page {
  readonly path: string
  readonly file: string
  readonly html: string
  /** The language of its edition, from its path. */
  readonly locale: Locale
  /** What its <html lang> and hreflang say: the locale entry's BCP 47 tag. */
  readonly lang: string
  /** Its writing direction, from the language's locale data. */
  readonly dir: 'ltr' | 'rtl'
  readonly kind: Kind
  #tree?: Root
  #elements?: Element[]
  #parents?: Map<Element, Element>
  #ids?: Set<string>

  constructor(file: string) {
    this.file = file
    this.path = urlPathOf(file)
    this.html = readFileSync(join(OUT, file), 'utf8')
    this.locale = localeOf(this.path)
    this.lang = LOCALE_INFO[this.locale].lang
    this.dir = textDirection(this.lang)
    this.kind = file === '404.html' || file.endsWith('/404.html') ? 'not-found' : /<meta http-equiv="refresh"/i.test(this.html) ? 'redirect' : 'page'
  }

  /** For test names: `/articles/safety`. */
  toString() {
    return this.path
  }

  get tree(): Root {
    this.#tree ??= fromHtml(this.html)
    return this.#tree
  }

  /** Every element, in document order. */
  get elements(): Element[] {
    if (!this.#elements) {
      const elements: Element[] = []
      const parents = new Map<Element, Element>()
      const walk = (children: (RootContent | ElementContent)[], parent: Element | null) => {
        for (const child of children) {
          if (child.type !== 'element') continue
          elements.push(child)
          if (parent) parents.set(child, parent)
          walk(child.children, child)
        }
      }
      walk(this.tree.children, null)
      this.#elements = elements
      this.#parents = parents
    }
    return this.#elements
  }

  /** The element's parent element (undefined for <html>). */
  parent(el: Element): Element | undefined {
    void this.elements
    return this.#parents!.get(el)
  }

  /** The element's ancestors, nearest first. */
  ancestors(el: Element): Element[] {
    const list: Element[] = []
    for (let p = this.parent(el); p; p = this.parent(p)) list.push(p)
    return list
  }

  /** The element itself or its nearest ancestor that passes `test` (DOM closest()). */
  closest(el: Element, test: (e: Element) => boolean): Element | undefined {
    for (let e: Element | undefined = el; e; e = this.parent(e)) if (test(e)) return e
    return undefined
  }

  /** Every id in the page. */
  get ids(): Set<string> {
    this.#ids ??= new Set(this.elements.map((e) => e.properties.id).filter((id): id is string => typeof id === 'string'))
    return this.#ids
  }

  /** Elements with this tag name, in document order (optionally only inside `within`). */
  all(tagName: string | string[], within?: Element): Element[] {
    const names = [tagName].flat()
    const pool = within ? descendants(within) : this.elements
    return pool.filter((e) => names.includes(e.tagName))
  }

  first(tagName: string, within?: Element): Element | undefined {
    return this.all(tagName, within)[0]
  }

  byId(id: string): Element | undefined {
    return this.elements.find((e) => e.properties.id === id)
  }

  get head(): Element | undefined {
    return this.first('head')
  }

  get main(): Element | undefined {
    return this.first('main')
  }

  /** The content of `<meta property|name="key">`, decoded (undefined when absent). */
  meta(key: string): string | undefined {
    const el = this.all('meta').find((m) => m.properties.property === key || m.properties.name === key)
    const content = el?.properties.content
    return content === undefined || content === null ? undefined : String(content)
  }

  /** The pathname of `<link rel="canonical">`, or undefined. */
  get canonicalPath(): string | undefined {
    const href = this.all('link').find((l) => rel(l).includes('canonical'))?.properties.href
    return typeof href === 'string' ? new URL(href).pathname : undefined
  }
}

/** Every element below `el`, in document order. */
export function descendants(el: Element): Element[] {
  const list: Element[] = []
  const walk = (children: ElementContent[]) => {
    for (const child of children) {
      if (child.type !== 'element') continue
      list.push(child)
      walk(child.children)
    }
  }
  walk(el.children)
  return list
}

/** The text content of a node (DOM textContent: every text below it, scripts included). */
export function textOf(node: Root | RootContent | ElementContent): string {
  if (node.type === 'text') return node.value
  if ('children' in node) return node.children.map((c) => textOf(c)).join('')
  return ''
}

/** Collapses white space the way an accessible name does. */
export const squash = (text: string) => text.replace(/\s+/g, ' ').trim()

/** The element's accessible name as the site writes it: aria-label, else its text without aria-hidden parts. */
export function accessibleName(el: Element): string {
  if (typeof el.properties.ariaLabel === 'string') return squash(el.properties.ariaLabel)
  const visible = (node: ElementContent): string => {
    if (node.type === 'text') return node.value
    if (node.type !== 'element' || String(node.properties.ariaHidden) === 'true') return ''
    return node.children.map(visible).join('')
  }
  return squash(el.children.map(visible).join(''))
}

export const hasClass = (el: Element, name: string) => [el.properties.className ?? []].flat().map(String).includes(name)

export const rel = (el: Element) => [el.properties.rel ?? []].flat().map(String)

/** An attribute that is set (hast drops false booleans; `hidden` is true or a string). */
export const isSet = (value: unknown) => value !== undefined && value !== null && value !== false

/** A local URL's file under out/ (`/islands/print.css?v=1` -> `islands/print.css`), or null if no such file. */
export function localFile(url: string): string | null {
  const { pathname } = new URL(url, 'http://site/')
  let path: string
  try {
    path = decodeURIComponent(pathname).replace(/^\/+/, '')
  } catch {
    return null
  }
  if (FILE_SET.has(path)) return path
  const index = path === '' ? 'index.html' : `${path.replace(/\/$/, '')}/index.html`
  return FILE_SET.has(index) ? index : null
}

/** Every HTML page under out/, by file name order. */
export const PAGES: Page[] = FILES.filter((f) => f.endsWith('.html')).map((f) => new Page(f))

const BY_PATH = new Map(PAGES.map((p) => [p.path, p]))

/** The page at a URL path (`/articles/safety`, `/`, `/es`), if there is one. */
export function pageAt(path: string): Page | undefined {
  return BY_PATH.get(path === '/' ? '/' : path.replace(/\/$/, ''))
}

/** The page at a path that the site must have (throws, naming it, if not). */
export function mustPage(path: string): Page {
  const page = pageAt(path)
  if (!page) throw new Error(`${path}: no page in ${OUT}`)
  return page
}

/** Every page path in out/sitemap.xml. */
export const SITEMAP: string[] = [...readFileSync(join(OUT, 'sitemap.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname)

/** The sitemap's pages of one language. */
export const pagesOf = (locale: Locale): string[] => SITEMAP.filter((p) => localeOf(p) === locale)

/** The articles (`/articles/<slug>`), from the sitemap. */
export const ARTICLES = SITEMAP.filter((p) => /^\/articles\/[^/]+$/.test(p)).map((p) => p.split('/')[2]!)

/** Retired section ids and their successors, per article (content/section-ids.lock.json). */
export const RETIRED: Record<string, Record<string, string>> = JSON.parse(readFileSync('content/section-ids.lock.json', 'utf8')).redirects ?? {}

/** Width and height from a PNG's IHDR chunk (bytes 16-23), after checking the 8-byte signature; null if not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | null {
  if (bytes.length < 24 || bytes.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a' || bytes.subarray(12, 16).toString('latin1') !== 'IHDR') return null
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

const pngCache = new Map<string, { width: number; height: number } | null>()

/** The size of a PNG under out/ (cached), or null if it is not a PNG. */
export function pngFileSize(file: string): { width: number; height: number } | null {
  if (!pngCache.has(file)) pngCache.set(file, pngSize(readFileSync(join(OUT, file))))
  return pngCache.get(file)!
}

/** The words the checks look for on a page, in its language. */
export interface Words {
  siteName: string
  getHelp: string
  articlesNav: string
  crisisRegion: string
  /** The crisis actions, named by their visible words. */
  call988: string
  text988: { name: string; href: string }
  /** A number in a sentence ("call 911 or go to…") is a call link named by its digits. */
  call911: string
  notAdvice: string
  linkToSection: string
  copyLinkToSection: string
  notFoundHeading: string
  helpTitle: string
  reportSubject: string
  reportAddress: string
  conflicts: string
}

/** The bold lead of a Markdown string: '**Education, not medical advice.** …' -> 'Education, not medical advice.'. */
const boldLead = (text: string) => /^\*\*(.+?)\*\*/.exec(text)?.[1] ?? text

/** The words a language's pages must show, from its strings file (content/<locale>/strings.ts) and the crisis lines. */
export function wordsOf(locale: Locale): Words {
  const d = LOCALE_INFO[locale].strings
  return {
    siteName: d.site.name,
    getHelp: d.chrome.getHelp,
    articlesNav: d.chrome.articlesNav,
    crisisRegion: d.footer.crisisTitle,
    call988: d.crisis.call('988'),
    text988: { name: d.crisis.text('988'), href: textHref(CRISIS_LINES['988']!, locale)! },
    call911: '911',
    notAdvice: boldLead(d.footer.notAdvice),
    linkToSection: d.headings.linkTo(''),
    copyLinkToSection: `${d.headings.copyLink}${d.headings.copyLinkTo('')}`,
    notFoundHeading: d.notFound.heading,
    helpTitle: d.help.title,
    reportSubject: d.report.subject(''),
    reportAddress: `${d.report.address} `,
    conflicts: d.article.conflicts,
  }
}

/**
 * The same words written out for the languages the site has today, so a change of wording is a test
 * change (pages.test.ts checks that each pinned language's strings give exactly these). A new
 * language is checked with its own strings from wordsOf(); pinning it here is optional.
 */
export const PINNED_WORDS: Partial<Record<Locale, Words>> = {
  en: {
    siteName: 'Ketamine Therapy Guide',
    getHelp: 'Get help now',
    articlesNav: 'Articles',
    crisisRegion: 'If you are thinking about suicide or are in crisis',
    call988: 'Call 988',
    text988: { name: 'Text 988', href: 'sms:988' },
    call911: '911',
    notAdvice: 'Education, not medical advice.',
    linkToSection: 'Link to section: ',
    copyLinkToSection: 'Copy link to section: ',
    notFoundHeading: 'We could not find that page',
    helpTitle: 'Get help now',
    reportSubject: 'Problem on the page: ',
    reportAddress: 'Address: ',
    conflicts: 'Conflicts of interest',
  },
  es: {
    siteName: 'Guía de Terapia con Ketamina',
    getHelp: 'Ayuda ahora',
    articlesNav: 'Artículos',
    crisisRegion: 'Si está pensando en el suicidio o está en crisis',
    call988: 'Llamar al 988',
    // 988's Spanish-language service answers a text that starts with AYUDA.
    text988: { name: 'Enviar un mensaje de texto al 988', href: 'sms:988?&body=AYUDA' },
    call911: '911',
    notAdvice: 'Educación, no consejo médico.',
    linkToSection: 'Enlace a la sección: ',
    copyLinkToSection: 'Copiar enlace a la sección: ',
    notFoundHeading: 'No encontramos esa página',
    helpTitle: 'Ayuda ahora',
    reportSubject: 'Problema en la página: ',
    reportAddress: 'Dirección: ',
    conflicts: 'Conflictos de interés',
  },
}
