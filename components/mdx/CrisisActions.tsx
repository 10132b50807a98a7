import { CRISIS_LINES, textHref, unbroken } from '@/lib/crisis.mjs'
import { dictionary, type Locale } from '@/lib/i18n'

// Buttons 44 px high (16 px text at 1.5, 8 px padding and 2 px border each side), where WCAG 2.5.8
// asks 24; the call filled, the text outlined. components/mdx/mdx.print.css gives both plain dark words on paper.
const ACTION = 'crisis-action inline-flex items-center rounded-lg border-2 border-accent px-4 py-2 font-bold no-underline hover:underline'

/**
 * The ways to reach 988 in a box that offers help (a crisis callout, the footer, the 404 page),
 * as separate actions that say what they do: "Call 988", "Text 988". On Spanish pages the text
 * opens a message that starts with AYUDA, for 988's Spanish-language service (lib/crisis.mjs).
 * The visible words are the links' names. No chat action: content/references.json has no
 * verified source for the chat's own address.
 */
export function CrisisActions({ locale }: { locale: Locale }) {
  const s = dictionary(locale).crisis
  const line = CRISIS_LINES['988']!
  const sms = textHref(line, locale)
  return (
    <ul className="crisis-actions not-prose mt-3 flex flex-wrap gap-2">
      <li>
        <a href={line.call} className={`${ACTION} crisis-action-call bg-accent text-accent-ink`}>
          {/* Non-breaking spaces: a phone link never wraps (html-validate's tel-non-breaking). */}
          {s.call(unbroken(line.number)).replace(/ /g, '\u00a0')}
        </a>
      </li>
      {sms ? (
        <li>
          <a href={sms} className={`${ACTION} bg-surface text-ink`}>
            {s.text(unbroken(line.number))}
          </a>
        </li>
      ) : null}
    </ul>
  )
}
