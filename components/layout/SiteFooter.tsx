import { Rich } from '@/components/i18n/Rich'
import { CrisisActions } from '@/components/mdx/CrisisActions'
import { dictionary, LOCALE_INFO, LOCALES, localePath, type Locale } from '@/lib/i18n'

/**
 * Crisis help on every page (first the actions, "Call 988" and "Text 988", then the details, in
 * which each number is a call link), a short "education, not medical advice" note, and site links.
 */
export function SiteFooter({ locale }: { locale: Locale }) {
  const s = dictionary(locale)
  const f = s.footer
  // Crisis lines' services in a language of the site (988 in Spanish), on every edition, each in its own language.
  const ownLanguageLines = LOCALES.map((l) => ({ locale: l, text: dictionary(l).footer.inThisLanguage })).filter((x) => x.text)
  return (
    <footer className="mt-16 border-t border-line bg-surface">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-8 sm:px-6 md:grid-cols-[3fr_2fr]">
        <section aria-labelledby="crisis-help" className="rounded-xl border-2 border-danger bg-danger-soft p-5">
          <h2 id="crisis-help" className="text-lg font-bold text-ink">
            {f.crisisTitle}
          </h2>
          <CrisisActions locale={locale} />
          <ul className="mt-3 grid gap-1.5">
            <li>
              <Rich text={f.us} locale={locale} />
            </li>
            {ownLanguageLines.map((line) => (
              <li key={line.locale} lang={LOCALE_INFO[line.locale].lang}>
                <Rich text={line.text} locale={line.locale} />
              </li>
            ))}
            <li>
              <Rich text={f.danger} locale={locale} />
            </li>
            <li>
              <Rich text={f.canada} locale={locale} />
            </li>
            <li>
              <Rich text={f.elsewhere} locale={locale} />
            </li>
          </ul>
          <p className="mt-3 text-sm">{f.notEmergency}</p>
        </section>
        <div className="grid gap-3 text-sm text-muted">
          <p className="[&_strong]:text-ink">
            <Rich text={f.notAdvice} vars={{ site: s.site.name }} locale={locale} />
          </p>
          <p>{f.privacy}</p>
          <nav aria-label={f.siteNav}>
            <ul className="flex flex-wrap gap-x-4 gap-y-1">
              <li>
                <a href={localePath(locale, '/about')}>{f.about}</a>
              </li>
              <li>
                <a href={localePath(locale, '/sources')}>{f.sources}</a>
              </li>
              <li>
                <a href={localePath(locale, '/updates')}>{s.updates.title}</a>
              </li>
              <li>
                <a href={localePath(locale, '/glossary')}>{s.chrome.glossary}</a>
              </li>
              <li>
                <a href={localePath(locale, '/handout')}>{f.handout}</a>
              </li>
            </ul>
          </nav>
        </div>
      </div>
    </footer>
  )
}
