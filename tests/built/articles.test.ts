// Checks across pages: the articles' headings and JSON-LD, their section pages and previews, the
// retired section ids, and the Spanish edition's pairing with the English one. They replace the
// markup parts of sections.spec.ts, sharing.spec.ts and spanish.spec.ts (see each test's comment).
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Element } from 'hast'
import { describe, expect, it } from 'vitest'
import {
  accessibleName,
  ARTICLES,
  ENGLISH,
  hasClass,
  isSet,
  localFile,
  mustPage,
  OUT,
  PAGES,
  pageAt,
  pngFileSize,
  rel,
  RETIRED,
  SECTION_PATH,
  SITEMAP,
  SPANISH,
  squash,
  textOf,
  WORDS,
  type Page,
} from './site'

const LANGS = [
  ['en', ''],
  ['es', '/es'],
] as const

/** Every article in both languages: [path, language]. */
const ARTICLE_PAGES = LANGS.flatMap(([lang, prefix]) => ARTICLES.map((slug) => [`${prefix}/articles/${slug}`, lang] as const))

/** The h2/h3 with an id inside the page's <article>, in order. */
function articleHeadings(page: Page): Element[] {
  return page.all('article').flatMap((article) => page.all(['h2', 'h3'], article).filter((h) => typeof h.properties.id === 'string'))
}

/** The page's `<link rel="alternate" hreflang>` pairs, as [hreflang, pathname]. */
const alternates = (page: Page) =>
  page
    .all('link')
    .filter((l) => rel(l).includes('alternate') && typeof l.properties.hrefLang === 'string')
    .map((l) => [String(l.properties.hrefLang), new URL(String(l.properties.href)).pathname] as const)

/**
 * A main message's words as a link preview gives them: its text without the citation markers,
 * without an evidence label that opens its paragraph, and without the "text" link the site adds
 * after a crisis number ("call or text 988 text" reads "call or text 988").
 */
function messageWords(el: Element): string {
  const words = (node: Element): string =>
    node.children
      .map((c) => {
        if (c.type === 'text') return c.value
        if (c.type !== 'element') return ''
        if ((c.tagName === 'sup' && hasClass(c, 'cite')) || hasClass(c, 'evidence') || (c.tagName === 'a' && hasClass(c, 'crisis-text'))) return ''
        return words(c)
      })
      .join('')
  return squash(words(el))
}

/** The JSON-LD blocks of a page, parsed. */
const jsonLd = (page: Page): Record<string, unknown>[] =>
  page
    .all('script')
    .filter((s) => s.properties.type === 'application/ld+json')
    .map((s) => JSON.parse(textOf(s)))

