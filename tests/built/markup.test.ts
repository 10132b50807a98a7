// Replaces quality.spec.ts 'every page is valid HTML with one h1, a language and unique ids': the
// same html-validate rules, on every exported page (404, retired-section pages and every translated
// edition included), read from disk. Uses only the raw text: this file parses no hast tree, so it
// runs beside the others on a second worker.
import { HtmlValidate } from 'html-validate'
import { describe, expect, it } from 'vitest'
import { PAGES } from './site'

// Copied from quality.spec.ts: keep the two in step.
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Presentation rules that do not affect validity or access; errors stay on.
    'attribute-boolean-style': 'off',
    'attribute-empty-style': 'off',
    'no-trailing-whitespace': 'off',
    'void-style': 'off',
    'long-title': 'off',
    'no-redundant-role': 'off',
    // HTML attribute names are case-insensitive; React writes charSet, noModule, fetchPriority.
    'attr-case': 'off',
    // HTML5 allows any id without spaces; React's generated ids start with "_".
    'valid-id': ['error', { relaxed: true }],
  },
})

describe.each(PAGES.map((page) => [page.path, page] as const))('%s', (_path, page) => {
  it('is valid HTML (html-validate, recommended rules)', async () => {
    const report = await validator.validateString(page.html, page.file)
    const errors = report.results.flatMap((r) =>
      r.messages.filter((m) => m.severity === 2).map((m) => `${page.path}:${m.line}:${m.column}: ${m.ruleId} ${m.message}`),
    )
    expect(errors).toEqual([])
  })

  it('has exactly one h1', () => {
    expect(page.html.match(/<h1[\s>]/g)?.length ?? 0, `${page.path}: <h1> count`).toBe(1)
  })

  it("declares the language of its edition and that language's writing direction", () => {
    const html = /<html\b[^>]*>/.exec(page.html)?.[0] ?? ''
    expect(/\slang="([^"]*)"/.exec(html)?.[1], `${page.path}: <html lang> in ${html}`).toBe(page.lang)
    expect(/\sdir="([^"]*)"/.exec(html)?.[1], `${page.path}: <html dir> in ${html}`).toBe(page.dir)
  })

  it('has unique ids', () => {
    const ids = [...page.html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])
    expect(
      ids.filter((id, i) => ids.indexOf(id) !== i),
      `${page.path}: repeated ids`,
    ).toEqual([])
  })
})
