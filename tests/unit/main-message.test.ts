import type { Root } from 'mdast'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { remarkPlugins } from '@/lib/mdx/pipeline.mjs'

/** Runs the article pipeline (problems collected, not thrown) on an MDX source. */
function run(source: string) {
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(
      remarkPlugins({
        references: ['a2020', 'b2021'],
        terms: [],
        figures: [],
        keyPoints: null,
        collect: true,
      }),
    )
  const file = new VFile({ path: 'content/en/articles/x.mdx', value: source })
  const tree = processor.runSync(processor.parse(file), file) as Root
  return { tree, messages: file.messages }
}

const body = ['<KeyPoints>', '', '- One.<Cite id="b2021" />', '', '</KeyPoints>', '', '## A section', '', 'Text.<Cite id="a2020" />', ''].join('\n')

describe('the main message (frontmatter mainMessage)', () => {
  it('opens the body, before the key points, and its sources are numbered first', () => {
    const { tree, messages } = run(['---', 'title: X', 'mainMessage: Ask first. Then act.', 'mainMessageCite: a2020', '---', '', body].join('\n'))
    expect(messages).toEqual([])
    const [yaml, main, keyPoints] = tree.children
    expect(yaml!.type).toBe('yaml')
    expect(main).toMatchObject({ type: 'mdxJsxFlowElement', name: 'MainMessage' })
    expect(keyPoints).toMatchObject({ type: 'mdxJsxFlowElement', name: 'KeyPoints' })
    // Its words, and its citation numbered by remark-citations: a2020 is reference 1 (first used
    // here, before the key points' b2021). The glue plugin may wrap the last word with the marker.
    const json = JSON.stringify(main)
    expect(json).toContain('Ask first. Then')
    expect(json).toContain('act.')
    expect(json).toMatch(/"name":"Cite".*\{\\"id\\":\\"a2020\\",\\"n\\":1\}|"id":"a2020","n":1/)
  })

  it('reports an unknown source at the mainMessageCite line of the file, with the closest id', () => {
    const { messages } = run(['---', 'title: X', 'mainMessage: Ask first.', 'mainMessageCite: a2020 b2012', '---', '', body].join('\n'))
    expect(messages.map((m) => [m.line, m.reason])).toEqual([[4, 'Unknown citation id "b2012".']])
    expect(String(messages[0]!.note ?? '')).toMatch(/Did you mean "b2021"\?/)
  })

  it('leaves an article without one unchanged (the frontmatter check requires it and says so)', () => {
    const { tree } = run(['---', 'title: X', '---', '', body].join('\n'))
    expect(tree.children[1]).toMatchObject({ name: 'KeyPoints' })
  })
})
