/**
 * The handout island (/handout). The page lists every section with a link and reads without
 * JavaScript; this module:
 * - reads the selection from the URL (?s=safety/blood-pressure,safety/driving): retired ids follow
 *   their redirect, duplicates are dropped, unknown ids are named in a notice (as text), and the
 *   list is capped; the cleaned selection is written back with replaceState. Nothing is stored.
 * - turns the list into checkboxes with a filter by title;
 * - fetches each chosen section's own page (/articles/<slug>/<id>, prerendered by our build),
 *   takes its body (which opens with the section's main message) and reference list, and
 *   renumbers citations across the handout with one reference list;
 * - puts each article's main message once, above the first of its sections, read from the
 *   article's own page (fetched once per article) with its sources;
 * - draws a QR code per section on the device (uqr, loaded on first use; no network), for the
 *   section's address on the public site (publicOrigin).
 * Nothing taken from the URL is ever inserted as HTML, and only known section keys are fetched.
 */
import { announce, copyLink, ready } from '../enhance/dom'
import { MAX_SECTIONS, handoutNumbers, isSectionKey, linkNumbers, numberGroups, parseSelection, qrPath, selectionParam, type Selection } from '@/lib/handout'
import { islandStrings, sitePath, dateText } from '@/lib/i18n/islands'

const L = islandStrings()

interface SectionData {
  key: string
  title: string
  path: string
  articleTitle: string
  reviewed: string
  /** The section's body, cleaned for a handout (see cleanBody); cloned for each render. */
  body: HTMLElement
  /** The section page's own numbering: local number -> reference id. */
  citations: { id: string; n: number }[]
  references: Map<string, HTMLLIElement>
}

/** An article's main message as its page shows it, for the top of that article's part of a handout. */
interface ArticleMessage {
  slug: string
  /** The message block (.main-message), cleaned for a handout; cloned for each render. */
  body: HTMLElement
  /** The message's citations as the article numbered them: local number -> reference id. */
  citations: { id: string; n: number }[]
  references: Map<string, HTMLLIElement>
}

/** Anything whose citation markers are renumbered for the handout: a section, or an article's message. */
type Cited = Pick<SectionData, 'citations' | 'references'>

const cache = new Map<string, Promise<SectionData>>()
const articleCache = new Map<string, Promise<ArticleMessage | null>>()

/**
 * The origin that QR codes and printed links name: the build's SITE_URL (data-site-url, written
 * only by a build that has one), else this page's own origin (a local or unconfigured build).
 */
function publicOrigin(): string {
  const configured = document.getElementById('handout-page')?.dataset.siteUrl
  try {
    if (configured && /^https?:$/.test(new URL(configured).protocol)) return new URL(configured).origin
  } catch {
    /* Not a URL: fall back to where the page is. */
  }
  return window.location.origin
}

function load(key: string): Promise<SectionData> {
  // Only known, well-formed keys reach here; the check is a second lock on the request path.
  if (!isSectionKey(key)) return Promise.reject(new Error(`not a section key: ${key}`))
  let data = cache.get(key)
  if (!data) {
    // The page's folder form (/articles/<slug>/<id>/): every static host serves it without the
    // redirect a host with no configuration answers the no-slash form with.
    data = fetch(`${sitePath(`/articles/${key}`)}/`)
      .then((r) => {
        if (!r.ok) throw new Error(`HTTP ${r.status}`)
        return r.text()
      })
      .then((html) => readSectionPage(key, html))
    data.catch(() => cache.delete(key))
    cache.set(key, data)
  }
  return data
}

/**
 * The main message of the article a section belongs to, from the article's own page (its folder
 * form, as for sections). Null when the page has none (an article built before main messages).
 */
function loadArticleMessage(slug: string): Promise<ArticleMessage | null> {
  // The slug comes from a known section key; the check is a second lock on the request path.
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) return Promise.reject(new Error(`not an article slug: ${slug}`))
  let data = articleCache.get(slug)
  if (!data) {
    data = fetch(`${sitePath(`/articles/${slug}`)}/`)
      .then((r) => {
        if (!r.ok) throw new Error(`HTTP ${r.status}`)
        return r.text()
      })
      .then((html) => readArticleMessage(slug, html))
    data.catch(() => articleCache.delete(slug))
    articleCache.set(slug, data)
  }
  return data
}

