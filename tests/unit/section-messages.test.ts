// @vitest-environment node
// Issue 24: a section page opens with a main message, from frontmatter `sectionMessages` or the
// section's opening paragraph. The schema, the checks (file, line, fix), the fallback, its place on
// the page, the translation rule and the freshness hash.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Paragraph, Root, RootContent } from 'mdast'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import { VFile } from 'vfile'
import { afterAll, describe, expect, it } from 'vitest'
import { analyzeArticleSource } from '@/lib/content/analysis'
import { loadArticles } from '@/lib/content/articles'
import { ProblemLog } from '@/lib/content/problem-log'
import { checkContent } from '@/lib/content/check'
import { remarkPlugins } from '@/lib/mdx/pipeline.mjs'
import { sectionPart } from '@/lib/mdx/section-pages.mjs'
import { LEAD_MAX_CHARS, leadSentences, plainText, splitParagraph } from '@/lib/mdx/section-message.mjs'
import { displayPath } from '@/lib/content/files.mjs'
import { sectionHashes, stampTranslation } from '@/lib/content/freshness'

const temps: string[] = []
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })))
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(path.join(tmpdir(), prefix))
  temps.push(dir)
  return dir
}

const FIELDS = [
  'title: Test',
  'navTitle: Test',
  'description: A test article.',
  'mainMessage: Ask your care team first.',
  'order: 1',
  'reviewedBy: { team: Editorial team, role: Editorial review, date: 2026-01-01, conflicts: None. }',
]
const DATES = ['lastReviewed: 2026-11-21', 'nextReview: 2027-11-20']

/** Loads one article with these frontmatter lines (after the usual fields) and returns its problems. */
function frontmatterProblems(lines: string[]) {
  const dir = tempDir('sm-')
  mkdirSync(path.join(dir, 'articles'))
  writeFileSync(path.join(dir, 'articles', 'test.mdx'), ['---', ...FIELDS, ...lines, ...DATES, '---', '', 'Text.', ''].join('\n'))
  const log = new ProblemLog()
  loadArticles(path.join(dir, 'articles'), { log, settings: null })
  return log.messages
}

describe('sectionMessages in the frontmatter schema', () => {
  // The frontmatter starts on line 2; FIELDS fill lines 2-7, so sectionMessages: is line 8.
  it('accepts a message with sources, and a message alone', () => {
    expect(
      frontmatterProblems([
        'sectionMessages:',
        '  dose:',
        '    message: Take it as told. Ask first.',
        '    cite: a2020 b2021',
        '  other:',
        '    message: Rest.',
      ]),
    ).toEqual([])
  })

  it('refuses more than three sentences, at the message line, with the fix', () => {
    const [problem, ...more] = frontmatterProblems(['sectionMessages:', '  dose:', '    message: One. Two. Three. Four.'])
    expect(more).toEqual([])
    expect(problem!.reason).toBe(
      'sectionMessages.dose.message: expected one to three sentences, got 4: keep what the reader most needs to know or do, and leave the rest to the section.',
    )
    expect(problem!.line).toBe(10)
    expect(problem!.file).toBe(displayPath(path.join(temps.at(-1)!, 'articles', 'test.mdx')))
    expect(problem!.note).toBe('change sectionMessages.dose.message to one to three sentences.')
  })

  it('refuses an empty message (no sentence at all) and a missing one', () => {
    const [empty] = frontmatterProblems(['sectionMessages:', '  dose:', '    message: "  "'])
    expect(empty!.reason).toBe('sectionMessages.dose.message: expected a section message: one to three plain sentences, got an empty string.')
    expect(empty!.line).toBe(10)
    const [missing] = frontmatterProblems(['sectionMessages:', '  dose:', '    cite: a2020'])
    expect(missing!.reason).toMatch(/^sectionMessages\.dose\.message: is required; expected a section message/)
    expect(missing!.line).toBe(9)
    expect(missing!.note).toBe('add sectionMessages.dose.message (a section message: one to three plain sentences).')
  })

  it('explains the shape when a message is written straight after the id, and refuses ids written as a list', () => {
    const [flat] = frontmatterProblems(['sectionMessages:', '  dose: Take it as told.'])
    expect(flat!.reason).toBe(
      'sectionMessages.dose: expected "message:" (and "cite:" for its sources) on the lines under the section id, got \'Take it as told.\'.',
    )
    expect(flat!.line).toBe(9)
    const [cite] = frontmatterProblems(['sectionMessages:', '  dose:', '    message: Rest.', '    cite: a2020, b2021'])
    expect(cite!.reason).toBe('sectionMessages.dose.cite: expected reference ids separated by spaces, like "spravato-pi popova2019".')
    expect(cite!.line).toBe(11)
  })
})

