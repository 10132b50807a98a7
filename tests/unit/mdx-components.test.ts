// @vitest-environment node
import type { Root } from 'mdast'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import { describe, expect, it } from 'vitest'
import { mdxComponents } from '@/components/mdx'
import { remarkPlugins } from '@/lib/mdx/pipeline.mjs'
import { VOCABULARY } from '@/lib/mdx/vocabulary.mjs'

// Two lists that must say the same thing in two places: what writers may write (the vocabulary the
// remark check enforces, plus what the pipeline writes itself) against what renders it (the map).

/** The component names the pipeline itself writes into an article (citations, terms, crisis numbers, the pages). */
function generatedComponents(): string[] {
  const source = [
    '---',
    'mainMessage: Call first.',
    'mainMessageCite: a2020',
    '---',
    '',
    '<KeyPoints>',
    '',
    '- One.',
    '',
    '</KeyPoints>',
    '',
    '## A section',
    '',
    'A fact.<Cite id="a2020" /> A <Term id="ketamine">word</Term>. Call 988.',
    '',
  ].join('\n')
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkPlugins({ references: ['a2020'], terms: ['ketamine'], figures: [], keyPoints: null, collect: true, pages: true }))
  const tree = processor.runSync(processor.parse(source)) as Root
  const names = new Set<string>()
  visit(tree, (node) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && /^[A-Z]/.test(node.name)) names.add(node.name)
  })
  return [...names].filter((name) => !(name in VOCABULARY)).sort()
}

describe('the MDX vocabulary and the component map', () => {
  const map = mdxComponents({ locale: 'en', references: new Map(), glossary: [] })

  it('every component writers may use has a component that renders it', () => {
    for (const name of Object.keys(VOCABULARY)) expect(map[name], name).toBeTypeOf('function')
  })

  it('the map holds nothing else but what the pipeline writes itself, and HTML element overrides', () => {
    const generated = generatedComponents()
    expect(generated).toEqual(['Article', 'CrisisNumber', 'MainMessage', 'References', 'Section', 'TermDefinitions'])
    const components = Object.keys(map).filter((key) => /^[A-Z]/.test(key))
    expect(components.sort()).toEqual([...Object.keys(VOCABULARY), ...generated].sort())
    // Lower-case keys replace HTML elements (h2, h3, table), never a component of the vocabulary.
    for (const key of Object.keys(map).filter((k) => /^[a-z]/.test(k))) expect(key).toMatch(/^(?:h[1-6]|table|a|p|ul|ol|li|img|blockquote|code|pre)$/)
  })
})
