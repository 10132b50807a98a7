// A translator's quick check: npm run translation:compare -- <slug>
/* eslint-disable @typescript-eslint/no-explicit-any -- a quick writer's tool walking loosely typed MDX nodes */
// Compares content/es/articles/<slug>.mdx with content/en/articles/<slug>.mdx: heading ids (order and
// depth), Cite ids per section, Term ids, component counts, internal links; prints Fernández-Huerta.
import { readFileSync } from 'node:fs'
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkMdx from 'remark-mdx'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import { visit } from 'unist-util-visit'
import GithubSlugger from 'github-slugger'
import { toString } from 'mdast-util-to-string'
import { measure } from '../lib/readability'

const slug = process.argv[2]
const parse = (f: string) => unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']).use(remarkGfm).parse(readFileSync(f, 'utf8'))
function facts(file: string) {
  const tree = parse(file) as any
  const headings: string[] = []
  const cites: Record<string, string[]> = {}
  const terms = new Set<string>()
  const comps: Record<string, number> = {}
  const links: string[] = []
  let section = '_intro'
  const slugger = new GithubSlugger()
  visit(tree, (node: any) => {
    if (node.type === 'heading') {
      const raw = readFileSync(file, 'utf8').slice(node.position.start.offset, node.position.end.offset)
      const m = raw.match(/\{\/\*\s*([a-z0-9-]+)\s*\*\/\}/)
      // Unpinned English headings get the slug the site gives them; Spanish ones must be pinned.
      const id = m?.[1] ? m[1] : file.includes('/es/') ? '(no pinned id)' : slugger.slug(toString(node))
      headings.push(`${'#'.repeat(node.depth)} ${id}`)
      if (node.depth === 2) section = id
    }
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      comps[node.name] = (comps[node.name] ?? 0) + 1
      const idAttr = node.attributes?.find((a: any) => a.name === 'id')?.value
      if (node.name === 'Cite' && typeof idAttr === 'string') (cites[section] ??= []).push(...idAttr.split(/\s+/))
      if (node.name === 'Term' && typeof idAttr === 'string') terms.add(idAttr)
    }
    if (node.type === 'link' && node.url.startsWith('/')) links.push(node.url)
  })
  return { headings, cites, terms, comps, links }
}
const en = facts(`content/en/articles/${slug}.mdx`)
const es = facts(`content/es/articles/${slug}.mdx`)
let problems = 0
const say = (s: string) => {
  problems++
  console.log('DIFF', s)
}
if (en.headings.join('|') !== es.headings.join('|')) say(`headings differ:\n  en: ${en.headings.join(', ')}\n  es: ${es.headings.join(', ')}`)
for (const sec of new Set([...Object.keys(en.cites), ...Object.keys(es.cites)])) {
  // The Spanish crisis boxes add 988's Spanish options, with their own source.
  const a = [...new Set(en.cites[sec] ?? [])].sort().join(' '),
    b = [...new Set(es.cites[sec] ?? [])]
      .filter((id) => id !== 'lifeline988-expect')
      .sort()
      .join(' ')
  if (a !== b) say(`section ${sec}: cited sources differ\n  en: ${a}\n  es: ${b}`)
}
const ta = [...en.terms].sort().join(' '),
  tb = [...es.terms].sort().join(' ')
if (ta !== tb) say(`Term ids differ\n  en: ${ta}\n  es: ${tb}`)
for (const c of new Set([...Object.keys(en.comps), ...Object.keys(es.comps)]))
  if (c !== 'Cite' && c !== 'Term' && en.comps[c] !== es.comps[c]) say(`<${c}> count: en ${en.comps[c] ?? 0}, es ${es.comps[c] ?? 0}`)
for (const l of es.links) if (!l.startsWith('/es/') && l !== '/es') say(`internal link without /es prefix: ${l}`)
const r = measure(readFileSync(`content/es/articles/${slug}.mdx`, 'utf8'), 'es')
const e = measure(readFileSync(`content/en/articles/${slug}.mdx`, 'utf8'))
console.log(`es: ${r.words} words (en ${e.words}), ${r.wordsPerSentence} words/sentence, Fernández-Huerta ${r.fernandezHuerta} (needs >= 70)`)
for (const s of r.longSentences) console.log(`  long: ${s}`)
console.log(problems ? `${problems} difference(s)` : 'structure matches the English')
