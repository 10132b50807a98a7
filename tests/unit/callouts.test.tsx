// @vitest-environment happy-dom
import { render, screen, within } from '@testing-library/react'
import { resolve } from 'node:path'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { Callout } from '@/components/mdx/Callout'
import { H3 } from '@/components/mdx/Heading'
import { dictionary } from '@/lib/i18n'
import { PAGE_IDS, calloutsOf, titleSlug } from '@/lib/mdx/headings.mjs'
import { isJsx, literalAttribute } from '@/lib/mdx/jsx.mjs'
import { remarkPlugins } from '@/lib/mdx/pipeline.mjs'

describe('a callout heading', () => {
  it('has an id from its title and the self-link and copy button of every heading, in the same markup', () => {
    const { container } = render(
      <Callout type="emergency" title="Call 911 now if" locale="en">
        <p>You have chest pain.</p>
      </Callout>,
    )
    const heading = screen.getByRole('heading', { level: 3 })
    expect(heading).toHaveAttribute('id', 'call-911-now-if')
    expect(screen.getByRole('region')).toHaveAttribute('aria-labelledby', 'call-911-now-if')
    expect(screen.getByRole('link', { name: 'Link to section: Call 911 now if' })).toHaveAttribute('href', '#call-911-now-if')
    const copy = screen.getByRole('button', { name: 'Copy link to section: Call 911 now if' })
    expect(copy).toHaveAttribute('data-copy-link', 'call-911-now-if')
    expect(copy).toHaveAttribute('data-heading', 'Call 911 now if')
    // The markup of an article's h3 (components/mdx/Heading.tsx): .heading-wrap > h3 + .heading-tools.
    const { container: ordinary } = render(
      <H3 id="call-911-now-if" data-heading="Call 911 now if" locale="en">
        Call 911 now if
      </H3>,
    )
    const shape = (root: Element) => {
      const wrap = root.querySelector('.heading-wrap')!
      return [...wrap.children].map((c) => `${c.tagName.toLowerCase()}.${c.className}`).join(' + ') + ' | ' + wrap.querySelector('.heading-tools')!.innerHTML
    }
    expect(shape(container)).toBe(shape(ordinary).replace('h3.', 'h3.not-prose my-0 text-ink'))
  })

  it('takes an explicit id, and without a title is named by its severity words with its type as id', () => {
    render(
      <>
        <Callout type="warning" title="Do not drive" id="driving-warning" locale="en">
          <p>Body.</p>
        </Callout>
        <Callout type="call-today" locale="en">
          <p>Body.</p>
        </Callout>
      </>,
    )
    const [pinned, bare] = screen.getAllByRole('heading', { level: 3 })
    expect(pinned).toHaveAttribute('id', 'driving-warning')
    expect(bare).toHaveAttribute('id', 'call-today')
    expect(screen.getByRole('link', { name: 'Link to section: Urgent: call your care team today' })).toHaveAttribute('href', '#call-today')
  })

  it('slugs titles in either language to plain lower-case words joined by hyphens', () => {
    expect(titleSlug('Si está pensando en el suicidio')).toBe('si-esta-pensando-en-el-suicidio')
    expect(titleSlug('Menciónelo en su próxima visita')).toBe('mencionelo-en-su-proxima-visita')
    expect(titleSlug('Thoughts of suicide: call or text 988 now')).toBe('thoughts-of-suicide-call-or-text-988-now')
    expect(titleSlug('¿Qué pasa — después?')).toBe('que-pasa-despues')
  })
})

describe('a crisis callout', () => {
  it.each([
    [
      'en',
      'Help is available',
      [
        ['Call 988', 'tel:988'],
        ['Text 988', 'sms:988'],
      ],
    ],
    [
      'es',
      'Hay ayuda disponible',
      [
        ['Llamar al 988', 'tel:988'],
        ['Enviar un mensaje de texto al 988', 'sms:988?&body=AYUDA'],
      ],
    ],
  ] as const)('%s: ends with the action row, though the writer wrote only the sentence', (locale, severity, actions) => {
    render(
      <Callout type="crisis" title="Title" locale={locale}>
        <p>Call or text 988.</p>
      </Callout>,
    )
    const region = screen.getByRole('region', { name: new RegExp(`^${severity} ?: Title$`) })
    const row = region.querySelector('ul.crisis-actions')
    expect(row, 'the action row').not.toBeNull()
    expect(region.lastElementChild).toBe(row)
    const links = within(row as HTMLElement).getAllByRole('link')
    expect(links.map((a) => [a.textContent!.replace(/\u00a0/g, ' '), a.getAttribute('href')])).toEqual(actions)
    for (const link of links) expect(link).toHaveAccessibleName(link.textContent!)
  })

  it('other callouts have no action row', () => {
    render(
      <Callout type="emergency" title="Call 911 now if" locale="en">
        <p>Body.</p>
      </Callout>,
    )
    expect(document.querySelector('.crisis-actions')).toBeNull()
  })
})

const article = (body: string) => ['<KeyPoints>', '', '- One.', '', '</KeyPoints>', '', body, ''].join('\n')

