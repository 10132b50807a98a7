/**
 * The handout page's list of every section (server-rendered: a link each, no JavaScript needed)
 * made into a picker: a checkbox per section, and a filter by title as the clinician types.
 */
import { announce } from '../enhance/dom'
import { MAX_SECTIONS } from '@/lib/handout'
import { islandStrings } from '@/lib/i18n/islands'
import { fold } from '@/lib/text'

const L = islandStrings()

export interface Picker {
  /** Every section key the page lists: the only keys a handout may hold. */
  keys: Set<string>
  /** A section's title, as the list shows it. */
  title: (key: string) => string
  /** Ticks the boxes of exactly these keys. */
  show: (keys: readonly string[]) => void
}

/**
 * Turns the list into checkboxes: ticking adds a section at the end of the handout, unticking
 * removes it (`keys` reads the handout's sections, `change` sets them).
 */
export function setUpPicker(page: HTMLElement, keys: () => readonly string[], change: (keys: string[]) => void): Picker {
  const items = [...page.querySelectorAll<HTMLLIElement>('li[data-key]')]
  const boxes = new Map(items.map((li) => [li.dataset.key!, li.querySelector<HTMLInputElement>('input[type="checkbox"]')!]))
  const titles = new Map(items.map((li) => [li.dataset.key!, li.querySelector('label')?.textContent ?? li.dataset.key!]))
  const title = (key: string) => titles.get(key) ?? key

  for (const [key, box] of boxes) {
    box.disabled = false
    box.addEventListener('change', () => {
      const now = keys()
      if (!box.checked) {
        const left = now.filter((k) => k !== key)
        announce(L.removedFrom(title(key), left.length))
        return change(left)
      }
      if (now.length >= MAX_SECTIONS) {
        box.checked = false
        return announce(L.full(MAX_SECTIONS))
      }
      announce(L.added(title(key), now.length + 1))
      change([...now, key])
    })
  }

  const filter = page.querySelector<HTMLInputElement>('#handout-filter')
  const status = page.querySelector<HTMLElement>('#handout-filter-status')
  if (filter && status) {
    filter.disabled = false
    page.querySelector<HTMLElement>('[data-handout-filter]')!.hidden = false
    filter.addEventListener('input', () => {
      const words = fold(filter.value).split(' ').filter(Boolean)
      let shown = 0
      for (const li of items) {
        const match = words.every((w) => fold(title(li.dataset.key!)).includes(w))
        li.hidden = !match
        if (match) shown += 1
      }
      for (const group of page.querySelectorAll<HTMLElement>('[data-group]')) group.hidden = !group.querySelector('li:not([hidden])')
      status.textContent = words.length === 0 ? '' : L.filterCount(shown)
    })
  }

  return {
    keys: new Set(boxes.keys()),
    title,
    show: (chosen) => {
      for (const [key, box] of boxes) box.checked = chosen.includes(key)
    },
  }
}
