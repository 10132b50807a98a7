import type { Metadata } from 'next'
import { PageFrame } from '@/components/layout/PageFrame'
import { Rich } from '@/components/i18n/Rich'
import { dictionary, LOCALE_INFO, LOCALES, localePath, type Locale } from '@/lib/i18n'
import { alternates } from '@/lib/pages/metadata'
import { pageOgImage } from '@/lib/pages/og'
import { CRISIS } from '@/lib/pages/site'
import { CRISIS_LINES, textHref } from '@/lib/crisis.mjs'
import { ReportProblem } from '@/components/sections/ReportProblem'
import './help.css'

export function helpMetadata(locale: Locale): Metadata {
  const s = dictionary(locale)
  const h = s.help
  const images = pageOgImage('help', locale)
  return {
    title: h.title,
    description: h.metaDescription,
    alternates: alternates(locale, '/help'),
    openGraph: {
      title: h.title,
      description: h.shareDescription,
      url: localePath(locale, '/help'),
      siteName: s.site.name,
      locale: LOCALE_INFO[locale].og,
      images,
    },
    twitter: { card: 'summary_large_image', title: h.title, description: h.shareDescription, images },
  }
}

/**
 * Crisis help, one tap away from every page (the header's "Get help now"). Each button says what
 * it does ("Call 988", "Text 988"), in the words of the crisis actions everywhere (dictionary
 * `crisis`); the visible words are the links' names.
 */
// Call buttons keep their words together with non-breaking spaces: a phone link never wraps.
export function HelpPage({ locale }: { locale: Locale }) {
  const { help: h, crisis: c } = dictionary(locale)
  return (
    <PageFrame locale={locale} current="help" path="/help">
      <h1 className="text-3xl leading-tight font-bold text-ink">{h.title}</h1>
      <p className="mt-3 text-lg">{h.intro}</p>

      <section aria-labelledby="suicide-help" className="mt-6 rounded-xl border-2 border-accent bg-accent-soft p-5">
        <h2 id="suicide-help" className="text-xl font-bold text-ink">
          {h.suicideTitle}
        </h2>
        <p className="mt-1">
          <Rich text={h.suicideText} locale={locale} />
        </p>
        <ul className="help-actions mt-4 grid gap-3 sm:grid-cols-3">
          <li>
            <a href={CRISIS.us.href} className="help-action">
              {c.call('988').replace(/ /g, '\u00a0')}
            </a>
          </li>
          <li>
            {/* On /es the message starts with AYUDA, for 988's Spanish-language service. */}
            <a href={textHref(CRISIS_LINES['988']!, locale)} className="help-action">
              {c.text('988')}
            </a>
          </li>
          <li>
            <a href={CRISIS.us.chat} className="help-action help-action-quiet">
              {h.chat}
            </a>
          </li>
        </ul>
        {/* The line's services in a language of the site (988 in Spanish), in that language on every edition. */}
        {LOCALES.filter((l) => dictionary(l).help.inThisLanguage).map((l) => (
          <p key={l} className="mt-4" lang={LOCALE_INFO[l].lang} id={dictionary(l).help.inThisLanguageId || undefined}>
            <Rich text={dictionary(l).help.inThisLanguage} locale={l} />
          </p>
        ))}
      </section>

      <section aria-labelledby="danger-help" className="mt-6 rounded-xl border-2 border-danger bg-danger-soft p-5">
        <h2 id="danger-help" className="text-xl font-bold text-ink">
          {h.dangerTitle}
        </h2>
        <p className="mt-1">
          <Rich text={h.dangerText} locale={locale} />
        </p>
        <p className="mt-4">
          <a href={CRISIS.emergency.href} className="help-action help-action-danger">
            {c.call('911').replace(/ /g, '\u00a0')}
          </a>
        </p>
      </section>

      <section aria-labelledby="elsewhere-help" className="mt-6 rounded-xl border border-line bg-surface p-5">
        <h2 id="elsewhere-help" className="text-xl font-bold text-ink">
          {h.elsewhereTitle}
        </h2>
        <ul className="mt-2 list-disc grid gap-2 ps-5">
          <li>
            <Rich text={h.canada} locale={locale} />
          </li>
          <li>
            <Rich text={h.elsewhere} locale={locale} />
          </li>
        </ul>
      </section>

      <section aria-labelledby="treatment-help" className="mt-6">
        <h2 id="treatment-help" className="text-xl font-bold text-ink">
          {h.afterTitle}
        </h2>
        <p className="mt-2">
          <Rich text={h.after} locale={locale} />
        </p>
      </section>
      <ReportProblem locale={locale} title={h.title} path={localePath(locale, '/help')} className="mt-8" />
    </PageFrame>
  )
}
