// @vitest-environment happy-dom
import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { GetHelp } from '@/components/figures/GetHelp'
import { IconArray } from '@/components/figures/IconArray'
import { contentPath } from '@/lib/content/files.mjs'
import { figureSources, loadFigure, type FigureData } from '@/lib/content/figures'

/** Citation numbers as remark-citations would give them: in order of the figure's sources. */
const numbered = (data: unknown) => new Map(figureSources(data).map((id, i) => [id, i + 1]))
const es = <N extends 'bp-rise' | 'sedation' | 'get-help'>(name: N) => loadFigure(name, contentPath('es', 'figures'))

/** The people drawn in one picture, by how they are drawn (fill of each <use>). */
function drawn(img: Element) {
  const uses = [...img.querySelectorAll('use')]
  return {
    total: uses.length,
    solid: uses.filter((u) => u.getAttribute('fill') === 'currentColor').length,
    striped: uses.filter((u) => u.getAttribute('fill')?.startsWith('url(#')).length,
    outline: uses.filter((u) => u.getAttribute('fill') === 'none').length,
  }
}

describe('bp-rise: two icon arrays of 100 people', () => {
  it('is a figure with its title and caption, and one labelled image per array that states the numbers in words', () => {
    const data = loadFigure('bp-rise')
    render(<IconArray name="bp-rise" data={data} numbers={numbered(data)} locale="en" />)
    const figure = screen.getByRole('figure', { name: data.title })
    expect(figure).toHaveAttribute('id', 'fig-bp-rise')
    expect(within(figure).getByText(data.caption)).toBeInTheDocument()
    const images = within(figure).getAllByRole('img')
    expect(images.map((i) => i.getAttribute('aria-label'))).toEqual([
      'Spravato: a picture of 100 people. 8 to 19 of them had a large rise in blood pressure in the first 90 minutes after a dose: 8 drawn solid, and 11 more drawn striped.',
      'Dummy spray (placebo): a picture of 100 people. 1 to 4 of them had a large rise in blood pressure in the first 90 minutes after a dose: 1 drawn solid, and 3 more drawn striped.',
    ])
    // The words under each picture, with the source's number.
    expect(figure).toHaveTextContent('8 to 19 in 100 (some people, not most)')
    expect(figure).toHaveTextContent('1 to 4 in 100 (few)')
    expect(within(figure).getAllByRole('link', { name: 'Reference 1' }).length).toBe(3)
  })

  it('draws the low end solid and the rest of the range striped, from one shape used 100 times', () => {
    const data = loadFigure('bp-rise')
    const { container } = render(<IconArray name="bp-rise" data={data} numbers={numbered(data)} locale="en" />)
    const [spravato, dummy] = screen.getAllByRole('img')
    expect(drawn(spravato!)).toEqual({ total: 100, solid: 8, striped: 11, outline: 81 })
    expect(drawn(dummy!)).toEqual({ total: 100, solid: 1, striped: 3, outline: 96 })
    // One <symbol> for the person; no other copies of its shape.
    expect(container.querySelectorAll('symbol')).toHaveLength(1)
    expect(container.querySelectorAll('path')).toHaveLength(1)
    const symbol = container.querySelector('symbol')!.id
    expect([...container.querySelectorAll('use')].every((u) => u.getAttribute('href') === `#${symbol}`)).toBe(true)
    // The shared shapes are not announced; the pictures' parts are not separate items.
    expect(container.querySelector('symbol')!.closest('svg')).toHaveAttribute('aria-hidden', 'true')
    for (const img of screen.getAllByRole('img')) expect(img.tagName.toLowerCase()).toBe('svg')
  })

  it('has a key in words for the three ways a person is drawn (not colour alone)', () => {
    const data = loadFigure('bp-rise')
    render(<IconArray name="bp-rise" data={data} numbers={numbered(data)} locale="en" />)
    const key = screen.getByText('How to read the picture').nextElementSibling!
    expect([...key.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Solid: the lowest number in the trials',
      'Striped: more people, up to the highest number in the trials',
      'Outline: people who did not have it',
    ])
    for (const swatch of key.querySelectorAll('svg')) expect(swatch).toHaveAttribute('aria-hidden', 'true')
  })

  it('in Spanish, with the same numbers', () => {
    const data = es('bp-rise')
    render(<IconArray name="bp-rise" data={data} numbers={numbered(data)} locale="es" />)
    expect(screen.getAllByRole('img')[0]).toHaveAttribute(
      'aria-label',
      'Spravato: dibujo de 100 personas. Entre 8 y 19 de ellas tuvieron una subida grande de la presión arterial en los primeros 90 minutos después de una dosis: 8 en figuras llenas y 11 más en figuras rayadas.',
    )
    expect(screen.getByRole('figure')).toHaveTextContent('Entre 1 y 4 de cada 100 (pocas personas)')
    expect(screen.getByText('Cómo leer el dibujo')).toBeInTheDocument()
  })
})

