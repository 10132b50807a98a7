// @vitest-environment happy-dom
import { render, screen, within } from '@testing-library/react'
import remarkGfm from 'remark-gfm'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { Callout } from '@/components/mdx/Callout'
import { citeGroups, groupText } from '@/lib/citations/groups'
import { renderToStaticMarkup } from 'react-dom/server'
import { CrisisActions } from '@/components/mdx/CrisisActions'
import { CrisisNumber, CrisisText } from '@/components/mdx/CrisisNumber'
import { Rich } from '@/components/i18n/Rich'
import { dictionary, LOCALES } from '@/lib/i18n'
import { splitCrisisNumbers } from '@/lib/crisis.mjs'
import remarkCiteGlue from '@/lib/mdx/remark-cite-glue.mjs'
import remarkCrisisLinks from '@/lib/mdx/remark-crisis-links.mjs'
import remarkTables from '@/lib/mdx/remark-tables.mjs'

/** Runs one plugin on MDX source and returns the tree. */
function run(source: string, plugin: () => (tree: never) => void) {
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkGfm)
    .use(plugin as never)
  return processor.runSync(processor.parse(source)) as unknown as { children: unknown[] }
}
const json = (tree: unknown) => JSON.stringify(tree)

/** The words of a text, whatever spaces join them (a call button's are non-breaking). */
const words = (text: string) =>
  new RegExp(
    `^${text
      .trim()
      .split(/\s+/)
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\s+')}$`,
  )

/** Every link in `root`: its accessible name is its visible text (WCAG 2.5.3), with no aria-label adding words. */
function expectNamesAreTheirText(root: HTMLElement) {
  for (const link of within(root).queryAllByRole('link')) {
    expect(link).not.toHaveAttribute('aria-label')
    expect(link).toHaveAccessibleName(words(link.textContent ?? ''))
  }
}

describe('crisis numbers', () => {
  const found = (text: string) => splitCrisisNumbers(text).flatMap((p) => ('line' in p ? [p.line.number] : []))

  it('finds 988, 911 and 9-8-8 standing alone, not inside other words or numbers', () => {
    expect(found('Call or text 988, or call 911. In Canada, 9-8-8.')).toEqual(['988', '911', '9-8-8'])
    expect(found('Chat at 988lifeline.org, in 1988, or on 19880 or 911-area.')).toEqual([])
  })

  it("leaves a number inside a service's name alone: no link cuts the name in two", () => {
    expect(found('Call or text 988 to reach the 988 Suicide & Crisis Lifeline (988 Suicide and Crisis Lifeline, 988 Lifeline).')).toEqual(['988'])
    expect(found('Así llega a la Línea 988 de Prevención del Suicidio y Crisis. El menú de la línea 988. Llame al 988.')).toEqual(['988'])
    expect(found('The 9-8-8 Suicide Crisis Helpline: call 9-8-8.')).toEqual(['9-8-8'])
  })

  it('the content pipeline turns them into <CrisisNumber number>, but not in headings, links or terms', () => {
    const tree = run(
      '## Call 988\n\nCall or text 988 now, or 911. Llame o envíe un mensaje de texto al 988.\n\n[988 online](https://988lifeline.org) and <Term id="x">988</Term>',
      remarkCrisisLinks,
    )
    const elements = [...json(tree).matchAll(/"name":"CrisisNumber","attributes":(\[[^\]]*\])/g)].map(
      (m) => JSON.parse(m[1]!) as { name: string; value: string }[],
    )
    expect(elements.map((attributes) => attributes.map((a) => `${a.name}=${a.value}`))).toEqual([['number=988'], ['number=911'], ['number=988']])
    // "mensaje de texto" stays in the sentence as plain words.
    expect(json(tree)).toContain('"value":". Llame o envíe un mensaje de texto al "')
  })

  it('is one call link whose name is the number it shows, with nothing after it', () => {
    const { container } = render(
      <p>
        Call or text <CrisisNumber number="988" /> now, or <CrisisNumber number="911" />. In Canada, <CrisisNumber number="9-8-8" />.
      </p>,
    )
    expect(screen.getAllByRole('link').map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['988', 'tel:988'],
      ['911', 'tel:911'],
      ['9\u20118\u20118', 'tel:988'],
    ])
    expectNamesAreTheirText(container)
    // The sentence reads once, as written: no "text" link after a number.
    expect(container.textContent).toBe('Call or text 988 now, or 911. In Canada, 9\u20118\u20118.')
    expect(container.querySelectorAll('a[href^="sms:"]')).toHaveLength(0)
  })

  it('links numbers in plain text such as glossary definitions, and the markup is just the link', () => {
    expect(renderToStaticMarkup(<CrisisText text="If this is happening now, call or text 988." />)).toBe(
      'If this is happening now, call or text <a href="tel:988" class="crisis-call">988</a>.',
    )
  })

  it('on Spanish pages, "mensaje de texto" stays plain words and the number is the call link', () => {
    const sentence = 'Llame o envíe un mensaje de texto al 988, o envíe la palabra AYUDA por mensaje de\ntexto al 988. En Canadá, llame al 9-8-8.'
    const { container } = render(
      <p>
        <CrisisText text={sentence} />
      </p>,
    )
    expect(container.textContent).toBe(sentence.replace('9-8-8', '9\u20118\u20118'))
    expect(screen.getAllByRole('link').map((a) => a.textContent)).toEqual(['988', '988', '9\u20118\u20118'])
    expectNamesAreTheirText(container)
  })

  it.each(LOCALES)('every %s dictionary sentence with a crisis number reads as written, each number one call link named by itself', (lang) => {
    const d = dictionary(lang)
    const texts = [
      d.footer.us,
      d.footer.inThisLanguage,
      d.footer.danger,
      d.footer.canada,
      d.help.suicideText,
      d.help.inThisLanguage,
      d.help.dangerText,
      d.help.canada,
      d.notFound.crisis,
      d.handout.crisis,
    ]
    for (const text of texts.filter((x) => /\b(988|911|9-8-8)\b/.test(x))) {
      const { container, unmount } = render(
        <p>
          <Rich text={text} locale={lang} />
        </p>,
      )
      const plain = text
        .replace(/\*\*/g, '')
        .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
        .replace(/9-8-8/g, '9\u20118\u20118')
      expect(container.textContent, text).toBe(plain)
      expectNamesAreTheirText(container)
      for (const a of container.querySelectorAll('a[href^="tel:"]')) expect(a.textContent, text).toMatch(/^(988|911|9\u20118\u20118)$/)
      expect(container.querySelectorAll('a[href^="sms:"]'), text).toHaveLength(0)
      unmount()
    }
  })

  it('refuses an unknown crisis line with the fix', () => {
    expect(() => render(<CrisisNumber number="999" />)).toThrow('Expected one of: 911, 988, 9-8-8')
  })
})