describe('articles', () => {
  it('the sitemap lists one page per article in content/en/articles', () => {
    const content = readdirSync('content/en/articles')
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => f.replace(/\.mdx$/, ''))
    expect([...ARTICLES].sort()).toEqual(content.sort())
  })

  // Issue 24: one main message first, above the key points, cited, and the link preview's description.
  it.each(ARTICLE_PAGES)('%s: opens with its main message, cited, above the key points, and previews with it', (path) => {
    const page = mustPage(path)
    const prose = page.elements.find((e) => hasClass(e, 'prose') && page.parent(e)?.properties.id === 'article')!
    const blocks = prose.children.filter((c): c is Element => c.type === 'element')
    expect(hasClass(blocks[0]!, 'main-message'), `${path}: the first block is the main message`).toBe(true)
    // A supporting figure (frontmatter mainFigure) may sit between them.
    const next = blocks[1]!.tagName === 'figure' ? blocks[2]! : blocks[1]!
    expect(hasClass(next, 'key-points'), `${path}: the key points follow it`).toBe(true)
    const message = blocks[0]!
    expect(page.all('a', message).filter((a) => hasClass(a, 'cite-link')).length, `${path}: the main message cites its sources`).toBeGreaterThan(0)
    const words = squash(textOf(message)).replace(/\s*\[[^\]]*\]$/, '')
    expect(page.meta('og:description'), `${path}: og:description`).toBe(words)
  })

  // site.spec.ts 'the header navigation reaches every article' clicked through all seven; the links
  // themselves are here, on every article in both languages (the browser test keeps one click).
  it.each(ARTICLE_PAGES)('%s: the header lists every article, in its language, and marks this one as the current page', (path, lang) => {
    const page = mustPage(path)
    const nav = page.all('nav').find((n) => n.properties.ariaLabel === WORDS[lang].articlesNav)
    expect(nav, `${path}: <nav aria-label="${WORDS[lang].articlesNav}">`).toBeDefined()
    const prefix = lang === 'es' ? '/es' : ''
    const hrefs = page.all('a', nav).map((a) => String(a.properties.href))
    for (const slug of ARTICLES) expect(hrefs, `${path}: a link to ${prefix}/articles/${slug}`).toContain(`${prefix}/articles/${slug}`)
    const current = page.all('a', nav).filter((a) => a.properties.ariaCurrent === 'page')
    expect(
      current.map((a) => a.properties.href),
      `${path}: aria-current="page"`,
    ).toEqual([path])
  })

  // sharing.spec.ts 'every article heading has an id, a visible self-link and a copy button', in
  // both languages: the self-link's name is its aria-label, the copy button's is its text (a
  // visible "Copy link" and a screen-reader-only " to section: <heading>").
  it.each(ARTICLE_PAGES)('%s: every heading has an id, a visible self-link and a copy button', (path, lang) => {
    const page = mustPage(path)
    const words = WORDS[lang]
    // A callout's heading holds its severity words too: its tools are named by its title (the next test).
    const inCallout = (h: Element) => page.closest(h, (e) => hasClass(e, 'callout')) !== undefined
    const headings = articleHeadings(page).filter((h) => hasClass(page.parent(h)!, 'heading-wrap') && !inCallout(h))
    expect(headings.length, `${path}: headings in a .heading-wrap`).toBeGreaterThan(4)
    const problems: string[] = []
    for (const h of headings) {
      const id = String(h.properties.id)
      const text = squash(textOf(h))
      const wrap = page.parent(h)!
      const links = page.all('a', wrap).filter((a) => accessibleName(a) === `${words.linkToSection}${text}`)
      if (links.length !== 1) problems.push(`${path}#${id}: ${links.length} links named "${words.linkToSection}${text}"`)
      else if (links[0]!.properties.href !== `#${id}`) problems.push(`${path}#${id}: the self-link goes to ${links[0]!.properties.href}`)
      else if (page.closest(links[0]!, (e) => isSet(e.properties.hidden))) problems.push(`${path}#${id}: the self-link is hidden`)
      const buttons = page.all('button', wrap).filter((b) => accessibleName(b) === `${words.copyLinkToSection}${text}`)
      if (buttons.length !== 1) problems.push(`${path}#${id}: ${buttons.length} buttons named "${words.copyLinkToSection}${text}"`)
    }
    expect(problems).toEqual([])
    // Every h2 and h3 of the article, the callouts' headings excepted (checked in the next test).
    const all = articleHeadings(page).filter((h) => !inCallout(h))
    expect(
      all.filter((h) => !headings.includes(h)).map((h) => `${h.tagName}#${h.properties.id}`),
      `${path}: headings without the tools`,
    ).toEqual([])
    for (const id of ['key-points', 'references-heading', 'about-this-page']) {
      const h = page.byId(id)
      expect(h && h.tagName === 'h2' && hasClass(page.parent(h)!, 'heading-wrap'), `${path}: .heading-wrap > h2#${id}`).toBe(true)
    }
    if (path.endsWith('/articles/safety')) expect(headings.some((h) => h.properties.id === 'questions-to-ask' && h.tagName === 'h2')).toBe(true)
  })

  // Issue #24 (6): a clinician can link to a box ("#call-911-now-if"). Each callout's heading has
  // an id from its title (or its pinned id; a translation's are the English ones), unique on the
  // page and apart from every section, with the self-link and copy button of every heading, named
  // by the title in the page's language.
  it.each(ARTICLE_PAGES)('%s: every callout heading has a slug id from its title, a self-link and a copy button', (path, lang) => {
    const page = mustPage(path)
    const words = WORDS[lang]
    const boxes = page.all('section').filter((e) => hasClass(e, 'callout'))
    const problems: string[] = []
    for (const box of boxes) {
      const h = page.first('h3', box)!
      const id = String(h.properties.id ?? '')
      const wrap = page.parent(h)!
      const title = squash(textOf(page.all('span', h).at(-1)!))
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) problems.push(`${path}: callout "${title}": id "${id}" is not a slug`)
      if ([box.properties.ariaLabelledBy].flat().join(' ') !== id) problems.push(`${path}#${id}: the box is not named by its heading`)
      if (!hasClass(wrap, 'heading-wrap')) problems.push(`${path}#${id}: no .heading-wrap`)
      const self = page.all('a', wrap).filter((a) => a.properties.href === `#${id}`)
      if (self.length !== 1 || accessibleName(self[0]!) !== `${words.linkToSection}${title}`)
        problems.push(`${path}#${id}: no self-link named "${words.linkToSection}${title}"`)
      const copy = page.all('button', wrap).filter((b) => b.properties.dataCopyLink === id)
      if (copy.length !== 1 || accessibleName(copy[0]!) !== `${words.copyLinkToSection}${title}`) problems.push(`${path}#${id}: no copy button for it`)
    }
    expect(problems).toEqual([])
    // No callout takes a section's id (the markup checks make every id on the page unique).
    const sections = new Set(
      articleHeadings(page)
        .filter((h) => !page.closest(h, (e) => hasClass(e, 'callout')))
        .map((h) => String(h.properties.id)),
    )
    expect(boxes.map((b) => String(page.first('h3', b)!.properties.id)).filter((id) => sections.has(id))).toEqual([])
    // The ids come from the English titles on both editions (as section ids do).
    if (path.endsWith('/articles/safety')) {
      expect(boxes.map((b) => String(page.first('h3', b)!.properties.id))).toEqual([
        'thoughts-of-suicide-call-or-text-988-now',
        'call-911-now-if',
        'call-your-care-team-today-if',
        'mention-at-your-next-visit',
      ])
    }
  })

  // Issue #24 (6): a crisis box ends with its actions, which the writer does not write: "Call 988"
  // and "Text 988" (Spanish: the text opens a message that starts with AYUDA).
  it.each(ARTICLE_PAGES)('%s: every crisis callout ends with the call and text actions', (path, lang) => {
    const page = mustPage(path)
    const words = WORDS[lang]
    const boxes = page.all('section').filter((e) => hasClass(e, 'callout-crisis'))
    for (const box of boxes) {
      const row = page.all('ul', box).filter((ul) => hasClass(ul, 'crisis-actions'))
      expect(row.length, `${path}: a crisis callout's action row`).toBe(1)
      expect(
        page.all('a', row[0]).map((a) => [accessibleName(a), String(a.properties.href)]),
        `${path}: the actions`,
      ).toEqual([
        [words.call988, 'tel:988'],
        [words.text988.name, words.text988.href],
      ])
    }
    if (/\/articles\/(safety|what-is-ketamine-therapy|conditions|history|what-to-expect)$/.test(path))
      expect(boxes.length, `${path}: crisis callouts`).toBeGreaterThan(0)
  })

  // sharing.spec.ts 'link previews: title, description, canonical, Open Graph image that answers an
  // image' (there for /articles/safety only): on every article, both languages.
  it.each(ARTICLE_PAGES)('%s: a MedicalWebPage for patients, reviewed, with at least 8 citations, and a preview', (path, lang) => {
    const page = mustPage(path)
    const pages = jsonLd(page).filter((ld) => ld['@type'] === 'MedicalWebPage')
    expect(pages.length, `${path}: MedicalWebPage JSON-LD`).toBe(1)
    const ld = pages[0] as { audience?: { '@type'?: string }; lastReviewed?: string; citation?: unknown[]; inLanguage?: string; url?: string }
    expect(ld.audience?.['@type'], `${path}: audience`).toBe('Patient')
    expect(ld.lastReviewed, `${path}: lastReviewed`).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(ld.citation?.length ?? 0, `${path}: citations`).toBeGreaterThanOrEqual(8)
    expect(ld.inLanguage, `${path}: inLanguage`).toBe(lang)
    expect(new URL(ld.url ?? 'x:').pathname, `${path}: url`).toBe(path)
    const title = squash(textOf(page.first('title')!))
    expect(title, `${path}: <title>`).toMatch(lang === 'es' ? / \| Guía de Terapia con Ketamina$/ : / \| Ketamine Therapy Guide$/)
    if (path === '/articles/safety') expect(title).toMatch(/Side effects and risks \| Ketamine Therapy Guide/)
    expect(page.meta('og:title'), `${path}: og:title`).toMatch(/.+/)
    expect(page.meta('twitter:card'), `${path}: twitter:card`).toBe('summary_large_image')
    expect(new URL(page.meta('og:image') ?? 'x:').pathname, `${path}: og:image`).toBe(`/og${path}.png`)
  })

  // Readable without JavaScript: the whole article is in its HTML (quality.spec.ts shows, on one
  // article, that the stylesheet hides none of it when no script runs).
  it.each(ARTICLE_PAGES)('%s: its key points, table of contents, full text and references are in the HTML', (path) => {
    const page = mustPage(path)
    const byClass = (name: string) => page.elements.filter((e) => hasClass(e, name))
    expect(byClass('key-points').flatMap((k) => page.all('li', k)).length, `${path}: key points`).toBeGreaterThan(0)
    const toc = page.all('nav').filter((n) => hasClass(n, 'toc'))
    expect(toc.length, `${path}: the table of contents`).toBe(1)
    expect(page.all('a', toc[0]).length, `${path}: table of contents links`).toBeGreaterThan(5)
    const references = page.byId('references')
    expect(
      references && page.all('li', references).filter((li) => String(li.properties.id ?? '').startsWith('ref-')).length,
      `${path}: references`,
    ).toBeGreaterThanOrEqual(6)
    const prose = page.elements.find((e) => hasClass(e, 'prose') && page.parent(e)?.properties.id === 'article')
    expect(squash(prose ? textOf(prose) : '').length, `${path}: article text`).toBeGreaterThan(8000)
  })
})