/**
 * Runs the article pipeline on an article's source; returns the callouts' ids and the heading-id
 * problems. `english`: for a translation, the English article's body (its callouts' ids are given
 * to the pipeline as the build gives them, lib/mdx/options.ts).
 */
function pipeline(body: string, path = 'content/en/articles/example.mdx', english?: string) {
  const file = new VFile({ path, value: article(body) })
  const translatedCallouts = english ? { [resolve(path)]: calloutsOf(article(english))! } : {}
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkPlugins({ references: [], terms: [], figures: [], keyPoints: null, translatedCallouts, collect: true }))
  const tree = processor.runSync(processor.parse(file), file)
  const ids: (string | null | undefined)[] = []
  visit(tree, (node) => {
    if (isJsx(node, 'Callout')) ids.push(literalAttribute(node, 'id'))
  })
  const problems = file.messages.filter((m) => m.ruleId === 'heading-id').map((m) => `${m.line}: ${m.reason} fix: ${m.note}`)
  return { ids, problems }
}

const box = (attributes: string) => `<Callout ${attributes}>\n\nText.\n\n</Callout>\n`

describe('callout ids in an article (remark-headings)', () => {
  it('come from the titles, or the writer’s id, unique on the page', () => {
    const { ids, problems } = pipeline(
      [
        '## Safety {/*safety*/}',
        '',
        box('type="crisis" title="If you are thinking about suicide"'),
        box('type="emergency" title="Call 911 now if" id="call-911"'),
        box('type="note"'),
      ].join('\n'),
    )
    expect(problems).toEqual([])
    expect(ids).toEqual(['if-you-are-thinking-about-suicide', 'call-911', 'note'])
  })

  it('refuse a duplicate, naming the other line and the fix, never adding a silent suffix', () => {
    const { problems } = pipeline(['## Safety {/*safety*/}', '', box('type="crisis" title="Get help"'), box('type="crisis" title="Get help!"')].join('\n'))
    expect(problems).toEqual([
      '15: Duplicate callout id "get-help" (the callout on line 9 has it too). fix: give one of the callouts its own id, for example <Callout … id="get-help-box">, and keep "get-help" on the one that links were shared to.',
    ])
  })

  it('refuse an id that a section or the page itself already has', () => {
    const { problems } = pipeline(
      [
        '## Get help {/*help*/}',
        '',
        box('type="note" title="Help"'),
        box('type="note" title="Key points"'),
        box('type="note" id="references"'),
        box('type="note" title="Ref 1"'),
      ].join('\n'),
    )
    expect(problems).toEqual([
      '9: Callout id "help" is already taken by the heading "## Get help" on line 7. fix: give the callout its own id, for example <Callout … id="help-box">.',
      '15: Callout id "key-points" is already taken by a part of the page itself (the key points, the references, a citation or a figure). fix: give the callout its own id, for example <Callout … id="key-points-box">.',
      '21: Callout id "references" is already taken by a part of the page itself (the key points, the references, a citation or a figure). fix: give the callout its own id, for example <Callout … id="references-box">.',
      '27: Callout id "ref-1" is already taken by a part of the page itself (the key points, the references, a citation or a figure). fix: give the callout its own id, for example <Callout … id="ref-1-box">.',
    ])
  })

  it('refuse an explicit id that is not lower-case words joined by hyphens', () => {
    expect(pipeline(box('type="note" id="Call Now"')).problems).toEqual(['7: Callout id "Call Now" is not valid. fix: write id="call-now".'])
  })

  it('on a translation, are the English article’s ids, in order, as its section ids are', () => {
    const english = [box('type="crisis" title="If you are thinking about suicide"'), box('type="emergency" title="Call 911 now if" id="call-911"')].join('\n')
    const spanish = [box('type="crisis" title="Si está pensando en el suicidio"'), box('type="emergency" title="Llame al 911 ahora si"')].join('\n')
    expect(pipeline(spanish, 'content/es/articles/x.mdx', english)).toEqual({ ids: ['if-you-are-thinking-about-suicide', 'call-911'], problems: [] })
    // A translation whose boxes differ from the English (another type, one more or less) keeps its own titles' ids.
    const other = [box('type="crisis" title="Si está pensando en el suicidio"'), box('type="warning" title="Atención"')].join('\n')
    expect(pipeline(other, 'content/es/articles/x.mdx', english).ids).toEqual(['si-esta-pensando-en-el-suicidio', 'atencion'])
    // The English article itself is given no other article's ids.
    expect(pipeline(english).ids).toEqual(['if-you-are-thinking-about-suicide', 'call-911'])
  })

  it("keep off the ids the pages give their own parts, the 'About this page' box included", () => {
    // The box's id is its English title's slug on every edition, as section ids are.
    expect(PAGE_IDS).toContain(titleSlug(dictionary('en').article.about))
    expect(PAGE_IDS).toEqual(expect.arrayContaining(['key-points', 'questions-to-ask', 'references', 'references-heading', 'crisis-help', 'section-title']))
  })
})
