// @vitest-environment node
/** Every language's content lives at content/<locale>/, the same files for each; the source language is the default locale. */
import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DEFAULT_LOCALE, LOCALES, LOCALE_INFO } from '@/lib/i18n/locales'
import { SOURCE_LOCALE, localeContent } from '@/lib/content/files.mjs'
import { getSettings } from '@/lib/content/settings'
import { FORMULAS } from '@/lib/content/readability-formulas'

describe('the content layout', () => {
  it('the source language of the plain-JavaScript readers is the default locale', () => {
    expect(SOURCE_LOCALE).toBe(DEFAULT_LOCALE)
  })
  it.each(LOCALES)('%s: articles, glossary, figures and term list under content/%s/, and a readability rule', (locale) => {
    for (const part of ['articles', 'glossary.yaml', 'figures', 'terms.yaml']) expect(existsSync(localeContent(locale, part)), part).toBe(true)
    const formula = FORMULAS[LOCALE_INFO[locale].readability.formula]
    expect(formula).toBeDefined()
    // A translated language's limit is an editorial setting, on the side its formula needs.
    if (locale !== DEFAULT_LOCALE) expect(getSettings().readability[locale]?.[formula.higherIsEasier ? 'min' : 'max']).toBeTypeOf('number')
  })
})