describe('crisis actions', () => {
  it.each([
    [
      'en',
      [
        ['Call 988', 'tel:988'],
        ['Text 988', 'sms:988'],
      ],
    ],
    // 988's Spanish-language service answers a text that starts with AYUDA.
    [
      'es',
      [
        ['Llamar al 988', 'tel:988'],
        ['Enviar un mensaje de texto al 988', 'sms:988?&body=AYUDA'],
      ],
    ],
  ] as const)('%s: separate actions that say what they do, named by their visible words', (locale, expected) => {
    const { container } = render(<CrisisActions locale={locale} />)
    expect(screen.getAllByRole('link').map((a) => [a.textContent!.replace(/\u00a0/g, ' '), a.getAttribute('href')])).toEqual(expected)
    expectNamesAreTheirText(container)
    for (const [name] of expected) expect(screen.getByRole('link', { name: words(name) })).toHaveClass('crisis-action')
  })
})

describe('citation markers', () => {
  const refs = (...ns: number[]) => ns.map((n) => ({ id: `r${n}`, n }))
  // One function for the pages' markers (Cite) and the handout's (its island renumbers them).
  it('sorts, drops repeats and merges runs of three or more into a range', () => {
    const label = (ns: number[]) => citeGroups(refs(...ns)).map(groupText)
    expect(label([4, 2])).toEqual(['2', '4'])
    expect(label([4, 2, 3])).toEqual(['2–4'])
    expect(label([1, 2, 5, 7, 6, 8, 8])).toEqual(['1', '2', '5–8'])
    expect(label([5, 1, 2, 3, 8, 9])).toEqual(['1–3', '5', '8', '9'])
    // A group keeps what it was given (the reference id a link points to).
    expect(citeGroups(refs(7, 5, 6)).map(({ first, last }) => [first.id, last.id])).toEqual([['r5', 'r7']])
  })

  it('glues each marker to the word before it', () => {
    const tree = run('It can raise blood pressure.<Cite id="a" /> And *more* <Cite id="b" />', remarkCiteGlue)
    const paragraph = (
      tree.children[0] as { children: { type: string; name?: string; value?: string; children?: { type: string; value?: string; name?: string }[] }[] }
    ).children
    expect(paragraph[0]).toMatchObject({ type: 'text', value: 'It can raise blood ' })
    expect(paragraph[1]).toMatchObject({ name: 'span', children: [{ type: 'text', value: 'pressure.' }, { name: 'Cite' }] })
    expect(paragraph.at(-1)).toMatchObject({ name: 'span', children: [{ type: 'emphasis' }, { name: 'Cite' }] })
  })
})

describe('tables on a phone', () => {
  it('label each body cell with its column header, with explicit table roles', () => {
    const tree = run('| Medicine | What can happen |\n|---|---|\n| Alcohol | More sleepiness |\n', remarkTables)
    const table = tree.children[0] as { data: { hProperties: object }; children: { children: { data: { hProperties: object } }[] }[] }
    expect(table.data.hProperties).toEqual({ role: 'table' })
    expect(table.children[0]!.children[1]!.data.hProperties).toEqual({ role: 'columnheader' })
    expect(table.children[1]!.children[1]!.data.hProperties).toEqual({ role: 'cell', dataLabel: 'What can happen' })
  })
})

describe('callouts', () => {
  it('name themselves by a heading that holds the severity words and the title', () => {
    render(
      <Callout type="emergency" title="Call 911 now if" locale="en">
        <p>You have chest pain.</p>
      </Callout>,
    )
    const region = screen.getByRole('region', { name: /^Emergency: call 911 now\W+Call 911 now if$/ })
    expect(region).toContainElement(screen.getByRole('heading', { level: 3 }))
  })

  it('keep the crisis box calm', () => {
    render(
      <Callout type="crisis" title="If you are thinking about suicide" locale="en">
        <p>Help is there.</p>
      </Callout>,
    )
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent(/If you are thinking about suicide/)
    expect(screen.getByRole('region').textContent).not.toMatch(/911|Emergency/)
  })
})
