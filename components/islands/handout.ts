/**
 * The handout island (/handout). The page lists every section with a link and reads without
 * JavaScript; this module:
 * - reads the selection from the URL (components/handout/selection.ts) and keeps it there;
 * - turns the list into checkboxes with a filter by title (components/handout/picker.ts);
 * - fetches each chosen section's data, a JSON file the build writes (the contract is
 *   HandoutSection in lib/handout.ts; components/handout/data.ts), and builds the handout from it
 *   (components/handout/render.ts): each article's main message once, above the first of its
 *   sections, citations numbered across the handout with one reference list, and a QR code per
 *   section for its address on the public site (components/handout/qr.ts);
 * - moves and removes sections, prints, and copies the handout's link.
 * Nothing taken from the URL is ever inserted as HTML, and only known section keys are fetched.
 */
import { announce, copyLink, ready } from '../enhance/dom'
import { loadSection, publicOrigin } from '@/components/handout/data'
import { el } from '@/components/handout/dom'
import { setUpPicker } from '@/components/handout/picker'
import { articleMessage, references, section } from '@/components/handout/render'
import { readSelection, writeSelection } from '@/components/handout/selection'
import { handoutNumbers, handoutParts, type HandoutSection } from '@/lib/handout'
import { dateText, islandStrings } from '@/lib/i18n/islands'

const L = islandStrings()

function setUp() {
  const page = document.getElementById('handout-page')
  const handout = document.getElementById('handout')
  const notice = document.getElementById('handout-notice')
  if (!page || !handout || !notice) return
  const sectionsBox = handout.querySelector<HTMLElement>('[data-handout-sections]')!
  const refsBox = handout.querySelector<HTMLElement>('#references')!
  const refsList = handout.querySelector<HTMLOListElement>('[data-handout-refs]')!
  const count = handout.querySelector<HTMLElement>('[data-handout-count]')!
  const empty = handout.querySelector<HTMLElement>('[data-handout-empty]')!
  const loading = handout.querySelector<HTMLElement>('[data-handout-loading]')!
  const urlLine = handout.querySelector<HTMLElement>('[data-handout-url]')!
  const doc = handout.querySelector<HTMLElement>('#handout-doc')!

  let keys: string[] = []
  let generation = 0
  const change = (next: string[], focusKey?: string) => {
    keys = next
    void render(focusKey)
  }
  const picker = setUpPicker(page, () => keys, change)
  keys = readSelection(page, picker.keys, notice)

  const render = async (focusKey?: string) => {
    const run = ++generation
    writeSelection(keys)
    picker.show(keys)
    handout.hidden = false
    empty.hidden = keys.length > 0
    doc.hidden = keys.length === 0
    for (const button of handout.querySelectorAll<HTMLElement>('[data-handout-print], [data-handout-copy]')) button.hidden = keys.length === 0
    count.textContent = L.handoutCount(keys.length)
    const origin = publicOrigin()
    urlLine.textContent = L.handoutUrl(`${origin}${window.location.pathname.replace(/(.)\/+$/, '$1')}${window.location.search}`, dateText(new Date()))
    if (keys.length === 0) {
      sectionsBox.replaceChildren()
      refsList.replaceChildren()
      refsBox.hidden = true
      return
    }
    loading.hidden = false
    let sections: HandoutSection[]
    try {
      sections = await Promise.all(keys.map(loadSection))
    } catch {
      if (run !== generation) return
      loading.hidden = true
      notice.textContent = L.handoutLoadFailed
      return
    }
    if (run !== generation) return
    // Citations are numbered in reading order: an article's message before its first section.
    const parts = handoutParts(sections)
    const numbers = handoutNumbers(parts)
    const built = await Promise.all(
      parts.map((part) =>
        part.kind === 'article'
          ? articleMessage(part, numbers, origin)
          : section(part.section, part.index, numbers, origin).then((box) => {
              box.append(tools(part.section, part.index))
              return box
            }),
      ),
    )
    if (run !== generation) return
    loading.hidden = true
    sectionsBox.replaceChildren(...built)
    refsList.replaceChildren(...references(parts, numbers, origin))
    refsBox.hidden = numbers.size === 0
    if (focusKey) sectionsBox.querySelector<HTMLElement>(`[data-section-key="${CSS.escape(focusKey)}"] h2`)?.focus()
  }

  /** Move up, move down, remove, and a link to the section's page. */
  const tools = (data: HandoutSection, index: number) => {
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
      const next = [...keys]
      ;[next[index], next[index + by]] = [next[index + by]!, next[index]!]
      announce(L.moved(by < 0, data.title))
      change(next, data.key)
    }
    const read = el('a', 'handout-tool', L.readOnline)
    read.href = data.path
    read.setAttribute('aria-label', L.readOnlineLabel(data.title))
    bar.append(
      button(L.moveUp, move(-1), index === 0),
      button(L.moveDown, move(1), index === keys.length - 1),
      button(L.remove, () => {
        const next = keys.filter((k) => k !== data.key)
        announce(L.removed(data.title, next.length))
        change(next, next[Math.min(index, next.length - 1)])
      }),
      read,
    )
    return bar
  }

  handout.querySelector('[data-handout-print]')?.addEventListener('click', () => window.print())
  handout.querySelector('[data-handout-copy]')?.addEventListener('click', () => void copyLink(window.location.href, L.thisHandout))
  void render()
}

ready(setUp)