/** An article with two sections, a "###" and a questions box, for the pipeline. */
const BODY = [
  '<KeyPoints>',
  '',
  '- One.',
  '',
  '</KeyPoints>',
  '',
  '## Is it safe? {/*safe*/}',
  '',
  'Yes, mostly.<Cite id="a2020" /> Most effects pass within an hour and a half. Some people feel sleepy, so plan to rest. Call your team if you feel worse.<Cite id="b2021" />',
  '',
  'More text.',
  '',
  '### Who is at risk {/*risk*/}',
  '',
  'Text.',
  '',
  '## How long does it last? {/*last*/}',
  '',
  '<Evidence level="early-research" />',
  '',
  'It lasts days.<Cite id="b2021" /> Nobody knows for sure.',
  '',
  '## What should I ask? {/*ask*/}',
  '',
  '- Ask this.',
  '- And that.',
  '',
]

const KNOWN = { references: ['a2020', 'b2021'], terms: [] as string[], figures: [] as string[], keyPoints: null, collect: true }

/** Runs the article pipeline (problems collected) on a source; `section`: that section's page, cut from the article in the same run. */
function run(frontmatter: string[], { section, redirects }: { section?: string; redirects?: Record<string, Record<string, string>> } = {}) {
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkPlugins({ ...KNOWN, redirects, pages: section !== undefined }))
  const file = new VFile({ path: 'content/en/articles/x.mdx', value: ['---', 'title: X', ...frontmatter, '---', '', ...BODY].join('\n') })
  const tree = processor.runSync(processor.parse(file), file) as Root
  const page: Root = section ? { type: 'root', children: sectionPart(tree, section)! } : tree
  return { tree: page, file, messages: file.messages, lead: section ? file.data.sectionPages?.[section]?.lead : undefined }
}

const ASK = ['sectionMessages:', '  ask:', '    message: Take these questions with you.']

describe('the section-message checks (file, line, fix)', () => {
  it('asks for a message for a section that opens with something other than a paragraph, at its heading', () => {
    const { messages } = run([])
    expect(messages.map((m) => [m.line, m.reason])).toEqual([
      [27, 'The section "ask" opens with a list, not a paragraph: its page has no opening words to show as its main message.'],
    ])
    expect(messages[0]!.file).toBe('content/en/articles/x.mdx')
    expect(String(messages[0]!.note)).toMatch(/sectionMessages: \{ ask: \{ message: "…" \} \}.*or open the section with a short paragraph\.$/)
    // An evidence label before the opening paragraph is fine ("last"); a message settles "ask".
    expect(run(ASK).messages).toEqual([])
  })

  it('reports an id that names no "##" section, with the closest id, at its line', () => {
    const { messages } = run([...ASK, '  saef:', '    message: Rest.'])
    expect(messages.map((m) => [m.line, m.reason])).toEqual([[6, 'sectionMessages: no "##" section has the id "saef".']])
    expect(messages[0]!.expected).toEqual(['the id of a "##" section of this article: safe, last, ask'])
    expect(String(messages[0]!.note)).toMatch(/^Did you mean "safe"\? /)
  })

  it('says when the id is a "###" heading, or a section that was renamed (from the section-id lock)', () => {
    const h3 = run([...ASK, '  risk:', '    message: Rest.']).messages
    expect(h3.map((m) => m.reason)).toEqual(['sectionMessages: "risk" is a "###" heading; only "##" sections have their own page and message.'])
    // The lock's redirects, as the pipeline is given them (validated by the lock's loader).
    const renamed = run([...ASK, '  is-it-safe:', '    message: Rest.'], { redirects: { x: { 'is-it-safe': 'safe' } } }).messages
    expect(renamed.map((m) => [m.line, m.note])).toEqual([[6, 'the section was renamed: change "is-it-safe" to "safe".']])
  })

  it('reports an unknown source at the cite line, with the closest id', () => {
    const { messages } = run([...ASK, '  safe:', '    message: Rest.', '    cite: a2020 b2012'])
    expect(messages.map((m) => [m.line, m.reason, m.ruleId])).toEqual([[8, 'sectionMessages.safe.cite: unknown citation id "b2012".', 'unknown-citation']])
    expect(String(messages[0]!.note)).toMatch(/^Did you mean "b2021"\?/)
  })
})

