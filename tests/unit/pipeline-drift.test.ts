// @vitest-environment node
import type { Root } from 'mdast'
import { isAbsolute } from 'node:path'
import { pathToFileURL } from 'node:url'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import { describe, expect, it, vi } from 'vitest'
import { mdxComponents } from '@/components/mdx'
import { remarkPluginSpecs, remarkPlugins } from '@/lib/mdx/pipeline.mjs'
import { VOCABULARY } from '@/lib/mdx/vocabulary.mjs'

// Two lists that must say the same thing in two places: what writers may write (the vocabulary the
// remark check enforces) against what renders it (the component map), and the plugins `next build`
// runs (names and paths, for Turbopack) against the plugins the content check and tests run.

/** The component names the pipeline itself writes into an article (citations, terms, crisis numbers). */
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
    .use(remarkPlugins({ references: ['a2020'], terms: ['ketamine'], figures: [], keyPoints: null, lockFile: '/nonexistent/lock.json', collect: true }))
  const tree = processor.runSync(processor.parse(source)) as Root
  const names = new Set<string>()
  visit(tree, (node) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && /^[A-Z]/.test(node.name)) names.add(node.name)
  })
  return [...names].filter((name) => !(name in VOCABULARY)).sort()
}

describe('the MDX vocabulary and the component map', () => {
  it('every component writers may use has a component that renders it', () => {
    for (const name of Object.keys(VOCABULARY)) expect(mdxComponents[name], name).toBeTypeOf('function')
  })

  it('the map holds nothing else but what the pipeline writes itself, and HTML element overrides', () => {
    const generated = generatedComponents()
    expect(generated).toEqual(['CrisisNumber', 'MainMessage', 'References', 'TermDefinitions'])
    const components = Object.keys(mdxComponents).filter((key) => /^[A-Z]/.test(key))
    expect(components.sort()).toEqual([...Object.keys(VOCABULARY), ...generated].sort())
    // Lower-case keys replace HTML elements (h2, h3, table), never a component of the vocabulary.
    for (const key of Object.keys(mdxComponents).filter((k) => /^[a-z]/.test(k))) expect(key).toMatch(/^(?:h[1-6]|table|a|p|ul|ol|li|img|blockquote|code|pre)$/)
  })
})

describe('remarkPluginSpecs (next build) and remarkPlugins() (content check, tests)', () => {
  /** The spec list as the plugin functions @next/mdx will import, each with its options. */
  async function resolvedSpecs() {
    return Promise.all(
      remarkPluginSpecs.map(async (spec) => {
        const [name, options] = Array.isArray(spec) ? spec : [spec, undefined]
        const mod = (await import(isAbsolute(name) ? pathToFileURL(name).href : name)) as { default: unknown }
        return { plugin: mod.default, options }
      }),
    )
  }

  it('are the same plugins in the same order', async () => {
    const specs = await resolvedSpecs()
    const functions = remarkPlugins().map((entry) => (Array.isArray(entry) ? entry[0] : entry))
    expect(specs.map((s) => s.plugin)).toEqual(functions)
    // The check leaves out only the final reporter, which turns problems into a failed build.
    expect(remarkPlugins({ collect: true })).toHaveLength(specs.length - 1)
  })

  it('with the same options by default (a spec can pass only JSON, so a default belongs in the plugin)', async () => {
    const specs = await resolvedSpecs()
    /** Options that are all undefined are no options. */
    const normalize = (options: unknown) => {
      if (!options || typeof options !== 'object' || Array.isArray(options)) return options
      const set = Object.entries(options).filter(([, v]) => v !== undefined)
      return set.length ? Object.fromEntries(set) : undefined
    }
    const options = remarkPlugins().map((entry) => normalize(Array.isArray(entry) ? entry[1] : undefined))
    expect(options).toEqual(specs.map((s) => s.options))
  })

  it('are what the MDX loader of next build receives from next.config.mjs', async () => {
    // `next build` with no bundler flag sets TURBOPACK=auto before it loads the config; @next/mdx
    // then adds its loader as a Turbopack rule.
    vi.stubEnv('TURBOPACK', 'auto')
    try {
      const { default: config } = (await import('../../next.config.mjs')) as { default: { turbopack?: { rules?: Record<string, unknown> } } }
      type Loader = { loader: string; options?: { remarkPlugins?: unknown } }
      const loaders = Object.values(config.turbopack?.rules ?? {})
        .flat()
        .flatMap((rule) => ((rule as { loaders?: Loader[] }).loaders ?? []) as Loader[])
      const mdx = loaders.filter((l) => /[\\/]@next[\\/]mdx[\\/]/.test(l.loader))
      expect(mdx).toHaveLength(1)
      expect(mdx[0]!.options?.remarkPlugins).toEqual(remarkPluginSpecs)
    } finally {
      vi.unstubAllEnvs()
    }
  })
})