/** Only the body of a page of ours, parsed inert (see readSectionPage for why not the <head>). */
function parseBody(html: string): Document {
  const start = html.search(/<body[\s>]/)
  return new DOMParser().parseFromString(start >= 0 ? html.slice(start) : html, 'text/html')
}

/** Reads an article page's main message, the sources it cites and their entries in the reference list. */
function readArticleMessage(slug: string, html: string): ArticleMessage | null {
  const doc = parseBody(html)
  const article = doc.querySelector<HTMLElement>('#article')
  const message = article?.querySelector<HTMLElement>('.main-message')
  if (!article || !message) return null
  const items = [...article.querySelectorAll<HTMLLIElement>('#references ol > li[id^="ref-"]')]
  const byLocal = new Map(items.map((li, i) => [i + 1, li.id.slice('ref-'.length)]))
  const used = new Set([...message.querySelectorAll('sup.cite a.cite-link')].flatMap((a) => linkNumbers(a.textContent ?? '')))
  const citations = [...used].flatMap((n) => (byLocal.has(n) ? [{ id: byLocal.get(n)!, n }] : []))
  const references = new Map(
    items
      .filter((li) => citations.some((c) => `ref-${c.id}` === li.id))
      .map((li) => {
        const copy = li.cloneNode(true) as HTMLLIElement
        copy.querySelectorAll('.no-print').forEach((n) => n.remove()) // back-links to the article
        return [li.id.slice('ref-'.length), copy]
      }),
  )
  const body = doc.createElement('div')
  body.append(message)
  cleanBody(body)
  return { slug, body: body.firstElementChild as HTMLElement, citations, references }
}

/**
 * Reads a section page of this site. DOMParser documents are inert: nothing in them runs or
 * loads. The page is our own prerendered HTML; the key it declares must be the one asked for.
 */
function readSectionPage(key: string, html: string): SectionData {
  // Only the body: the page's <head> holds its inline stylesheet, and a parsed document takes this
  // page's Content-Security-Policy, so Chromium would report that stylesheet (whose hash is the
  // section page's, not this page's) as refused, even though an inert document applies nothing.
  const doc = parseBody(html)
  const article = doc.querySelector<HTMLElement>('article[data-section-key]')
  const body = article?.querySelector<HTMLElement>('[data-section-body]')
  const title = article?.querySelector('h1')?.textContent?.trim()
  if (!article || !body || !title || article.dataset.sectionKey !== key) throw new Error(`not the section page of ${key}`)
  const items = [...body.querySelectorAll<HTMLLIElement>('#references ol > li[id^="ref-"]')]
  const citations = items.map((li, i) => ({ id: li.id.slice('ref-'.length), n: i + 1 }))
  const references = new Map(
    items.map((li) => {
      const copy = li.cloneNode(true) as HTMLLIElement
      copy.querySelectorAll('.no-print').forEach((n) => n.remove()) // back-links to this page
      return [li.id.slice('ref-'.length), copy]
    }),
  )
  cleanBody(body)
  return {
    key,
    title,
    path: sitePath(`/articles/${key}`),
    articleTitle: article.dataset.articleTitle ?? '',
    reviewed: article.dataset.reviewed ?? '',
    body,
    citations,
    references,
  }
}

/**
 * A section body as a handout shows it, where several sections share one page: no reference
 * list (the handout has one), no term definitions or link buttons, subheadings one level under
 * the section's title and without ids (they would repeat across sections), and site links made
 * absolute so paper shows a full address.
 */
