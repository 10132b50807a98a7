// A translator's quick check: npm run translation:compare -- <slug> [locale] (every translated language when none is given)
/* eslint-disable @typescript-eslint/no-explicit-any -- a quick writer's tool walking loosely typed MDX nodes */
// Compares content/<locale>/articles/<slug>.mdx with the English content/en/articles/<slug>.mdx: heading
// ids (order and depth), Cite ids per section, Term ids, component counts, internal links; prints the
// language's reading score (its formula and limit: lib/i18n/locales.ts, content/settings.yaml).
import { readFileSync } from 'node:fs'
import { visit } from 'unist-util-visit'
import GithubSlugger from 'github-slugger'
import { toString } from 'mdast-util-to-string'
import { DEFAULT_LOCALE, LOCALES, LOCALE_INFO, isLocale, localePath, type Locale } from '../lib/i18n/locales'
import { parseArticleSource } from '../lib/content/article-source'
import { articlesDir } from '../lib/content/articles'
import { measure } from '../lib/content/readability'
import { FORMULAS } from '../lib/content/readability-formulas'
import { getSettings } from '../lib/content/settings'

const [slug, only] = process.argv.slice(2)
if (!slug || (only !== undefined && (!isLocale(only) || only === DEFAULT_LOCALE))) {
  console.error('usage: npm run translation:compare -- <slug> [locale]')
  process.exit(2)
}
const parse = (f: string) => parseArticleSource(readFileSync(f, 'utf8'))
function facts(file: string, pinnedOnly: boolean) {
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
      // Unpinned English headings get the slug the site gives them; translated ones must be pinned.
      const id = m?.[1] ? m[1] : pinnedOnly ? '(no pinned id)' : slugger.slug(toString(node))
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
const en = facts(`${articlesDir(DEFAULT_LOCALE)}/${slug}.mdx`, false)
const e = measure(readFileSync(`${articlesDir(DEFAULT_LOCALE)}/${slug}.mdx`, 'utf8'))
let problems = 0
for (const locale of LOCALES.filter((l): l is Locale => l !== DEFAULT_LOCALE && (only === undefined || l === only))) {
  const file = `${articlesDir(locale)}/${slug}.mdx`
  const tr = facts(file, true)
  const say = (s: string) => {
    problems++
    console.log(`DIFF (${locale})`, s)
  }
  if (en.headings.join('|') !== tr.headings.join('|')) say(`headings differ:\n  en: ${en.headings.join(', ')}\n  ${locale}: ${tr.headings.join(', ')}`)
  for (const sec of new Set([...Object.keys(en.cites), ...Object.keys(tr.cites)])) {
    // A translation's crisis boxes may add the crisis line's options in that language, with their own source.
    const own = new Set(
      Object.values(tr.cites)
        .flat()
        .filter((id) => !Object.values(en.cites).flat().includes(id)),
    )
    const a = [...new Set(en.cites[sec] ?? [])].sort().join(' '),
      b = [...new Set(tr.cites[sec] ?? [])]
        .filter((id) => !own.has(id))
        .sort()
        .join(' ')
    if (a !== b) say(`section ${sec}: cited sources differ\n  en: ${a}\n  ${locale}: ${b}`)
  }
  const ta = [...en.terms].sort().join(' '),
    tb = [...tr.terms].sort().join(' ')
  if (ta !== tb) say(`Term ids differ\n  en: ${ta}\n  ${locale}: ${tb}`)
  for (const c of new Set([...Object.keys(en.comps), ...Object.keys(tr.comps)]))
    if (c !== 'Cite' && c !== 'Term' && en.comps[c] !== tr.comps[c]) say(`<${c}> count: en ${en.comps[c] ?? 0}, ${locale} ${tr.comps[c] ?? 0}`)
  const prefix = localePath(locale, '/')
  for (const l of tr.links) if (!l.startsWith(`${prefix}/`) && l !== prefix) say(`internal link without ${prefix} prefix: ${l}`)
  const formula = LOCALE_INFO[locale].readability.formula
  const limit = getSettings().readability[locale]
  const r = measure(readFileSync(file, 'utf8'), formula)
  const needs = limit?.min !== undefined ? ` (needs >= ${limit.min})` : limit?.max !== undefined ? ` (needs <= ${limit.max})` : ''
  console.log(`${locale}: ${r.words} words (en ${e.words}), ${r.wordsPerSentence} words/sentence, ${FORMULAS[formula].name} ${r.score}${needs}`)
  for (const s of r.longSentences) console.log(`  long: ${s}`)
}
console.log(problems ? `${problems} difference(s)` : 'structure matches the English')