/** The numbers remark-citations gave each <Cite> inside a node: [[{ id, n }], ...]. */
function citeRefs(node: RootContent): unknown[] {
  const out: unknown[] = []
  visit(node, (n) => {
    if (n.type !== 'mdxJsxTextElement' || n.name !== 'Cite') return
    const refs = n.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'refs')
    out.push(JSON.parse(String((refs?.value as { value?: string } | undefined)?.value ?? 'null')))
  })
  return out
}

/** The section page's blocks as [type or component, plain text]. */
const blocks = (tree: Root) => tree.children.map((n) => [n.type === 'mdxJsxFlowElement' ? n.name : n.type, plainText(n).replace(/\s+/g, ' ').trim()])

describe('a section page opens with its main message', () => {
  it('the opening paragraph’s first sentences, emphasised in place: the rest of the paragraph follows, nothing is repeated', () => {
    const { tree, lead, messages } = run(ASK, { section: 'safe' })
    expect(messages).toEqual([])
    expect(blocks(tree).slice(0, 3)).toEqual([
      ['MainMessage', 'Yes, mostly. Most effects pass within an hour and a half. Some people feel sleepy, so plan to rest.'],
      ['paragraph', 'Call your team if you feel worse.'],
      ['paragraph', 'More text.'],
    ])
    expect(lead).toEqual({
      text: 'Yes, mostly. Most effects pass within an hour and a half. Some people feel sleepy, so plan to rest.',
      from: 'paragraph',
    })
    // The citation after "mostly." stays in the message and is the page's first source.
    expect(citeRefs(tree.children[0]!)).toEqual([[{ id: 'a2020', n: 1 }]])
  })

  it('moves the opening paragraph above an evidence label', () => {
    const { tree } = run(ASK, { section: 'last' })
    expect(blocks(tree).slice(0, 2)).toEqual([
      ['MainMessage', 'It lasts days. Nobody knows for sure.'],
      ['Evidence', ''],
    ])
  })

  it('the frontmatter’s message, with its sources numbered first, above the section’s own text', () => {
    const { tree, lead, messages } = run(['sectionMessages:', '  ask:', '    message: Take these questions with you.', '    cite: b2021'], { section: 'ask' })
    expect(messages).toEqual([])
    expect(blocks(tree).slice(0, 2)).toEqual([
      ['MainMessage', 'Take these questions with you.'],
      ['list', 'Ask this.And that.'],
    ])
    expect(citeRefs(tree.children[0]!)).toEqual([[{ id: 'b2021', n: 1 }]])
    expect(lead).toEqual({ text: 'Take these questions with you.', from: 'frontmatter' })
    // A section with an opening paragraph may have a message of its own too: the paragraph then stays as it is.
    const own = run([...ASK, '  safe:', '    message: Mostly safe.'], { section: 'safe' })
    expect(blocks(own.tree).slice(0, 2)).toEqual([
      ['MainMessage', 'Mostly safe.'],
      ['paragraph', 'Yes, mostly. Most effects pass within an hour and a half. Some people feel sleepy, so plan to rest. Call your team if you feel worse.'],
    ])
  })

  it('takes at most three sentences, and fewer when they pass about 280 characters (never none)', () => {
    const long = 'word '.repeat(40).trim()
    expect(leadSentences('One. Two. Three. Four.')).toEqual(['One.', 'Two.', 'Three.'])
    expect(leadSentences(`A ${long}. B ${long}. C.`)).toEqual([`A ${long}.`])
    expect(leadSentences(`${'very '.repeat(70)}long.`)).toHaveLength(1)
    expect(LEAD_MAX_CHARS).toBe(280)
  })

  it('splits a paragraph at a sentence end; a sentence ending inside emphasis keeps the whole emphasis', () => {
    const tree = unified().use(remarkParse).parse('One *two. Three* four. Five.') as Root
    const p = tree.children[0] as Paragraph
    const [lead, rest] = splitParagraph(p, 1)
    expect(plainText(lead)).toBe('One two. Three')
    expect(plainText(rest!)).toBe('four. Five.')
    const [whole, none] = splitParagraph(p, 3)
    expect(whole).toBe(p)
    expect(none).toBeNull()
  })
})

