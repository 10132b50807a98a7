// @vitest-environment node
// The build's handout data (lib/build/handout-writer.ts) from small pages shaped like the site's:
// what each section's JSON holds, how its HTML is made ready for a handout, and where the files go
// in every language. tests/built/handout.test.ts checks the same on the real export.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { linkNumbers, readArticleMessage, readSectionPage, writeHandoutFiles } from '@/lib/build/handout-writer'
import { HANDOUT_DATA_VERSION, handoutDataPath, handoutNumbers, handoutParts, type HandoutSection } from '@/lib/handout'
import { DEFAULT_LOCALE, LOCALES, localePath } from '@/lib/i18n/locales'

/** A marker as Cite writes it: local numbers, each link to its first source. */
const cite = (...links: [string, string][]) =>
  `<sup class="cite"><span aria-hidden="true">[</span>${links
    .map(
      ([text, id], i) => `${i ? '<span aria-hidden="true">, </span>' : ''}<a href="#ref-${id}" id="cite-${id}" class="cite-link" data-cite="${id}">${text}</a>`,
    )
    .join('')}<span aria-hidden="true">]</span></sup>`

const referenceList = (ids: string[]) =>
  `<section id="references" aria-labelledby="references-heading"><div class="heading-wrap"><h2 id="references-heading">References</h2></div><ol>${ids
    .map((id) => `<li id="ref-${id}" class="ps-1"><span>Source ${id}.</span> <span class="no-print"><a href="#cite-${id}">↩</a></span></li>`)
    .join('')}</ol></section>`

const sectionPage = (key: string, body: string) => `<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><main>
<article id="article" data-section-key="${key}" data-article-title="Is ketamine safe?" data-reviewed="December 3, 2026">
<header><h1 id="section-title"> Can it raise my blood pressure? </h1></header>
<div class="prose" data-section-body="">${body}</div></article></main></body></html>`

const BODY = [
  `<div class="main-message font-semibold"><p>Yes, for a few hours.${cite(['1', 'label'])}</p></div>`,
  `<p>See <a href="/glossary#hypertension" class="term">hypertension</a>.${cite(['2–4', 'trial-a'], ['6', 'trial-e'])}</p>`,
  `<div class="heading-wrap"><h3 id="checks" class="mt-6">What staff check</h3><span class="heading-tools no-print"><a href="#checks">#</a></span></div>`,
  `<span class="redirect-anchor" id="old-id"></span>`,
  `<figure id="fig-bp" aria-labelledby="fig-bp-title"><span id="fig-bp-title">Rises</span><svg><defs><symbol id="fig-bp-person"></symbol><pattern id="fig-bp-stripes"></pattern></defs><use href="#fig-bp-person" fill="url(#fig-bp-stripes)"></use></svg>${cite(['5', 'trial-d'])}</figure>`,
  `<section class="callout" aria-labelledby="call-911"><div class="heading-wrap"><h3 id="call-911" class="text-lg">Call 911</h3></div><p>Chest pain.</p></section>`,
  `\n<section class="callout"><p>Today.</p></section>`,
  `<p>Between boxes.</p><section class="callout"><p>Alone.</p></section>`,
  referenceList(['label', 'trial-a', 'trial-b', 'trial-c', 'trial-d', 'trial-e']),
  `<div hidden data-term-definitions=""><div data-definition="hypertension">High blood pressure.</div></div>`,
].join('')

const articlePage = (message: string, references: string[]) => `<!DOCTYPE html><html><body><main><article id="article"><div class="prose">
${message}<section aria-labelledby="key-points"><h2 id="key-points">Key points</h2><p>Later.${cite(['5', references[4] ?? 'x'])}</p></section>
${referenceList(references)}</div></article></main></body></html>`

