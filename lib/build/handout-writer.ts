/**
 * Writes the handout's data (the contract is HandoutSection in lib/handout.ts): for every section of
 * every article in every language, one JSON file read by the handout island. Run by the post-build
 * step (lib/build/handout-data.mjs) on the static export, after `next build` has written the pages.
 *
 * The words come from the pages the build has just written, so a handout shows exactly what the
 * section page shows: its title, review date and body (`[data-section-body]` of
 * `article[data-section-key]`), the sources its markers cite (the page's own reference list), and
 * the article's main message (the first `.main-message` of the article page's `#article`). The HTML
 * is made ready for a handout here, once, instead of in every reader's browser.
 *
 * The sections are those the handout page lists (`li[data-key]`, the keys its island accepts); a
 * listed section without its page fails the build.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { Element, ElementContent, Root, RootContent } from 'hast'
import rehypeParse from 'rehype-parse'
import rehypeStringify from 'rehype-stringify'
import { unified } from 'unified'
import { HANDOUT_DATA_VERSION, handoutDataPath, isSectionKey, type HandoutMessage, type HandoutReference, type HandoutSection } from '../handout'
import { LOCALES, localePath, type Locale } from '../i18n/locales'

type Parent = Root | Element
type Test = (el: Element) => boolean

const parser = unified().use(rehypeParse)
const printer = unified().use(rehypeStringify)

const parse = (html: string): Root => parser.parse(html)
const print = (nodes: ElementContent[]): string => printer.stringify({ type: 'root', children: nodes })

const classes = (el: Element) => [el.properties.className ?? []].flat().map(String)
const hasClass = (name: string) => (el: Element) => classes(el).includes(name)
const hasProperty = (name: string) => (el: Element) => el.properties[name] !== undefined && el.properties[name] !== null
const isTag =
  (...names: string[]) =>
  (el: Element) =>
    names.includes(el.tagName)

/** Every element below `parent`, in document order. */
function elements(parent: Parent): Element[] {
  const list: Element[] = []
  for (const child of parent.children) {
    if (child.type !== 'element') continue
    list.push(child, ...elements(child))
  }
  return list
}

const find = (parent: Parent, test: Test) => elements(parent).find(test)
const findAll = (parent: Parent, test: Test) => elements(parent).filter(test)

function textOf(node: Root | RootContent): string {
  if (node.type === 'text') return node.value
  return 'children' in node ? (node.children as RootContent[]).map(textOf).join('') : ''
}

/** Replaces, at any depth, each element `swap` returns something for (its children are not visited). */
function rewrite(parent: Parent, swap: (el: Element) => ElementContent[] | undefined) {
  parent.children = (parent.children as RootContent[]).flatMap((child): RootContent[] => {
    if (child.type !== 'element') return [child]
    const replacement = swap(child)
    if (replacement) return replacement
    rewrite(child, swap)
    return [child]
  }) as typeof parent.children
}

const isBlank = (node: ElementContent) => node.type === 'text' && node.value.trim() === ''

/**
 * The local numbers a marker's link shows: "3" -> [3], "2–4" -> [2, 3, 4] (a page's markers merge
 * runs of three or more into a range; lib/citations/groups.ts). Anything else gives [].
 */
export function linkNumbers(text: string): number[] {
  const match = /^\s*(\d+)\s*(?:[–-]\s*(\d+))?\s*$/.exec(text)
  if (!match) return []
  const first = Number(match[1])
  const last = match[2] ? Number(match[2]) : first
  if (last < first || last - first > 200) return []
  return Array.from({ length: last - first + 1 }, (_, i) => first + i)
}

/** A page's reference list: the ids of `#references ol > li[id^="ref-"]`, in its numbering (1 is index 0). */
function referenceItems(scope: Parent): Element[] {
  const list = find(scope, (el) => el.properties.id === 'references')
  return list ? findAll(list, (el) => el.tagName === 'li' && String(el.properties.id ?? '').startsWith('ref-')) : []
}

const referenceId = (li: Element) => String(li.properties.id).slice('ref-'.length)

/** A reference list entry as the handout lists it: without its back-links to the page's text. */
function reference(li: Element): HandoutReference {
  rewrite(li, (el) => (hasClass('no-print')(el) ? [] : undefined))
  return { id: referenceId(li), html: print(li.children) }
}

/**
 * Each citation marker becomes an empty `<sup class="cite" data-cites="a b">` naming its sources,
 * read from the numbers it shows and the page's list; the island numbers it for the handout.
 * Returns the local numbers cited. A marker whose numbers and links disagree with the list fails.
 */
