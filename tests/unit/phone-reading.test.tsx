import { render, screen } from '@testing-library/react'
import remarkGfm from 'remark-gfm'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { Callout } from '@/components/mdx/Callout'
import { Cite, citeGroups } from '@/components/mdx/Cite'
import { CrisisNumber, CrisisText } from '@/components/mdx/CrisisNumber'
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

  it('names each number or range for screen readers', () => {
    render(<Cite id="a b c d" refs={refs(5, 1, 2, 3)} anchor="cite-1" />)
    expect(screen.getByRole('link', { name: 'References 1 to 3' })).toHaveAttribute('href', '#ref-r1')
    expect(screen.getByRole('link', { name: 'Reference 5' })).toHaveTextContent('5')
    expect(screen.getByRole('link', { name: 'References 1 to 3' })).toHaveAttribute('id', 'cite-1')
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