describe('translations of section messages', () => {
  const FIXTURE = path.join(process.cwd(), 'tests/fixtures/content/glossary-translation')
  const withMessage = (file: string, lines: string) => writeFileSync(file, readFileSync(file, 'utf8').replace(/^order: 1$/m, `${lines}\norder: 1`))

  it('belong to their section’s freshness hash; a section without one hashes as before', () => {
    const source = '---\ntitle: x\n---\n\n## One {/*one*/}\n\nFirst.\n\n## Two {/*two*/}\n\nSecond.\n'
    const before = sectionHashes(source, ['one', 'two'])
    const after = sectionHashes(source.replace('title: x', 'title: x\nsectionMessages:\n  two:\n    message: Read this.'), ['one', 'two'])
    expect(after.one).toBe(before.one)
    expect(after.two).not.toBe(before.two)
  })

  it('a Spanish article must give a message where its English does: reported at the Spanish frontmatter, with the fix', () => {
    const dir = tempDir('sm-es-')
    cpSync(FIXTURE, dir, { recursive: true })
    const english = path.join(dir, 'en/articles/test.mdx')
    const spanish = path.join(dir, 'es/articles/test.mdx')
    const baseline = checkContent(dir).problems
    withMessage(english, 'sectionMessages:\n  a-section:\n    message: Ketamine is a medicine.\n    cite: good2020')
    const report = checkContent(dir)
    const added = report.messages.filter((m) => !baseline.some((b) => b.includes(m.reason)))
    expect(added.map((m) => [m.file, m.line, m.reason])).toEqual([
      [displayPath(spanish), 5, 'sectionMessages: the English article gives the section "a-section" a message; this translation does not.'],
    ])
    expect(added[0]!.expected).toEqual(['a translation of the English message under sectionMessages.a-section: "Ketamine is a medicine."'])
    expect(String(added[0]!.note)).toMatch(/with "cite: good2020" for its sources; then run npm run translations:stamp -- es test\.$/)
    // The English section changed, so its translation is listed as stale too (not failed).
    expect(report.translations[0]!.stale.map((s) => s.id)).toContain('a-section')

    // Translated and stamped: nothing more to report.
    withMessage(spanish, 'sectionMessages:\n  a-section:\n    message: La ketamina es un medicamento.\n    cite: good2020')
    const englishMeta = loadArticles(path.join(dir, 'en/articles'), { settings: null })[0]!
    const { headings } = analyzeArticleSource(readFileSync(english, 'utf8'), english, { references: null, terms: null, keyPoints: null })
    stampTranslation(spanish, englishMeta, headings)
    const done = checkContent(dir)
    expect(done.problems).toEqual(baseline)
    expect(done.translations[0]!.stale).toEqual([])
  })
})
