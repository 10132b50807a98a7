/**
 * "Report a problem with this page" (#27): the mailto: link's subject and body, percent-encoded
 * as RFC 6068 asks (spaces %20, line breaks %0D%0A, "&", "?" and "#" in a title or address
 * encoded), a form address with the same facts as query parameters, and the setting's schema.
 */
import { describe, expect, it } from 'vitest'
import { feedbackTo, reportHref } from '@/lib/pages/feedback'
import { settingsSchema } from '@/lib/content/schemas/settings'
import { loadSettings } from '@/lib/content/settings'

const page = { title: 'Is it safe? Side effects & risks #1', url: 'https://example.org/articles/safety/when-to-get-help', reviewed: '2026-12-03' }

/** The decoded subject and body of a mailto: href. */
function mail(href: string) {
  expect(href).toMatch(/^mailto:corrections@example\.org\?subject=[^&?#\s]+&body=[^&?#\s]+$/)
  const [, query] = href.split('?')
  const params = Object.fromEntries(query!.split('&').map((kv) => kv.split('=').map(decodeURIComponent) as [string, string]))
  return params as { subject: string; body: string }
}

describe('reportHref', () => {
  it('fills in the subject and body of an email, percent-encoded', () => {
    const href = reportHref('corrections@example.org', page, 'en')!
    expect(href).not.toContain('+')
    expect(href).toContain('%0D%0A')
    expect(href).toContain('%20')
    const { subject, body } = mail(href)
    expect(subject).toBe('Problem on the page: Is it safe? Side effects & risks #1')
    expect(body.split('\r\n')).toEqual([
      'Page: Is it safe? Side effects & risks #1',
      'Address: https://example.org/articles/safety/when-to-get-help',
      'Last reviewed: December 3, 2026 (2026-12-03)',
      '',
      'What is wrong or missing? (Please leave out details about your own health.)',
      '',
      '',
    ])
  })

  it('speaks Spanish on Spanish pages, accents encoded as UTF-8', () => {
    const href = reportHref(
      'corrections@example.org',
      { ...page, title: '¿Cuándo buscar ayuda?', url: 'https://example.org/es/articles/safety/when-to-get-help' },
      'es',
    )!
    expect(href).toContain('%C2%BFCu%C3%A1ndo')
    const { subject, body } = mail(href)
    expect(subject).toBe('Problema en la página: ¿Cuándo buscar ayuda?')
    expect(body).toContain('Dirección: https://example.org/es/articles/safety/when-to-get-help\r\n')
    expect(body).toContain('Última revisión: 3 de diciembre de 2026 (2026-12-03)')
  })

  it('leaves the review date out for a page without one', () => {
    const { body } = mail(reportHref('corrections@example.org', { title: 'Get help now', url: 'https://example.org/help' }, 'en')!)
    expect(body).not.toContain('reviewed')
  })

  it('gives a form address the facts as query parameters', () => {
    const href = reportHref('https://forms.example.org/report?site=k', page, 'en')!
    const url = new URL(href)
    expect(url.origin + url.pathname).toBe('https://forms.example.org/report')
    expect(url.searchParams.get('site')).toBe('k')
    expect(url.searchParams.get('title')).toBe(page.title)
    expect(url.searchParams.get('url')).toBe(page.url)
    expect(url.searchParams.get('reviewed')).toBe('2026-12-03')
  })

  it('renders no link without an address', () => {
    expect(reportHref(undefined, page, 'en')).toBeUndefined()
  })
})

describe('feedback setting', () => {
  it('comes from FEEDBACK_TO first, then settings; empty is none', () => {
    // `npm test` sets FEEDBACK_TO for its test builds: this test sets and clears it itself.
    const before = process.env.FEEDBACK_TO
    try {
      delete process.env.FEEDBACK_TO
      expect(feedbackTo('')).toBeUndefined()
      expect(feedbackTo(' a@example.org ')).toBe('a@example.org')
      process.env.FEEDBACK_TO = 'b@example.org'
      expect(feedbackTo('a@example.org')).toBe('b@example.org')
    } finally {
      if (before === undefined) delete process.env.FEEDBACK_TO
      else process.env.FEEDBACK_TO = before
    }
  })

  it('accepts an email address, an https form or nothing, and refuses anything else with the fix', () => {
    const base = loadSettings()!
    for (const to of ['', 'corrections@example.org', 'https://forms.example.org/x']) {
      expect(settingsSchema.safeParse({ ...base, feedback: { to } }).success).toBe(true)
    }
    const bad = settingsSchema.safeParse({ ...base, feedback: { to: 'http://forms.example.org' } })
    expect(bad.success).toBe(false)
    expect(bad.error!.issues[0]!.message).toContain('expected an email address such as corrections@example.org, an https:// form address')
    expect(settingsSchema.safeParse({ ...base, feedback: undefined }).data?.feedback.to).toBe('')
  })

  it('the shipped settings name no address (the project has none yet), so the build warns', () => {
    expect(loadSettings()!.feedback.to).toBe('')
  })
})
