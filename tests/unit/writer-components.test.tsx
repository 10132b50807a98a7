// @vitest-environment happy-dom
import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { GlossaryReferences } from '@/components/glossary/GlossaryReferences'
import { Callout } from '@/components/mdx/Callout'
import { Cite } from '@/components/mdx/Cite'
import { Evidence } from '@/components/mdx/Evidence'
import { References } from '@/components/mdx/References'
import { getReferences } from '@/lib/content'
import { CALLOUT_TYPES, EVIDENCE_LEVELS } from '@/lib/mdx/vocabulary.mjs'
import { formatReference } from '@/lib/citations/references'

// The writers' components as a reader meets them: the words each one shows and the names screen
// readers announce. The words are the promise (meaning never carried by colour or dots alone), so
// they are written out here rather than read back from the dictionary.

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

describe('<Evidence>', () => {
  const LABELS: Record<(typeof EVIDENCE_LEVELS)[number], { label: string; detail: string }> = {
    'fda-approved': { label: 'FDA-approved', detail: 'reviewed and approved by the US FDA for this use' },
    'off-label-rct': { label: 'Off-label, trials support it', detail: 'not approved for this use; several controlled trials support it' },
    'early-research': { label: 'Early research', detail: 'small or mixed studies; not yet proven' },
    investigational: { label: 'Investigational', detail: 'being tested in trials only' },
  }

  it('has a label for every level writers may use', () => {
    expect(Object.keys(LABELS).sort()).toEqual([...EVIDENCE_LEVELS].sort())
  })

  it.each(EVIDENCE_LEVELS.map((level) => [level, LABELS[level].label] as const))(
    'level="%s" reads "Evidence: %s" in words; the dots are hidden from screen readers',
    (level, label) => {
      const { container } = render(<Evidence level={level} locale="en" />)
      const badge = container.querySelector('.evidence')!
      expect(within(badge as HTMLElement).getByText(label)).toBeVisible()
      expect(badge.textContent).toMatch(new RegExp(`^Evidence:${escape(label)}[●○]{4}\\(${escape(LABELS[level].detail)}\\)$`))
      const dots = [...badge.querySelectorAll('[aria-hidden="true"]')].map((el) => el.textContent)
      expect(dots).toEqual([expect.stringMatching(/^[●○]{4}$/)])
    },
  )

  it('refuses a level that is not in the vocabulary, naming the allowed ones', () => {
    expect(() => render(<Evidence level={'proven' as never} locale="en" />)).toThrow(
      'Expected one of: fda-approved, off-label-rct, early-research, investigational',
    )
  })
})

describe('<Callout>', () => {
  const SEVERITY: Record<(typeof CALLOUT_TYPES)[number], string> = {
    note: 'Note',
    warning: 'Warning',
    crisis: 'Help is available',
    emergency: 'Emergency: call 911 now',
    'call-today': 'Urgent: call your care team today',
    'next-visit': 'Not urgent: mention it at your next visit',
  }

  it('has severity words for every type writers may use', () => {
    expect(Object.keys(SEVERITY).sort()).toEqual([...CALLOUT_TYPES].sort())
  })

  it.each(CALLOUT_TYPES.map((type) => [type, SEVERITY[type]] as const))('type="%s" is a region named by its heading, "%s" and the title', (type, words) => {
    render(
      <Callout type={type} title="The title" locale="en">
        <p>Body.</p>
      </Callout>,
    )
    const heading = screen.getByRole('heading', { level: 3 })
    expect(heading).toHaveTextContent(words)
    // The accessible name keeps the severity: "Warning: The title", not just "The title". (The
    // test DOM puts a space before the hidden colon; browsers do not.)
    expect(screen.getByRole('region', { name: new RegExp(`^${escape(words)} ?: The title$`) })).toContainElement(heading)
  })

  it('without a title, is named by the severity words alone', () => {
    render(
      <Callout type="call-today" locale="en">
        <p>Body.</p>
      </Callout>,
    )
    expect(screen.getByRole('region', { name: 'Urgent: call your care team today' })).toBeInTheDocument()
  })
})