function cleanBody(body: HTMLElement) {
  body.querySelectorAll('#references, [data-term-definitions], .redirect-anchor, .heading-tools').forEach((n) => n.remove())
  for (const wrap of body.querySelectorAll<HTMLElement>('.heading-wrap')) {
    const heading = wrap.querySelector('h2, h3')
    const h3 = document.createElement('h3')
    if (heading?.className) h3.className = heading.className // a callout's heading keeps its look
    h3.append(...(heading?.childNodes ?? []))
    wrap.replaceWith(h3)
  }
  // A box named by its heading (a callout) loses the heading's id: it keeps no name that points nowhere.
  for (const box of body.querySelectorAll<HTMLElement>('[aria-labelledby]')) {
    if (!body.querySelector(`#${CSS.escape(box.getAttribute('aria-labelledby') ?? '')}`)) box.removeAttribute('aria-labelledby')
  }
  // Citation anchors are back-link targets of the page's own reference list, which is gone.
  for (const a of body.querySelectorAll<HTMLElement>('a.cite-link[id]')) a.removeAttribute('id')
  for (const a of body.querySelectorAll<HTMLAnchorElement>('a[href^="/"]')) {
    a.href = new URL(a.getAttribute('href')!, publicOrigin()).href
    if (a.dataset.printUrl) a.dataset.printUrl = a.href
  }
  // Boxes that follow one another (when-to-get-help's four) are grouped: paper sets them in two
  // columns (app/print.css); on screen the group is a plain block.
  for (const box of body.querySelectorAll<HTMLElement>('.callout')) {
    if (box.parentElement?.classList.contains('handout-callouts') || !box.nextElementSibling?.classList.contains('callout')) continue
    const group = document.createElement('div')
    group.className = 'handout-callouts'
    box.before(group)
    let next: Element | null = box
    while (next?.classList.contains('callout')) {
      const after: Element | null = next.nextElementSibling
      group.append(next)
      next = after
    }
  }
}

/**
 * A printed address that wraps between words, never inside one: after a slash (a <wbr>), or after
 * a hyphen. On paper each short part of the path is kept whole (a span, app/print.css), so the
 * address breaks after a slash where it can ("example.org/articles/" "safety/blood-pressure").
 */
