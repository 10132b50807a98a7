// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { LOCALE_INFO, LOCALES, textDirection } from '@/lib/i18n'

// Issue 28: a page's direction comes from its language through the platform's locale data, so a
// right-to-left language needs no list of our own (and no code change) to get <html dir="rtl">.
describe('text direction', () => {
  it('is right-to-left for Arabic, Hebrew, Persian and Urdu, left-to-right for English and Spanish', () => {
    for (const lang of ['ar', 'he', 'fa', 'ur', 'ar-EG']) expect(textDirection(lang), lang).toBe('rtl')
    for (const lang of ['en', 'es', 'es-US', 'vi', 'zh-Hant']) expect(textDirection(lang), lang).toBe('ltr')
  })

  it('gives every locale of the site a direction', () => {
    for (const locale of LOCALES) expect(['ltr', 'rtl']).toContain(textDirection(LOCALE_INFO[locale].lang))
  })
})