describe('one section as the handout reads it', () => {
  const data = readSectionPage(sectionPage('safety/blood-pressure', BODY), 'safety/blood-pressure', 'es', null)

  it('has the section, its article and its language, as the contract says', () => {
    expect(data).toMatchObject({
      version: HANDOUT_DATA_VERSION,
      key: 'safety/blood-pressure',
      locale: 'es',
      title: 'Can it raise my blood pressure?',
      path: localePath('es', '/articles/safety/blood-pressure'),
      article: { slug: 'safety', title: 'Is ketamine safe?', reviewed: 'December 3, 2026' },
      articleMessage: null,
    })
  })

  it('lists the sources its markers cite, in its own numbering, without their back-links', () => {
    expect(data.references.map((r) => r.id)).toEqual(['label', 'trial-a', 'trial-b', 'trial-c', 'trial-d', 'trial-e'])
    expect(data.references[0]!.html).toBe('<span>Source label.</span> ')
  })

  it('sets its main message apart, and each marker names its sources (a range "2–4" names three)', () => {
    expect(data.message).toBe('<div class="main-message font-semibold"><p>Yes, for a few hours.<sup class="cite" data-cites="label"></sup></p></div>')
    expect(data.body).not.toContain('main-message')
    expect([...data.body.matchAll(/<sup class="cite" data-cites="([^"]*)"><\/sup>/g)].map((m) => m[1])).toEqual(['trial-a trial-b trial-c trial-e', 'trial-d'])
    expect(data.body).not.toContain('cite-link')
  })

  it('leaves out what belongs to the page: reference list, definitions, heading tools, redirect anchors', () => {
    for (const gone of ['id="references"', 'data-term-definitions', 'heading-tools', 'redirect-anchor', 'heading-wrap', 'old-id'])
      expect(data.body).not.toContain(gone)
    // Subheadings sit one level under the section's title, keep their look and lose their ids.
    expect(data.body).toContain('<h3 class="mt-6">What staff check</h3>')
    expect(data.body).toContain('<h3 class="text-lg">Call 911</h3>')
  })

  it('prefixes every id and what points to it; a box named by a heading that is gone loses the name', () => {
    const prefix = 's-safety--blood-pressure--'
    expect([...data.body.matchAll(/ id="([^"]+)"/g)].map((m) => m[1])).toEqual(
      ['fig-bp', 'fig-bp-title', 'fig-bp-person', 'fig-bp-stripes'].map((id) => prefix + id),
    )
    expect(data.body).toContain(`aria-labelledby="${prefix}fig-bp-title"`)
    expect(data.body).toContain(`<use href="#${prefix}fig-bp-person" fill="url(#${prefix}fig-bp-stripes)">`)
    expect(data.body).toContain('<section class="callout"><h3')
    // Site links stay site-relative: the island makes them absolute with the address it prints.
    expect(data.body).toContain('href="/glossary#hypertension"')
  })

  it('groups boxes that follow one another (two columns on paper), and only those', () => {
    expect(data.body).toMatch(
      /<div class="handout-callouts"><section class="callout">.*?Call 911.*?<\/section><section class="callout"><p>Today\.<\/p><\/section><\/div>/,
    )
    expect(data.body).toContain('<p>Between boxes.</p><section class="callout"><p>Alone.</p></section>')
  })

  it('fails, naming the page, when a marker does not match the reference list', () => {
    const wrong = sectionPage('safety/driving', `<p>x${cite(['1', 'trial-a'])}</p>${referenceList(['label', 'trial-a'])}`)
    expect(() => readSectionPage(wrong, 'safety/driving', 'en', null, '/articles/safety/driving')).toThrow(
      '/articles/safety/driving: the citation marker "1" (trial-a) does not match',
    )
    expect(() => readSectionPage(sectionPage('safety/driving', ''), 'safety/bladder', 'en', null)).toThrow('not the section page of safety/bladder')
  })

  it('reads the numbers a marker shows', () => {
    expect(linkNumbers('3')).toEqual([3])
    expect(linkNumbers('2–4')).toEqual([2, 3, 4])
    expect(linkNumbers('x')).toEqual([])
    expect(linkNumbers('5–2')).toEqual([])
  })
})

describe("an article's main message", () => {
  const refs = ['r1', 'r2', 'r3', 'r4', 'r5']
  it('is the first main message of the article page, with only the sources it cites', () => {
    const message = readArticleMessage(articlePage(`<div class="main-message"><p>Mostly safe.${cite(['1', 'r1'], ['3', 'r3'])}</p></div>`, refs), 'safety')
    expect(message).toEqual({
      html: '<div class="main-message"><p>Mostly safe.<sup class="cite" data-cites="r1 r3"></sup></p></div>',
      references: [
        { id: 'r1', html: '<span>Source r1.</span> ' },
        { id: 'r3', html: '<span>Source r3.</span> ' },
      ],
    })
  })
  it('is null for an article page without one', () => {
    expect(readArticleMessage(articlePage('', refs), 'safety')).toBeNull()
  })
})

describe('the data files of an export, in every language', () => {
  const out = mkdtempSync(join(tmpdir(), 'handout-data-'))
  afterAll(() => rmSync(out, { recursive: true, force: true }))
  const keys = ['safety/blood-pressure', 'safety/driving', 'conditions/ptsd']
  const write = (path: string, html: string) => {
    const file = join(out, path, 'index.html')
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, html)
  }
  for (const locale of LOCALES) {
    write(localePath(locale, '/handout'), `<ul>${keys.map((k) => `<li data-key="${k}"><a href="/articles/${k}">${k}</a></li>`).join('')}</ul>`)
    write(
      localePath(locale, '/articles/safety'),
      articlePage(`<div class="main-message"><p>Safety, ${locale}.${cite(['1', 'label'])}</p></div>`, ['label', 'r2', 'r3', 'r4', 'r5']),
    )
    write(localePath(locale, '/articles/conditions'), articlePage('', ['c1', 'c2', 'c3', 'c4', 'c5']))
    write(localePath(locale, '/articles/safety/blood-pressure'), sectionPage('safety/blood-pressure', BODY))
    write(
      localePath(locale, '/articles/safety/driving'),
      sectionPage('safety/driving', `<p>Wait.${cite(['1', 'driving'], ['2', 'label'])}</p>${referenceList(['driving', 'label'])}`),
    )
    write(
      localePath(locale, '/articles/conditions/ptsd'),
      sectionPage('conditions/ptsd', `<p>Maybe.${cite(['1', 'trial-a'])}</p>${referenceList(['trial-a'])}`),
    )
  }
  const report = writeHandoutFiles(out)
  const read = (locale: (typeof LOCALES)[number], key: string): HandoutSection =>
    JSON.parse(readFileSync(join(out, localePath(locale, handoutDataPath(key))), 'utf8'))

  it('writes one file per listed section under each language’s prefix', () => {
    expect(report.files.length).toBe(keys.length * LOCALES.length)
    for (const locale of LOCALES) for (const key of keys) expect(read(locale, key)).toMatchObject({ key, locale, path: localePath(locale, `/articles/${key}`) })
    expect(report.files).toContain(join(out, 'handout/sections/safety/driving.json'))
  })

  it("gives each section its article's main message, in the section's language", () => {
    for (const locale of LOCALES) {
      expect(read(locale, 'safety/driving').articleMessage?.html).toContain(`Safety, ${locale}.`)
      expect(read(locale, 'safety/driving').articleMessage).toEqual(read(locale, 'safety/blood-pressure').articleMessage)
      expect(read(locale, 'conditions/ptsd').articleMessage).toBeNull()
    }
  })

  it('numbers sources across sections in reading order, the message once per article', () => {
    const sections = ['safety/driving', 'conditions/ptsd', 'safety/blood-pressure'].map((key) => read(DEFAULT_LOCALE, key))
    const parts = handoutParts(sections)
    expect(parts.filter((p) => p.kind === 'article').map((p) => p.kind === 'article' && p.slug)).toEqual(['safety'])
    // The message's source first; "label" again in both safety sections keeps its number; trial-a,
    // first cited by the ptsd section, keeps its number in blood-pressure.
    expect([...handoutNumbers(parts)]).toEqual([
      ['label', 1],
      ['driving', 2],
      ['trial-a', 3],
      ['trial-b', 4],
      ['trial-c', 5],
      ['trial-d', 6],
      ['trial-e', 7],
    ])
  })
})
