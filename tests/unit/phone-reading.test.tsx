// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react'
import remarkGfm from 'remark-gfm'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { Callout } from '@/components/mdx/Callout'
import { citeGroups } from '@/components/mdx/Cite'
import { renderToStaticMarkup } from 'react-dom/server'
import { CrisisNumber, CrisisText } from '@/components/mdx/CrisisNumber'
import { Rich } from '@/components/i18n/Rich'
import { dictionary } from '@/lib/i18n'
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

describe('crisis numbers', () => {
  it('finds 988, 911 and 9-8-8 standing alone, not inside other words or numbers', () => {
    const found = (text: string) => splitCrisisNumbers(text).flatMap((p) => ('line' in p ? [p.line.number] : []))
    expect(found('Call or text 988, or call 911. In Canada, 9-8-8.')).toEqual(['988', '911', '9-8-8'])
    expect(found('Chat at 988lifeline.org, in 1988, or on 19880 or 911-area.')).toEqual([])
  })

  it('the content pipeline turns them into <CrisisNumber>, but not in headings, links or terms', () => {
    const tree = run('## Call 988\n\nCall or text 988 now, or 911.\n\n[988 online](https://988lifeline.org) and <Term id="x">988</Term>', remarkCrisisLinks)
    const numbers = [...json(tree).matchAll(/"name":"CrisisNumber","attributes":\[\{"type":"mdxJsxAttribute","name":"number","value":"(\d+)"/g)].map(
      (m) => m[1],
    )
    expect(numbers).toEqual(['988', '911'])
  })

  it('renders tap-to-call, and tap-to-text where the line takes texts', () => {
    render(
      <p>
        <CrisisNumber number="988" /> and <CrisisNumber number="911" />
      </p>,
    )
    expect(screen.getByRole('link', { name: 'Call 988, 988 Suicide & Crisis Lifeline' })).toHaveAttribute('href', 'tel:988')
    expect(screen.getByRole('link', { name: 'Text 988' })).toHaveAttribute('href', 'sms:988')
    expect(screen.getByRole('link', { name: /^Call 911/ })).toHaveAttribute('href', 'tel:911')
    expect(screen.queryByRole('link', { name: 'Text 911' })).toBeNull()
  })

  it('links numbers in plain text such as glossary definitions', () => {
    render(<CrisisText text="If this is happening now, call or text 988." />)
    expect(screen.getByRole('link', { name: /^Call 988/ })).toHaveAttribute('href', 'tel:988')
  })

  it('on Spanish pages, the words that say to text 988 become its text link, which opens a message starting with AYUDA', () => {
    const sentence = 'Llame o envíe un mensaje de texto al 988, o envíe la palabra AYUDA por mensaje de\ntexto al 988.'
    const { container } = render(
      <p>
        <CrisisText text={sentence} locale="es" />
      </p>,
    )
    // The sentence reads exactly as written: no word is added after the number («…al 988 texto.»).
    expect(container.textContent).toBe(sentence)
    const texts = screen.getAllByRole('link', { name: 'Enviar un mensaje de texto al 988' })
    expect(texts.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['mensaje de texto', 'sms:988?&body=AYUDA'],
      ['mensaje de\ntexto', 'sms:988?&body=AYUDA'],
    ])
    expect(screen.getAllByRole('link', { name: /^Llamar al 988/ }).map((a) => a.getAttribute('href'))).toEqual(['tel:988', 'tel:988'])
    // The markup: the & is escaped in the attribute, as HTML requires.
    expect(renderToStaticMarkup(<CrisisText text="envíe un mensaje de texto al 988." locale="es" />)).toBe(
      'envíe un <a href="sms:988?&amp;body=AYUDA" class="crisis-text-words" aria-label="Enviar un mensaje de texto al 988">mensaje de texto</a> al <span class="crisis-number"><a href="tel:988" class="crisis-call" aria-label="Llamar al 988, Línea 988 de Prevención del Suicidio y Crisis">988</a></span>.',
    )
  })

  it('on Spanish pages, a number with no words about texting is a call link only; Canada keeps sms:988', () => {
    const { container } = render(
      <p>
        <CrisisText text="Llame al 988 y oprima el 2. En Canadá, llame o envíe un mensaje de texto al 9-8-8." locale="es" />
      </p>,
    )
    expect(container.textContent).toBe('Llame al 988 y oprima el 2. En Canadá, llame o envíe un mensaje de texto al 9\u20118\u20118.')
    expect(container.querySelectorAll('a[href^="sms:"]')).toHaveLength(1)
    expect(screen.getByRole('link', { name: 'Enviar un mensaje de texto al 9-8-8' })).toHaveAttribute('href', 'sms:988')
  })

  it('English keeps the small "text" link after the number, to sms:988', () => {
    expect(renderToStaticMarkup(<CrisisText text="Call or text 988." locale="en" />)).toBe(
      'Call or text <span class="crisis-number"><a href="tel:988" class="crisis-call" aria-label="Call 988, 988 Suicide &amp; Crisis Lifeline">988</a> <a href="sms:988" class="crisis-text" aria-label="Text 988">text</a></span>.',
    )
  })

  it('the content pipeline moves the words about texting into <CrisisNumber>', () => {
    const tree = run('Llame o envíe un mensaje de texto al 988 ahora.', remarkCrisisLinks) as { children: { children: unknown[] }[] }
    expect(tree.children[0]!.children).toMatchObject([
      { type: 'text', value: 'Llame o envíe un ' },
      {
        type: 'mdxJsxTextElement',
        name: 'CrisisNumber',
        attributes: [
          { name: 'number', value: '988' },
          { name: 'texting', value: 'mensaje de texto' },
          { name: 'joiner', value: ' al ' },
        ],
      },
      { type: 'text', value: ' ahora.' },
    ])
  })

  it('every Spanish dictionary sentence with 988 reads as written, with its text link on /es', () => {
    const es = dictionary('es')
    for (const text of [es.footer.us, es.footer.spanish, es.help.spanish, es.notFound.crisis]) {
      const { container, unmount } = render(
        <p>
          <Rich text={text} locale="es" />
        </p>,
      )
      const plain = text.replace(/\*\*/g, '').replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
      expect(container.textContent).toBe(plain)
      const sms = [...container.querySelectorAll('a[href^="sms:"]')]
      if (/texto al 988/.test(plain)) expect(sms.length).toBeGreaterThan(0)
      for (const a of sms) expect(a.getAttribute('href')).toBe('sms:988?&body=AYUDA')
      unmount()
    }
  })

  it('refuses an unknown crisis line with the fix', () => {
    expect(() => render(<CrisisNumber number="999" />)).toThrow('Expected one of: 911, 988, 9-8-8')
  })
})

describe('citation markers', () => {
  const refs = (...ns: number[]) => ns.map((n) => ({ id: `r${n}`, n }))
  it('sorts, drops repeats and merges runs of three or more into a range', () => {
    const label = (groups: ReturnType<typeof citeGroups>) => groups.map((g) => (g.first === g.last ? `${g.first.n}` : `${g.first.n}-${g.last.n}`))
    expect(label(citeGroups(refs(4, 2)))).toEqual(['2', '4'])
    expect(label(citeGroups(refs(4, 2, 3)))).toEqual(['2-4'])
    expect(label(citeGroups(refs(1, 2, 5, 7, 6, 8, 8)))).toEqual(['1', '2', '5-8'])
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
      <Callout type="emergency" title="Call 911 now if">
        <p>You have chest pain.</p>
      </Callout>,
    )
    const region = screen.getByRole('region', { name: /^Emergency: call 911 now\W+Call 911 now if$/ })
    expect(region).toContainElement(screen.getByRole('heading', { level: 3 }))
  })

  it('keep the crisis box calm', () => {
    render(
      <Callout type="crisis" title="If you are thinking about suicide">
        <p>Help is there.</p>
      </Callout>,
    )
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent(/If you are thinking about suicide/)
    expect(screen.getByRole('region').textContent).not.toMatch(/911|Emergency/)
  })
})
