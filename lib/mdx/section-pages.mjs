// @ts-check
// Every "##" section's own page, cut from the checked article in the same compile as the article
// itself (lib/mdx/pipeline.mjs), so one MDX module holds every page of an article:
//
//   export const sections = { "<id>": { citations }, … }   (each section page's sources, for its JSON-LD)
//   <>
//     <Article>…the article…</Article>
//     <Section id="<id>">…that section's page…</Section>
//     …
//   </>
//
// The article page renders <Article> and no <Section>; a section page renders its own <Section>
// and nothing else (components/mdx: mdxComponents with `section`). Each part's blocks are
// separated as a document's top level is, so a part renders exactly the HTML it would as a
// document of its own.
import { VFile } from 'vfile'
import { valueToEstree } from 'estree-util-value-to-estree'
import { sectionRanges } from './remark-section.mjs'

/**
 * @typedef {import('mdast').Root} Root
 * @typedef {import('mdast').RootContent} Node
 * @typedef {{ id: string, children: Node[], citations: import('./data').CitationInfo[], lead?: import('./data').SectionLead }} SectionPage
 */

/**
 * The page of each "##" section of a checked article: a copy of the article run through
 * `pageProcessor(id)` (remark-section, then the steps that finish a page).
 * @param {Root} tree the article after the checks (remark-headings … remark-changes)
 * @param {import('vfile').VFile} file
 * @param {(id: string) => import('unified').Processor<any, any, any, any, any>} pageProcessor
 * @returns {SectionPage[]}
 */
export function sectionPages(tree, file, pageProcessor) {
  return sectionRanges(tree.children).flatMap((range) => {
    const id = tree.children[range.heading]?.data?.hProperties?.id
    if (typeof id !== 'string' || !id) return []
    const page = structuredClone(tree)
    // A scratch file holds the page's own data (its citations). Its problems are the article's
    // own, which the article's pass reports once.
    const scratch = new VFile({ path: file.path, value: file.value, data: { ...file.data } })
    pageProcessor(id).runSync(page, scratch)
    return [{ id, children: page.children, citations: scratch.data.citations ?? [], lead: scratch.data.sectionLead }]
  })
}

/**
 * Puts the finished article and its section pages into one tree (see the top of this file); each
 * page's sources and main message go on `file.data.sectionPages`.
 * @param {Root} tree the finished article
 * @param {import('vfile').VFile} file
 * @param {SectionPage[]} sections
 */
export function joinPages(tree, file, sections) {
  file.data.sectionPages = Object.fromEntries(sections.map((s) => [s.id, { citations: s.citations, lead: s.lead }]))
  const frontmatter = tree.children.filter((node) => node.type === 'yaml')
  const article = tree.children.filter((node) => node.type !== 'yaml')
  tree.children = [
    ...frontmatter,
    exportConst('sections', Object.fromEntries(sections.map((s) => [s.id, { citations: s.citations }]))),
    // A fragment with no line breaks: one page's part renders, the others render nothing.
    jsx(null, {}, [jsx('Article', {}, lines(article)), ...sections.map((s) => jsx('Section', { id: s.id }, lines(s.children)))]),
  ]
}

/**
 * The blocks of one section's page in a joined tree, without the line breaks between them (tests).
 * @param {Root} tree
 * @param {string} id
 * @returns {Node[] | undefined}
 */
export function sectionPart(tree, id) {
  const pages = tree.children.find((node) => node.type === 'mdxJsxFlowElement' && node.name === null)
  const part =
    pages?.type === 'mdxJsxFlowElement'
      ? pages.children.find(
          (node) => node.type === 'mdxJsxFlowElement' && node.name === 'Section' && node.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.value === id),
        )
      : undefined
  if (part?.type !== 'mdxJsxFlowElement') return undefined
  return /** @type {Node[]} */ (part.children.filter((node) => /** @type {import('mdast').Node} */ (node).type !== 'text'))
}

/** Nodes that render nothing where they stand. */
const SILENT = new Set(['yaml', 'toml', 'definition'])

/**
 * Blocks with a line break between each two, as at the top level of a document (mdast-util-to-hast
 * puts them there, but not inside a component): the HTML stays byte for byte what the blocks make
 * on their own.
 * @param {Node[]} blocks
 * @returns {Node[]}
 */
function lines(blocks) {
  /** @type {Node[]} */
  const out = []
  let shown = 0
  for (const block of blocks) {
    if (!SILENT.has(block.type) && shown++ > 0) out.push({ type: 'text', value: '\n' })
    out.push(block)
  }
  return out
}

/**
 * A JSX block (a fragment when `name` is null).
 * @param {string | null} name
 * @param {Record<string, string>} attributes
 * @param {Node[]} children
 * @returns {Node}
 */
function jsx(name, attributes, children) {
  return /** @type {Node} */ ({
    type: 'mdxJsxFlowElement',
    name,
    attributes: Object.entries(attributes).map(([key, value]) => ({ type: 'mdxJsxAttribute', name: key, value })),
    children,
  })
}

/**
 * `export const <name> = <value>` as an MDX ESM node (compiled from its estree).
 * @param {string} name
 * @param {unknown} value
 * @returns {Node}
 */
function exportConst(name, value) {
  return /** @type {Node} */ ({
    type: 'mdxjsEsm',
    value: `export const ${name} = ${JSON.stringify(value)}`,
    data: {
      estree: {
        type: 'Program',
        sourceType: 'module',
        comments: [],
        body: [
          {
            type: 'ExportNamedDeclaration',
            specifiers: [],
            source: null,
            attributes: [],
            declaration: {
              type: 'VariableDeclaration',
              kind: 'const',
              declarations: [{ type: 'VariableDeclarator', id: { type: 'Identifier', name }, init: valueToEstree(value) }],
            },
          },
        ],
      },
    },
  })
}
