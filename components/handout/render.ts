/**
 * The handout document, built from the sections' data (HandoutSection, lib/handout.ts): each
 * article's main message once, above the first of its sections; each section with its title,
 * review date, main message and QR code, then its body; one reference list, numbered across the
 * handout. Text from the data is set as text; the HTML parts are our own build's, made ready for a
 * handout there (lib/build/handout-writer.ts).
 */
import { citeGroups, groupText } from '@/lib/citations/groups'
import type { HandoutPart, HandoutSection } from '@/lib/handout'
import { partReferences } from '@/lib/handout'
import { islandStrings } from '@/lib/i18n/islands'
import { el } from './dom'
import { addressParts, qrCode } from './qr'

const L = islandStrings()

/**
 * The build's HTML as nodes of this page, with citation markers numbered for the handout and site
 * links made absolute (`origin`, the public address), so paper shows a full address.
 */
function fragment(html: string, numbers: ReadonlyMap<string, number>, origin: string): DocumentFragment {
  const template = document.createElement('template')
  template.innerHTML = html
  const nodes = template.content
  for (const sup of nodes.querySelectorAll<HTMLElement>('sup.cite[data-cites]')) numberMarker(sup, numbers)
  for (const a of nodes.querySelectorAll<HTMLAnchorElement>('a[href^="/"]')) {
    a.href = new URL(a.getAttribute('href')!, origin).href
    if (a.dataset.printUrl) a.dataset.printUrl = a.href
  }
  return document.importNode(nodes, true)
}

/** A marker as Cite (components/mdx/Cite.tsx) writes it, with the handout's numbers: "[1, 3–5]". */
function numberMarker(sup: HTMLElement, numbers: ReadonlyMap<string, number>) {
  const refs = (sup.dataset.cites ?? '').split(' ').flatMap((id) => (numbers.has(id) ? [{ id, n: numbers.get(id)! }] : []))
  const parts: Node[] = [hidden('[')]
  citeGroups(refs).forEach(({ first, last }, i) => {
    if (i > 0) parts.push(hidden(', '))
    const link = el('a', 'cite-link', groupText({ first, last }))
    link.href = `#ref-${first.id}`
    link.dataset.cite = first.id
    link.setAttribute('aria-label', first === last ? L.ref(first.n) : L.refs(first.n, last.n))
    parts.push(link)
  })
  parts.push(hidden(']'))
  sup.replaceChildren(...(refs.length ? parts : []))
}

function hidden(text: string): HTMLSpanElement {
  const span = el('span', undefined, text)
  span.setAttribute('aria-hidden', 'true')
  return span
}

/** An article's main message, named as that article's, above the first of its sections. */
export function articleMessage(part: Extract<HandoutPart, { kind: 'article' }>, numbers: ReadonlyMap<string, number>, origin: string): HTMLElement {
  const box = el('div', 'handout-article-message')
  box.dataset.article = part.slug
  box.append(el('p', 'handout-article-message-label', L.articleMessage(part.title)), fragment(part.message.html, numbers, origin))
  return box
}

/** One section: its head (title, review date, main message, QR code) and body; the tools go after. */
export async function section(data: HandoutSection, index: number, numbers: ReadonlyMap<string, number>, origin: string): Promise<HTMLElement> {
  const url = `${origin}${data.path}`
  const box = el('section', 'handout-section')
  box.dataset.sectionKey = data.key
  const headingId = `handout-s${index + 1}`
  box.setAttribute('aria-labelledby', headingId)
  const head = el('div', 'handout-section-head')
  const heading = el('div', 'min-w-0')
  const h2 = el('h2', 'handout-section-title', data.title)
  h2.id = headingId
  h2.tabIndex = -1
  heading.append(h2, el('p', 'handout-section-meta', L.fromArticle(data.article.title, data.article.reviewed)))
  const qr = el('figure', 'handout-qr')
  const caption = el('figcaption')
  caption.append(...addressParts(url))
  qr.append(await qrCode(url, data.title), caption)
  // The section's main message stands under the title, beside the QR code (handout.css): on paper
  // the three are one unit, so a code never lands on another page than its section.
  head.append(heading, ...(data.message ? [fragment(data.message, numbers, origin)] : []), qr)
  const body = el('div', 'handout-body prose')
  body.append(fragment(data.body, numbers, origin))
  box.append(head, body)
  return box
}

/** The handout's one reference list, in its numbering. */
export function references(parts: readonly HandoutPart[], numbers: ReadonlyMap<string, number>, origin: string): HTMLLIElement[] {
  const html = new Map(parts.flatMap(partReferences).map((r) => [r.id, r.html]))
  return [...numbers.entries()]
    .sort((a, b) => a[1] - b[1])
    .map(([id]) => {
      const li = el('li')
      li.id = `ref-${id}`
      li.append(fragment(html.get(id) ?? '', numbers, origin))
      return li
    })
}