describe('section pages', () => {
  // sections.spec.ts 'every h2 of every article has a page that answers 200, with its own title,
  // preview and 1200x630 PNG card', in both languages.
  describe.each(LANGS)('%s', (lang, prefix) => {
    const sections = SITEMAP.filter((p) => SECTION_PATH.test(p) && (lang === 'es') === p.startsWith('/es/'))

    it('the sitemap lists exactly the sections the articles offer ("Add to handout" at each h2)', () => {
      const keys = ARTICLES.flatMap((slug) =>
        mustPage(`${prefix}/articles/${slug}`)
          .elements.map((e) => e.properties.dataAddToHandout)
          .filter((k) => typeof k === 'string'),
      )
      expect([...sections].sort()).toEqual(keys.map((k) => `${prefix}/articles/${k}`).sort())
      expect(sections.length).toBeGreaterThan(60)
    })

    it.each(sections)('%s has its own title, description, canonical and 1200x630 PNG card', (path) => {
      const page = mustPage(path)
      expect(page.kind, path).toBe('page')
      const ogTitle = page.meta('og:title')
      expect(ogTitle, `${path}: og:title`).toBeTruthy()
      const h1s = page.all('h1')
      expect(h1s.length, `${path}: h1 count`).toBe(1)
      expect(ogTitle, `${path}: og:title is the h1`).toBe(squash(textOf(h1s[0]!)))
      expect(page.meta('description')?.length ?? 0, `${path}: description length`).toBeGreaterThan(30)
      expect(page.meta('og:url'), `${path}: og:url`).toMatch(new RegExp(`${path}$`))
      expect(page.canonicalPath, `${path}: canonical`).toBe(path)
      expect(page.meta('twitter:card'), `${path}: twitter:card`).toBe('summary_large_image')
      const image = page.meta('og:image') ?? ''
      expect(image, `${path}: og:image`).toContain(`/og${path}.png`)
      const file = localFile(new URL(image).pathname)
      expect(file, `${path}: ${image} is in out/`).not.toBeNull()
      expect(pngFileSize(file!), image).toEqual({ width: 1200, height: 630 })
      const ld = jsonLd(page).find((l) => l['@type'] === 'MedicalWebPage') as { audience?: { '@type'?: string }; lastReviewed?: string } | undefined
      expect(ld?.audience?.['@type'], `${path}: MedicalWebPage for patients`).toBe('Patient')
      expect(ld?.lastReviewed, `${path}: lastReviewed`).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    })

    // Issue 24: a section page opens with its main message (the frontmatter's sectionMessages entry,
    // or the opening paragraph's first sentences, emphasised in place), and its link preview says it.
    it.each(sections)('%s opens with its main message, once, and previews with it', (path) => {
      const page = mustPage(path)
      const body = page.elements.find((e) => e.properties.dataSectionBody !== undefined)!
      const blocks = body.children.filter((c): c is Element => c.type === 'element')
      const message = blocks[0]!
      expect(hasClass(message, 'main-message'), `${path}: the first block of the section is its main message`).toBe(true)
      expect(page.all('div', page.byId('article')).filter((d) => hasClass(d, 'main-message')).length, `${path}: one main message`).toBe(1)
      const words = messageWords(message)
      expect(words.split(/(?<=[.!?])\s+(?=[A-Z¿¡ÁÉÍÓÚÑ0-9])/).length, `${path}: one to three sentences`).toBeLessThanOrEqual(3)
      expect(page.meta('og:description'), `${path}: og:description`).toBe(words)
      expect(page.meta('twitter:description'), `${path}: twitter:description`).toBe(words)
      // Not shown twice: the opening paragraph the message came from is not repeated below it.
      const repeats = page.all('p', body).filter((p) => !page.ancestors(p).includes(message) && messageWords(p).startsWith(words))
      expect(
        repeats.map((p) => messageWords(p)),
        `${path}: the message's words appear once`,
      ).toEqual([])
    })

    it("each section page's preview is its own (titles may repeat only across articles)", () => {
      const seen = new Map<string, string>()
      const repeated: string[] = []
      for (const path of sections) {
        const key = `${path.split('/').at(-2)}: ${mustPage(path).meta('og:title')}`
        if (seen.has(key)) repeated.push(`${path} and ${seen.get(key)}: ${key}`)
        seen.set(key, path)
      }
      expect(repeated).toEqual([])
    })
  })

  // sections.spec.ts 'a retired section id reaches its successor, with and without JavaScript' and
  // sharing.spec.ts 'an old, redirected section id lands on the new section': the markup they rely
  // on (the browser's redirect itself needs a browser).
  const retired = Object.entries(RETIRED).flatMap(([slug, map]) =>
    Object.entries(map).flatMap(([oldId, newId]) =>
      LANGS.map(([, prefix]) => [`${prefix}/articles/${slug}/${oldId}`, `${prefix}/articles/${slug}`, newId] as const),
    ),
  )
  it.each(retired)('the retired %s leads to its successor, as a page and as an #anchor', (oldPath, article, newId) => {
    const newPath = `${article}/${newId}`
    const page = pageAt(oldPath)
    expect(page?.kind, `${oldPath}: a redirect page`).toBe('redirect')
    const refresh = page!.all('meta').find((m) => [m.properties.httpEquiv ?? []].flat().some((v) => String(v).toLowerCase() === 'refresh'))
    expect(refresh?.properties.content, `${oldPath}: meta refresh`).toBe(`0; url=${newPath}`)
    expect(page!.canonicalPath, `${oldPath}: canonical`).toBe(newPath)
    expect(page!.meta('robots'), `${oldPath}: robots`).toMatch(/noindex/)
    expect(
      page!.all('a').some((a) => a.properties.href === newPath),
      `${oldPath}: a link to ${newPath}`,
    ).toBe(true)
    expect(SITEMAP, `${oldPath} is not in the sitemap`).not.toContain(oldPath)
    expect(pageAt(newPath)?.kind, `${newPath}: the successor`).toBe('page')
    const articlePage = mustPage(article)
    const oldId = oldPath.split('/').at(-1)!
    const anchor = articlePage.byId(oldId)
    expect(anchor?.properties.dataRedirectTo, `${article}#${oldId} redirects to #${newId}`).toBe(newId)
    expect(articlePage.byId(newId)?.tagName, `${article}#${newId}`).toBe('h2')
  })
})