describe('<Cite>', () => {
  it('is a link per number or range, each named for screen readers; the brackets and commas are hidden', () => {
    const { container } = render(
      <Cite
        id="a b c d"
        refs={[
          { id: 'd', n: 7 },
          { id: 'a', n: 2 },
          { id: 'b', n: 3 },
          { id: 'c', n: 4 },
        ]}
        anchor="cite-3"
        locale="en"
      />,
    )
    const links = screen.getAllByRole('link')
    expect(links.map((a) => [a.getAttribute('aria-label'), a.textContent, a.getAttribute('href')])).toEqual([
      ['References 2–4', '2–4', '#ref-a'],
      ['Reference 7', '7', '#ref-d'],
    ])
    expect(links[0]).toHaveAttribute('id', 'cite-3')
    expect([...container.querySelectorAll('[aria-hidden="true"]')].map((el) => el.textContent)).toEqual(['[', ', ', ']'])
  })

  it('refuses to render without numbers (the remark plugin did not run)', () => {
    expect(() => render(<Cite id="berman2000" locale="en" />)).toThrow('was not numbered')
  })
})

describe('the reference list of an article', () => {
  const [first, second] = [...getReferences().keys()] as [string, string]

  it('is an ordered list inside #references, one item per source with the id links point to', () => {
    const { container } = render(
      <References
        bibliography={getReferences()}
        locale="en"
        refs={[
          { id: first, n: 1, backlinks: ['cite-1'] },
          { id: second, n: 2, backlinks: ['cite-2', 'cite-5'] },
        ]}
      />,
    )
    const section = container.querySelector('section#references') as HTMLElement
    expect(section).toBe(screen.getByRole('region', { name: 'References' }))
    const lists = section.querySelectorAll('ol')
    expect(lists).toHaveLength(1)
    const items = within(lists[0]!).getAllByRole('listitem')
    expect(items.map((li) => li.id)).toEqual([`ref-${first}`, `ref-${second}`])
    // The Vancouver text of each source, as lib/references formats it.
    expect(items[0]).toHaveTextContent(formatReference(getReferences().get(first)!).text)
  })

  it('names every back-link by the number and place it returns to', () => {
    render(
      <References
        bibliography={getReferences()}
        locale="en"
        refs={[
          { id: first, n: 1, backlinks: ['cite-1'] },
          { id: second, n: 2, backlinks: ['cite-2', 'cite-5'] },
        ]}
      />,
    )
    expect(screen.getByRole('link', { name: 'Back to reference 1 in the text' })).toHaveAttribute('href', '#cite-1')
    expect(screen.getByRole('link', { name: 'Back to reference 2 in the text, place 1 of 2' })).toHaveAttribute('href', '#cite-2')
    expect(screen.getByRole('link', { name: 'Back to reference 2 in the text, place 2 of 2' })).toHaveAttribute('href', '#cite-5')
    // The heading's own tools are named after the list too.
    expect(screen.getByRole('link', { name: 'Link to section: References' })).toHaveAttribute('href', '#references-heading')
  })

  it('refuses a source missing from content/references.json', () => {
    expect(() => render(<References refs={[{ id: 'nosuch1999', n: 1, backlinks: ['cite-1'] }]} bibliography={getReferences()} locale="en" />)).toThrow(
      'Reference "nosuch1999" is cited but missing from content/references.json.',
    )
  })
})

describe('the reference list of the glossary', () => {
  const [first, second] = [...getReferences().keys()] as [string, string]
  const sources = [
    {
      id: first,
      n: 1,
      citedBy: [
        { id: 'ketamine', term: 'Ketamine' },
        { id: 'esketamine', term: 'Esketamine' },
      ],
    },
    { id: second, n: 2, citedBy: [{ id: 'nmda-receptor', term: 'NMDA receptor' }] },
  ]

  it('uses the same #references and #ref-<id> anchors as an article, in an ordered list', () => {
    const { container } = render(<GlossaryReferences locale="en" sources={sources} />)
    const section = container.querySelector('section#references') as HTMLElement
    expect(section).toBe(screen.getByRole('region', { name: 'References' }))
    const lists = section.querySelectorAll('ol')
    expect(lists).toHaveLength(1)
    expect(
      within(lists[0]!)
        .getAllByRole('listitem')
        .map((li) => li.id),
    ).toEqual([`ref-${first}`, `ref-${second}`])
  })

  it('links each source back to the terms that cite it, by the terms’ names', () => {
    render(<GlossaryReferences locale="en" sources={sources} />)
    const item = within(document.getElementById(`ref-${first}`)!)
    expect(item.getByRole('link', { name: 'Ketamine' })).toHaveAttribute('href', '#ketamine')
    expect(item.getByRole('link', { name: 'Esketamine' })).toHaveAttribute('href', '#esketamine')
    expect(document.getElementById(`ref-${first}`)).toHaveTextContent(/For: Ketamine, Esketamine$/)
  })

  it('renders nothing when no entry has a source', () => {
    const { container } = render(<GlossaryReferences locale="en" sources={[]} />)
    expect(container).toBeEmptyDOMElement()
  })
})