function addressParts(url: string): Node[] {
  return url
    .replace(/^https?:\/\//, '')
    .split(/(?<=\/)/)
    .flatMap((part, i) => [...(i > 0 ? [document.createElement('wbr')] : []), part.length <= 24 ? el('span', undefined, part) : document.createTextNode(part)])
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  if (className) node.className = className
  if (text !== undefined) node.textContent = text
  return node
}

const SVG = 'http://www.w3.org/2000/svg'

/** A QR code as an SVG image named for screen readers ("QR code: <question>"). */
async function qrCode(url: string, title: string): Promise<SVGSVGElement> {
  const { encode } = await import('uqr')
  const qr = encode(url, { ecc: 'M', border: 2 })
  const svg = document.createElementNS(SVG, 'svg')
  svg.setAttribute('viewBox', `0 0 ${qr.size} ${qr.size}`)
  svg.setAttribute('role', 'img')
  svg.setAttribute('aria-label', L.qr(title))
  svg.setAttribute('shape-rendering', 'crispEdges')
  svg.setAttribute('class', 'handout-qr-code')
  const back = document.createElementNS(SVG, 'rect')
  back.setAttribute('width', String(qr.size))
  back.setAttribute('height', String(qr.size))
  back.setAttribute('fill', '#fff')
  const path = document.createElementNS(SVG, 'path')
  path.setAttribute('d', qrPath(qr.data))
  path.setAttribute('fill', '#000')
  svg.append(back, path)
  return svg
}

/**
 * Rewrites each citation marker of a section from its own numbers to the handout's: a marker
 * shows local numbers ("3", "2–4"); the section's data maps them to reference ids.
 */
function renumber(body: HTMLElement, data: Cited, numbers: Map<string, number>) {
  const byLocal = new Map(data.citations.map((c) => [c.n, c.id]))
  for (const sup of body.querySelectorAll<HTMLElement>('sup.cite')) {
    const ids = [...sup.querySelectorAll<HTMLAnchorElement>('a.cite-link')].flatMap((a) => linkNumbers(a.textContent ?? '').map((n) => byLocal.get(n)))
    const global = new Map<number, string>()
    for (const id of ids) if (id && numbers.has(id)) global.set(numbers.get(id)!, id)
    if (global.size === 0) continue
    const parts: Node[] = [hidden('[')]
    numberGroups([...global.keys()]).forEach(({ first, last }, i) => {
      if (i > 0) parts.push(hidden(', '))
      const link = el('a', 'cite-link', first === last ? String(first) : `${first}–${last}`)
      link.href = `#ref-${global.get(first)}`
      link.dataset.cite = global.get(first)!
      link.setAttribute('aria-label', first === last ? L.ref(first) : L.refs(first, last))
      parts.push(link)
    })
    parts.push(hidden(']'))
    sup.replaceChildren(...parts)
  }
}

/**
 * Ids inside one section (figures, callout titles) would repeat when two sections share a
 * figure or a generated id: each gets the section's prefix, and so do the references to it.
 */
function scopeIds(body: HTMLElement, prefix: string) {
  const renamed = new Map<string, string>()
  for (const node of body.querySelectorAll<HTMLElement>('[id]')) {
    renamed.set(node.id, prefix + node.id)
    node.id = prefix + node.id
  }
  for (const attr of ['aria-labelledby', 'aria-describedby', 'aria-controls', 'for']) {
    for (const node of body.querySelectorAll<HTMLElement>(`[${attr}]`)) {
      node.setAttribute(
        attr,
        node
          .getAttribute(attr)!
          .split(/\s+/)
          .map((id) => renamed.get(id) ?? id)
          .join(' '),
      )
    }
  }
  for (const a of body.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) {
    const target = renamed.get(a.getAttribute('href')!.slice(1))
    if (target) a.setAttribute('href', `#${target}`)
  }
  // A drawing's shared shapes and patterns (an icon array's <symbol>, its stripes) follow their ids.
  for (const use of body.querySelectorAll<SVGUseElement>('use[href^="#"]')) {
    const target = renamed.get(use.getAttribute('href')!.slice(1))
    if (target) use.setAttribute('href', `#${target}`)
  }
  for (const attr of ['fill', 'stroke', 'clip-path', 'mask']) {
    for (const node of body.querySelectorAll<SVGElement>(`[${attr}^="url(#"]`)) {
      const target = renamed.get(node.getAttribute(attr)!.slice(5, -1))
      if (target) node.setAttribute(attr, `url(#${target})`)
    }
  }
}

function hidden(text: string): HTMLSpanElement {
  const span = el('span', undefined, text)
  span.setAttribute('aria-hidden', 'true')
  return span
}

function setUp() {
  const page = document.getElementById('handout-page')
  const handout = document.getElementById('handout')
  const notice = document.getElementById('handout-notice')
  const filter = document.getElementById('handout-filter') as HTMLInputElement | null
  const filterStatus = document.getElementById('handout-filter-status')
  if (!page || !handout || !notice || !filter || !filterStatus) return
  const sectionsBox = handout.querySelector<HTMLElement>('[data-handout-sections]')!
  const refsBox = handout.querySelector<HTMLElement>('#references')!
  const refsList = handout.querySelector<HTMLOListElement>('[data-handout-refs]')!
  const count = handout.querySelector<HTMLElement>('[data-handout-count]')!
  const empty = handout.querySelector<HTMLElement>('[data-handout-empty]')!
  const loading = handout.querySelector<HTMLElement>('[data-handout-loading]')!
  const urlLine = handout.querySelector<HTMLElement>('[data-handout-url]')!
  const doc = handout.querySelector<HTMLElement>('#handout-doc')!

  const items = [...page.querySelectorAll<HTMLLIElement>('li[data-key]')]
  const boxes = new Map(items.map((li) => [li.dataset.key!, li.querySelector<HTMLInputElement>('input[type="checkbox"]')!]))
  const titles = new Map(items.map((li) => [li.dataset.key!, li.querySelector('label')?.textContent ?? li.dataset.key!]))
  let redirects = new Map<string, string>()
  try {
    redirects = new Map(Object.entries(JSON.parse(page.dataset.retired ?? '{}') as Record<string, string>))
  } catch {
    /* No redirects: retired ids are then reported as unknown. */
  }

  const first = parseSelection(new URLSearchParams(window.location.search).get('s'), new Set(boxes.keys()), redirects)
  let keys = first.keys
  let generation = 0
  showNotice(notice, first)

  const syncUrl = () => {
    const url = new URL(window.location.href)
    url.search = keys.length ? `?s=${selectionParam(keys)}` : ''
    window.history.replaceState(null, '', url)
  }

  const render = async (focusKey?: string) => {
    const run = ++generation
    syncUrl()
    for (const [key, box] of boxes) box.checked = keys.includes(key)
    handout.hidden = false
    empty.hidden = keys.length > 0
    doc.hidden = keys.length === 0
    for (const button of handout.querySelectorAll<HTMLElement>('[data-handout-print], [data-handout-copy]')) button.hidden = keys.length === 0
    count.textContent = L.handoutCount(keys.length)
    urlLine.textContent = L.handoutUrl(`${publicOrigin()}${window.location.pathname.replace(/(.)\/+$/, '$1')}${window.location.search}`, dateText(new Date()))
    if (keys.length === 0) {
      sectionsBox.replaceChildren()
      refsList.replaceChildren()
      refsBox.hidden = true
      return
    }
    loading.hidden = false
    let data: SectionData[]
    let messages: Map<string, ArticleMessage | null>
    // Each article's main message goes once, above the first of its sections in the handout.
    const slugs = [...new Set(keys.map((k) => k.split('/')[0]!))]
    try {
      ;[data, messages] = await Promise.all([
        Promise.all(keys.map(load)),
        Promise.all(slugs.map(loadArticleMessage)).then((list) => new Map(slugs.map((slug, i) => [slug, list[i]!]))),
      ])
    } catch {
      if (run !== generation) return
      loading.hidden = true
      notice.textContent = L.handoutLoadFailed
      return
    }
    if (run !== generation) return
    const leads = new Map<number, ArticleMessage>()
    for (const slug of slugs) {
      const message = messages.get(slug)
      if (message)
        leads.set(
          keys.findIndex((k) => k.startsWith(`${slug}/`)),
          message,
        )
    }
    // Citations are numbered in reading order: an article's message before its first section.
    const parts: Cited[] = data.flatMap((d, i) => (leads.has(i) ? [leads.get(i)!, d] : [d]))
    const numbers = handoutNumbers(parts)
    const built = await Promise.all(data.map((d, i) => buildSection(d, i, numbers)))
    if (run !== generation) return
    loading.hidden = true
    sectionsBox.replaceChildren(...built.flatMap((section, i) => (leads.has(i) ? [articleMessage(leads.get(i)!, data[i]!, numbers), section] : [section])))
    refsList.replaceChildren(...references(parts, numbers))
    refsBox.hidden = numbers.size === 0
    if (focusKey) sectionsBox.querySelector<HTMLElement>(`[data-section-key="${CSS.escape(focusKey)}"] h2`)?.focus()
  }

  /** An article's main message, named as that article's, above the first of its sections. */
  const articleMessage = (message: ArticleMessage, first: SectionData, numbers: Map<string, number>) => {
    const box = el('div', 'handout-article-message')
    box.dataset.article = message.slug
    const body = document.importNode(message.body, true)
    scopeIds(body, `a-${message.slug}-`)
    renumber(body, message, numbers)
    box.append(el('p', 'handout-article-message-label', L.articleMessage(first.articleTitle)), body)
    return box
  }

  const buildSection = async (data: SectionData, index: number, numbers: Map<string, number>) => {
    const url = `${publicOrigin()}${data.path}`
    const section = el('section', 'handout-section')
    section.dataset.sectionKey = data.key
    const headingId = `handout-s${index + 1}`
    section.setAttribute('aria-labelledby', headingId)
    const head = el('div', 'handout-section-head')
    const heading = el('div', 'min-w-0')
    const h2 = el('h2', 'handout-section-title', data.title)
    h2.id = headingId
    h2.tabIndex = -1
    const meta = el('p', 'handout-section-meta', L.fromArticle(data.articleTitle, data.reviewed))
    heading.append(h2, meta)
    const qr = el('figure', 'handout-qr')
    const caption = el('figcaption')
    caption.append(...addressParts(url))
    qr.append(await qrCode(url, data.title), caption)
    head.append(heading, qr)
    const body = el('div', 'handout-body prose')
    body.append(...document.importNode(data.body, true).childNodes)
    scopeIds(body, `s${index + 1}-`)
    renumber(body, data, numbers)
    // The section's main message (its body opens with it) stands under the title, beside the QR
    // code (handout.css): on paper the three are one unit, so a code never lands on another page
    // than its section.
    const message = body.firstElementChild
    if (message?.classList.contains('main-message')) qr.before(message)
    section.append(head, body, tools(data, index))
    return section
  }

  const tools = (data: SectionData, index: number) => {
    const bar = el('div', 'handout-section-tools no-print')
    const button = (label: string, action: () => void, disabled = false) => {
      const b = el('button', 'handout-tool', label)
      b.type = 'button'
      b.disabled = disabled
      // The visible word first, then which section (WCAG 2.5.3: the name contains the label).
      b.setAttribute('aria-label', `${label}: ${data.title}`)
      b.addEventListener('click', action)
      return b
    }
    const move = (by: number) => () => {
      const to = index + by
      keys = [...keys]
      ;[keys[index], keys[to]] = [keys[to]!, keys[index]!]
      announce(L.moved(by < 0, data.title))
      void render(data.key)
    }
    bar.append(
      button(L.moveUp, move(-1), index === 0),
      button(L.moveDown, move(1), index === keys.length - 1),
      button(L.remove, () => {
        keys = keys.filter((k) => k !== data.key)
        announce(L.removed(data.title, keys.length))
        void render(keys[Math.min(index, keys.length - 1)])
      }),
    )
    const read = el('a', 'handout-tool', L.readOnline)
    read.href = data.path
    read.setAttribute('aria-label', L.readOnlineLabel(data.title))
    bar.append(read)
    return bar
  }

  // Checkboxes: ticking adds a section at the end, unticking removes it.
  for (const [key, box] of boxes) {
    box.disabled = false
    box.addEventListener('change', () => {
      if (box.checked) {
        if (keys.length >= MAX_SECTIONS) {
          box.checked = false
          announce(L.full(MAX_SECTIONS))
          return
        }
        keys = [...keys, key]
        announce(L.added(titles.get(key) ?? key, keys.length))
      } else {
        keys = keys.filter((k) => k !== key)
        announce(L.removedFrom(titles.get(key) ?? key, keys.length))
      }
      void render()
    })
  }

  // Filter by title as the clinician types.
  filter.disabled = false
  page.querySelector<HTMLElement>('[data-handout-filter]')!.hidden = false
  filter.addEventListener('input', () => {
    const words = normalize(filter.value).split(' ').filter(Boolean)
    let shown = 0
    for (const li of items) {
      const match = words.every((w) => normalize(titles.get(li.dataset.key!) ?? '').includes(w))
      li.hidden = !match
      if (match) shown += 1
    }
    for (const group of page.querySelectorAll<HTMLElement>('[data-group]')) group.hidden = !group.querySelector('li:not([hidden])')
    filterStatus.textContent = words.length === 0 ? '' : L.filterCount(shown)
  })

  handout.querySelector('[data-handout-print]')?.addEventListener('click', () => window.print())
  handout.querySelector('[data-handout-copy]')?.addEventListener('click', () => void copyLink(window.location.href, 'this handout'))
  void render()
}

function references(data: Cited[], numbers: Map<string, number>): HTMLLIElement[] {
  const all = new Map<string, HTMLLIElement>()
  for (const d of data) for (const [id, li] of d.references) all.set(id, li)
  return [...numbers.entries()]
    .sort((a, b) => a[1] - b[1])
    .flatMap(([id]) => {
      const li = all.get(id)
      return li ? [document.importNode(li, true)] : []
    })
}

function showNotice(notice: HTMLElement, s: Selection) {
  const lines: string[] = []
  if (s.unknownCount > 0) {
    const more = s.unknownCount - s.unknown.length
    lines.push(L.notFound(s.unknown.map((u) => `“${u}”`).join(', '), more))
  }
  if (s.dropped > 0) lines.push(L.dropped(MAX_SECTIONS, s.dropped))
  if (s.duplicates > 0) lines.push(L.duplicates(s.duplicates))
  if (s.redirected.length > 0) lines.push(L.redirected(s.redirected.length))
  notice.replaceChildren(...lines.map((line) => el('p', undefined, line)))
}

function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

ready(setUp)