function citationMarkers(scope: Parent, listIds: readonly string[], page: string): Set<number> {
  const cited = new Set<number>()
  rewrite(scope, (sup) => {
    if (sup.tagName !== 'sup' || !hasClass('cite')(sup)) return undefined
    const ids = findAll(sup, hasClass('cite-link')).flatMap((a) => {
      const numbers = linkNumbers(textOf(a))
      const ids = numbers.map((n) => listIds[n - 1])
      if (numbers.length === 0 || ids.some((id) => !id) || ids[0] !== a.properties.dataCite)
        throw new Error(`${page}: the citation marker "${textOf(a)}" (${String(a.properties.dataCite)}) does not match the page's reference list`)
      numbers.forEach((n) => cited.add(n))
      return ids as string[]
    })
    return [{ type: 'element', tagName: 'sup', properties: { className: ['cite'], dataCites: ids.join(' ') }, children: [] }]
  })
  return cited
}

const ID_LISTS = ['ariaLabelledBy', 'ariaDescribedBy', 'ariaControls', 'htmlFor'] as const
const URL_REFS = ['fill', 'stroke', 'clipPath', 'mask'] as const

/**
 * Gives every id a prefix of its own (figures and callouts would repeat theirs when two sections,
 * or a section and its article's message, share one), and so every reference to one: ARIA and
 * label links, in-page links, and a drawing's shapes and patterns (`<use href>`, `fill="url(#…)"`).
 */