describe('sedation: one icon array and the rare outcome in words', () => {
  it('states about half, the numbers, and the 3 or 4 in 1,000 who lost consciousness (not drawn)', () => {
    const data = loadFigure('sedation')
    render(<IconArray name="sedation" data={data} numbers={numbered(data)} locale="en" />)
    const [img, ...others] = screen.getAllByRole('img')
    expect(others).toEqual([])
    expect(img).toHaveAttribute(
      'aria-label',
      'Spravato: a picture of 100 people. 48 to 61 of them felt deeply sleepy (sedated): 48 drawn solid, and 13 more drawn striped.',
    )
    expect(drawn(img!)).toEqual({ total: 100, solid: 48, striped: 13, outline: 39 })
    const figure = screen.getByRole('figure')
    expect(figure).toHaveTextContent('48 to 61 in 100 (about half)')
    expect(figure).toHaveTextContent('about 3 or 4 in 1,000 people lost consciousness for a short time')
    // Its own ids: on the same page as bp-rise, no shape or pattern id is shared.
    expect(figure.querySelector('symbol')).toHaveAttribute('id', 'fig-sedation-person')
    expect(figure.querySelector('pattern')).toHaveAttribute('id', 'fig-sedation-stripes')
  })

  it('a single number (no range) has no striped people and no striped key', () => {
    const data: FigureData<'sedation'> = { ...loadFigure('sedation'), groups: [{ name: 'X', low: 5, high: 5, words: '5 in 100', sources: ['spravato-pi'] }] }
    render(<IconArray name="sedation" data={data} numbers={numbered(data)} locale="en" />)
    expect(drawn(screen.getByRole('img'))).toEqual({ total: 100, solid: 5, striped: 0, outline: 95 })
    expect(screen.getByRole('img')).toHaveAttribute('aria-label', 'X: a picture of 100 people. 5 of them felt deeply sleepy (sedated): 5 drawn solid.')
    expect(screen.queryByText(/^Striped/)).toBeNull()
  })
})

describe('get-help: three cards, most urgent first', () => {
  it("names each card by its urgency in words, lists the safety page's signs, and makes 911 a call link", () => {
    const data = loadFigure('get-help')
    render(<GetHelp data={data} numbers={numbered(data)} locale="en" />)
    const figure = screen.getByRole('figure', { name: data.title })
    const cards = within(figure).getAllByRole('region')
    expect(cards.map((c) => c.getAttribute('aria-label'))).toEqual([
      'Emergency: Call 911 now',
      'Urgent: Call your care team today',
      'Not urgent: Tell them at your next visit',
    ])
    const call = within(cards[0]!)
      .getAllByRole('link')
      .find((a) => a.textContent === '911')
    expect(call).toHaveAttribute('href', 'tel:911')
    data.levels.forEach((level, i) => {
      const items = within(cards[i]!).getAllByRole('listitem')
      expect(items.map((li) => li.textContent?.replace(/\[\d+\]$/, ''))).toEqual(level.items.map((item) => item.text))
    })
    // A sign's source number stays on the line of its last word.
    const chest = within(cards[0]!)
      .getByText(/^Chest pain/)
      .closest('li')!
    expect(chest.querySelector('.cite-glue')).toHaveTextContent(/^breath\[1\]$/)
    // The drawings are decoration beside the words.
    for (const svg of figure.querySelectorAll('svg')) expect(svg).toHaveAttribute('aria-hidden', 'true')
    expect(cards[0]!.querySelectorAll('li svg')).toHaveLength(9)
    // The crisis line: 988 and 911 are call links, named by their digits (lib/crisis.mjs, CrisisText).
    expect(within(figure).getByRole('link', { name: '988' })).toHaveAttribute('href', 'tel:988')
    expect(
      within(figure)
        .getAllByRole('link', { name: '911' })
        .map((a) => a.getAttribute('href')),
    ).toEqual(['tel:911', 'tel:911'])
  })

  it('in Spanish, with the titles of the Spanish safety page', () => {
    const data = es('get-help')
    render(<GetHelp data={data} numbers={numbered(data)} locale="es" />)
    const cards = screen.getAllByRole('region')
    expect(cards.map((c) => c.getAttribute('aria-label'))).toEqual([
      'Emergencia: Llame al 911 ahora',
      'Urgente: Llame hoy a su equipo de atención',
      'No es urgente: Menciónelo en su próxima visita',
    ])
    expect(
      within(cards[0]!)
        .getAllByRole('link')
        .find((a) => a.textContent === '911'),
    ).toHaveAttribute('href', 'tel:911')
    expect(screen.getByRole('link', { name: '988' })).toHaveAttribute('href', 'tel:988')
  })
})
