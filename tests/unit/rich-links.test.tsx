// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { Rich, explicitLanguage } from '@/components/i18n/Rich'
import { dictionary, LOCALES } from '@/lib/i18n'

// Dictionary links are English paths that follow the reader's language; a path that starts with a
// language code ("/en", "/es/...") is that language's page, marked with hreflang (review row T7).
describe('links in dictionary strings', () => {
  it('the Spanish about page\'s "en inglés" opens the English home page, marked as English', () => {
    render(
      <p>
        <Rich text={dictionary('es').about.languages} locale="es" />
      </p>,
    )
    const link = screen.getByRole('link', { name: 'en inglés' })
    expect(link).toHaveAttribute('href', '/')
    expect(link).toHaveAttribute('hreflang', 'en')
    // The link's words are Spanish: lang stays the page's, hreflang names the target's language.
    expect(link).not.toHaveAttribute('lang')
  })

  it('the English about page\'s "in Spanish" opens the Spanish home page, marked as Spanish', () => {
    render(
      <p>
        <Rich text={dictionary('en').about.languages} locale="en" />
      </p>,
    )
    const link = screen.getByRole('link', { name: 'in Spanish' })
    expect(link).toHaveAttribute('href', '/es')
    expect(link).toHaveAttribute('hreflang', 'es')
  })

  it('any other site path follows the reader into their language, with no hreflang', () => {
    render(
      <p>
        <Rich
          text="Vea el [glosario](/glossary), la [página en inglés](/en/articles/safety#blood-pressure) y [988lifeline.org](https://988lifeline.org)."
          locale="es"
        />
      </p>,
    )
    expect(screen.getByRole('link', { name: 'glosario' })).toHaveAttribute('href', '/es/glossary')
    expect(screen.getByRole('link', { name: 'glosario' })).not.toHaveAttribute('hreflang')
    expect(screen.getByRole('link', { name: 'página en inglés' })).toHaveAttribute('href', '/articles/safety#blood-pressure')
    expect(screen.getByRole('link', { name: '988lifeline.org' })).toHaveAttribute('href', 'https://988lifeline.org')
  })

  it.each(LOCALES)('reads the language code %s only as a whole first segment', (locale) => {
    expect(explicitLanguage(`/${locale}`)).toEqual({ locale, path: '/' })
    expect(explicitLanguage(`/${locale}/glossary#ketamine`)).toEqual({ locale, path: '/glossary#ketamine' })
    expect(explicitLanguage(`/${locale}#top`)).toEqual({ locale, path: '/#top' })
    expect(explicitLanguage(`/${locale}x/glossary`)).toBeNull()
    expect(explicitLanguage(`https://example.org/${locale}`)).toBeNull()
  })

  it('reads no other first segment as a language', () => {
    expect(explicitLanguage('/english')).toBeNull()
    // 'zz' is no language's code (ISO 639 leaves it unassigned): never a locale of the site.
    expect(explicitLanguage('/zz/x')).toBeNull()
    expect(explicitLanguage('https://example.org/en')).toBeNull()
  })
})