function scopeIds(scope: Parent, prefix: string) {
  const all = elements(scope)
  const renamed = new Map<string, string>()
  for (const el of all) {
    if (typeof el.properties.id !== 'string') continue
    renamed.set(el.properties.id, prefix + el.properties.id)
    el.properties.id = prefix + el.properties.id
  }
  const follow = (id: string) => renamed.get(id) ?? id
  for (const el of all) {
    for (const name of ID_LISTS) {
      const value = el.properties[name]
      if (value !== undefined && value !== null) el.properties[name] = [value].flat().map((id) => follow(String(id)))
    }
    for (const name of ['href', 'xLinkHref']) {
      const value = el.properties[name]
      if (typeof value === 'string' && value.startsWith('#')) el.properties[name] = `#${follow(value.slice(1))}`
    }
    for (const name of URL_REFS) {
      const value = el.properties[name]
      const match = typeof value === 'string' ? /^url\(#(.+)\)$/.exec(value) : null
      if (match) el.properties[name] = `url(#${follow(match[1]!)})`
    }
  }
}

/**
 * Boxes that follow one another (when-to-get-help's four) are grouped: paper sets them in two
 * columns (app/print.css); on screen the group is a plain block.
 */
function groupCallouts(parent: Parent) {
  const children = parent.children as ElementContent[]
  const isCallout = (node: ElementContent | undefined) => node?.type === 'element' && hasClass('callout')(node)
  const next = (i: number) => children.slice(i + 1).find((c) => c.type === 'element')
  const grouped: ElementContent[] = []
  let group: Element | null = null
  children.forEach((child, i) => {
    if (group && isBlank(child)) return
    if (isCallout(child) && (group || isCallout(next(i)))) {
      if (!group) grouped.push((group = { type: 'element', tagName: 'div', properties: { className: ['handout-callouts'] }, children: [] }))
      group.children.push(child)
      if (!isCallout(next(i))) group = null
      return
    }
    if (child.type === 'element') groupCallouts(child)
    grouped.push(child)
  })
  parent.children = grouped as typeof parent.children
}

/**
 * Makes a part of a page ready for a handout (see HandoutSection): no reference list, term
 * definitions, redirect anchors or heading tools; each subheading an h3 without an id (a callout's
 * keeps its look); no box named by a heading that is gone; markers naming their sources; ids
 * prefixed; runs of boxes grouped. Returns the local numbers the part cites.
 */
function prepare(scope: Parent, listIds: readonly string[], prefix: string, page: string): Set<number> {
  rewrite(scope, (el) =>
    el.properties.id === 'references' || hasProperty('dataTermDefinitions')(el) || hasClass('redirect-anchor')(el) || hasClass('heading-tools')(el)
      ? []
      : undefined,
  )
  rewrite(scope, (wrap) => {
    if (!hasClass('heading-wrap')(wrap)) return undefined
    const heading = find(wrap, isTag('h2', 'h3'))
    const className = heading ? classes(heading) : []
    return [{ type: 'element', tagName: 'h3', properties: className.length ? { className } : {}, children: heading?.children ?? [] }]
  })
  const ids = new Set(elements(scope).map((el) => el.properties.id))
  for (const box of findAll(scope, hasProperty('ariaLabelledBy'))) {
    if (![box.properties.ariaLabelledBy].flat().every((id) => ids.has(String(id)))) delete box.properties.ariaLabelledBy
  }
  const cited = citationMarkers(scope, listIds, page)
  scopeIds(scope, prefix)
  groupCallouts(scope)
  return cited
}

/** The sources a part cites, in the page's numbering, from the page's list. */
const citedReferences = (cited: Set<number>, items: Element[]) => [...cited].sort((a, b) => a - b).map((n) => reference(items[n - 1]!))

/** Ids are prefixed per part so they stay unique in a handout: sections `s-<slug>--<id>--`, an article's message `a-<slug>--`. */
export const sectionPrefix = (key: string) => `s-${key.replace('/', '--')}--`
export const articlePrefix = (slug: string) => `a-${slug}--`

/** The article's main message from its page, with the sources it cites; null when the page has none. */
export function readArticleMessage(html: string, slug: string, page = `/articles/${slug}`): HandoutMessage | null {
  const tree = parse(html)
  const article = find(tree, (el) => el.tagName === 'article' && el.properties.id === 'article')
  const message = article && find(article, hasClass('main-message'))
  if (!article || !message) return null
  const items = referenceItems(article)
  const scope: Root = { type: 'root', children: [message] }
  const cited = prepare(scope, items.map(referenceId), articlePrefix(slug), page)
  return { html: print(scope.children as ElementContent[]), references: citedReferences(cited, items) }
}

/** A section's data from its page; `articleMessage` is its article's (read once per article). */
export function readSectionPage(html: string, key: string, locale: Locale, articleMessage: HandoutMessage | null, page = key): HandoutSection {
  const tree = parse(html)
  const article = find(tree, (el) => el.tagName === 'article' && el.properties.dataSectionKey === key)
  const body = article && find(article, hasProperty('dataSectionBody'))
  const title = article && find(article, isTag('h1'))
  if (!article || !body || !title) throw new Error(`${page}: not the section page of ${key} (article[data-section-key], h1 and [data-section-body] expected)`)
  const items = referenceItems(body)
  const cited = prepare(body, items.map(referenceId), sectionPrefix(key), page)
  // The section's main message opens its body; the handout sets it under the title.
  const children = body.children as ElementContent[]
  const opening = children.find((c) => c.type === 'element')
  const message = opening?.type === 'element' && hasClass('main-message')(opening) ? opening : null
  const rest = message ? children.slice(children.indexOf(message) + 1) : children
  while (rest[0] && isBlank(rest[0])) rest.shift()
  return {
    version: HANDOUT_DATA_VERSION,
    key,
    locale,
    title: textOf(title).trim(),
    path: localePath(locale, `/articles/${key}`),
    article: { slug: key.split('/')[0]!, title: String(article.properties.dataArticleTitle ?? ''), reviewed: String(article.properties.dataReviewed ?? '') },
    articleMessage,
    message: message ? print([message]) : null,
    body: print(rest),
    references: citedReferences(cited, items),
  }
}

/** The keys the handout page lists (`li[data-key]`): what its island may ask for. */
function listedKeys(html: string): string[] {
  return findAll(parse(html), (el) => el.tagName === 'li' && typeof el.properties.dataKey === 'string').map((li) => String(li.properties.dataKey))
}

/** A page of the export by its site path: `<path>/index.html`, or `<path>.html` before the pages get their folders. */
function readPage(out: string, path: string): string {
  const files = [join(out, path, 'index.html'), join(out, `${path}.html`)]
  const file = files.find((f) => existsSync(f))
  if (!file) throw new Error(`handout data: ${path} has no page in ${out}`)
  return readFileSync(file, 'utf8')
}

export interface HandoutDataReport {
  files: string[]
  bytes: number
}

/** Writes every section's data file into the export `out`, for every language. */
export function writeHandoutFiles(out: string): HandoutDataReport {
  const report: HandoutDataReport = { files: [], bytes: 0 }
  for (const locale of LOCALES) {
    const messages = new Map<string, HandoutMessage | null>()
    for (const key of listedKeys(readPage(out, localePath(locale, '/handout')))) {
      if (!isSectionKey(key)) throw new Error(`handout data: the handout page lists "${key}", which is not a section key`)
      const slug = key.split('/')[0]!
      const articlePath = localePath(locale, `/articles/${slug}`)
      if (!messages.has(slug)) messages.set(slug, readArticleMessage(readPage(out, articlePath), slug, articlePath))
      const pagePath = localePath(locale, `/articles/${key}`)
      const json = JSON.stringify(readSectionPage(readPage(out, pagePath), key, locale, messages.get(slug)!, pagePath))
      const file = join(out, localePath(locale, handoutDataPath(key)))
      mkdirSync(dirname(file), { recursive: true })
      writeFileSync(file, json)
      report.files.push(file)
      report.bytes += Buffer.byteLength(json)
    }
  }
  return report
}