describe('link previews on every page', () => {
  // sections.spec.ts 'home, glossary, sources, about, search and handout have Open Graph and
  // Twitter tags with a PNG card', in both languages.
  const MAIN_PAGES = LANGS.flatMap(([lang, prefix]) =>
    ['/', '/glossary', '/sources', '/about', '/search', '/handout'].map((p) => [p === '/' ? prefix || '/' : `${prefix}${p}`, lang] as const),
  )
  it.each(MAIN_PAGES)('%s has Open Graph and Twitter tags with a 1200x630 PNG card', (path, lang) => {
    const page = mustPage(path)
    expect(page.meta('og:title'), `${path}: og:title`).toBeTruthy()
    expect(page.meta('og:description'), `${path}: og:description`).toBeTruthy()
    expect(page.meta('og:url'), `${path}: og:url`).toMatch(/^https?:\/\//)
    expect(page.meta('twitter:card'), `${path}: twitter:card`).toBe('summary_large_image')
    const image = page.meta('og:image') ?? ''
    expect(image, `${path}: og:image`).toMatch(lang === 'es' ? /\/og\/es\/pages\/[a-z]+\.png$/ : /\/og\/pages\/[a-z]+\.png$/)
    const file = localFile(new URL(image).pathname)
    expect(file, `${path}: ${image} is in out/`).not.toBeNull()
    expect(pngFileSize(file!), `${path}: ${image}`).toEqual({ width: 1200, height: 630 })
  })
})

describe('Spanish edition', () => {
  // spanish.spec.ts 'mirrors every English page'.
  it('mirrors every English page', () => {
    expect(SPANISH.length).toBe(ENGLISH.length)
    expect(ENGLISH.map((p) => (p === '/' ? '/es' : `/es${p}`)).filter((p) => !SPANISH.includes(p))).toEqual([])
  })

  // spanish.spec.ts 'every Spanish page answers 200 in Spanish, with hreflang pairs both ways'.
  it.each(SPANISH)('%s is in Spanish, with hreflang pairs both ways', (path) => {
    const page = pageAt(path)
    expect(page?.kind, `${path}: a page in out/`).toBe('page')
    expect(page!.html, path).toMatch(/<html lang="es"/)
    const en = path === '/es' ? '/' : path.slice(3)
    expect(alternates(page!), path).toEqual(
      expect.arrayContaining([
        ['en', en],
        ['es', path],
        ['x-default', en],
      ]),
    )
    // And the English page points back.
    const back = pageAt(en)
    expect(back?.kind, `${en}: a page in out/`).toBe('page')
    expect(back!.html, en).toMatch(/<html lang="en"/)
    expect(
      alternates(back!)
        .filter(([lang]) => lang === 'es')
        .map(([, p]) => p),
      en,
    ).toEqual([path])
    expect(alternates(back!), en).toEqual(
      expect.arrayContaining([
        ['en', en],
        ['x-default', en],
      ]),
    )
  })

  // spanish.spec.ts 'every English section id exists on the Spanish article'.
  it.each(ARTICLES)('every English section id exists on the Spanish article %s', (slug) => {
    const ids = articleHeadings(mustPage(`/articles/${slug}`)).map((h) => h.properties.id)
    expect(ids.length, slug).toBeGreaterThan(3)
    expect(
      articleHeadings(mustPage(`/es/articles/${slug}`)).map((h) => h.properties.id),
      slug,
    ).toEqual(ids)
  })

  // spanish.spec.ts 'Spanish link previews use Spanish cards' (there for one section page): every
  // Spanish page's card is its own Spanish card, not the English one. (Each card's size and
  // language folder are checked per page in pages.test.ts.)
  it.each(SPANISH)('%s uses a Spanish card of its own', (path) => {
    const image = new URL(mustPage(path).meta('og:image') ?? 'x:').pathname
    const en = path === '/es' ? '/' : path.slice(3)
    expect(image, `${path}: og:image`).toBe(new URL(mustPage(en).meta('og:image') ?? 'x:').pathname.replace(/^\/og\//, '/og/es/'))
    const file = localFile(image)
    expect(file, `${path}: ${image} is in out/`).not.toBeNull()
    expect(fileBytes(file!), `${path}: ${image} bytes`).toBeGreaterThan(10_000)
    expect(sameBytes(file!, localFile(new URL(mustPage(en).meta('og:image')!).pathname)!), `${path}: the Spanish card differs from the English one`).toBe(false)
  })

  it('the Spanish /help page gives 988 in Spanish with the AYUDA text link, 911 and the international finder', () => {
    const page = mustPage('/es/help')
    expect(squash(textOf(page.first('h1')!))).toBe('Ayuda ahora')
    const spanishHelp = page.byId('spanish-help')
    expect(squash(textOf(spanishHelp!))).toContain('oprima el 2')
    const hrefs = page.all('a', page.main).map((a) => String(a.properties.href))
    expect(hrefs).toEqual(expect.arrayContaining(['sms:988?&body=AYUDA', 'tel:911', 'https://findahelpline.com']))
  })

  // Issue 25: a drawing's words (its title, description and labels) are in the page's language.
  // A word the English and Spanish drawing share is an English word left in, unless it is an
  // abbreviation both use (NMDA, mTOR: two capitals or more).
  it.each(ARTICLES)('the drawings on /es/articles/%s speak Spanish', (slug) => {
    const words = (path: string) =>
      new Set(
        mustPage(path)
          .all('svg')
          .filter((svg) => svg.properties.role === 'img')
          .flatMap((svg) => textOf(svg).match(/\p{L}{4,}/gu) ?? [])
          .filter((w) => (w.match(/\p{Lu}/gu) ?? []).length < 2)
          .map((w) => w.toLowerCase()),
      )
    const spanish = words(`/es/articles/${slug}`)
    expect([...words(`/articles/${slug}`)].filter((w) => spanish.has(w))).toEqual([])
  })

  it('a missing /es/ address has a not-found page all in Spanish, header included', () => {
    const page = PAGES.find((p) => p.file === 'es/404.html')!
    expect(page.kind).toBe('not-found')
    expect(page.lang).toBe('es')
    expect(page.html).toContain('<html lang="es"')
    expect(squash(textOf(page.first('h1')!))).toBe('No encontramos esa página')
    expect(page.all('a').some((a) => a.properties.href === '/es/help' && squash(textOf(a)) === 'Ayuda ahora')).toBe(true)
    expect(page.all('a').map((a) => String(a.properties.href))).toEqual(expect.arrayContaining(['tel:988', '/es/articles/safety']))
  })
})

const fileBytes = (file: string) => readFileSync(join(OUT, file)).length
const sameBytes = (a: string, b: string) => readFileSync(join(OUT, a)).equals(readFileSync(join(OUT, b)))
