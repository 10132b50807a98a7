import { PageFrame } from '@/components/layout/PageFrame'
import { Rich } from '@/components/i18n/Rich'
import { dictionary, type Locale } from '@/lib/i18n'
import { pageMetadata } from '@/lib/pages/metadata'
import { getSettings } from '@/lib/content'
import { feedbackTo } from '@/lib/pages/feedback'

export const aboutMetadata = (locale: Locale) => {
  const a = dictionary(locale).about
  return pageMetadata({ locale, title: a.metaTitle, description: a.metaDescription, path: '/about', card: 'about' })
}

export function AboutPage({ locale }: { locale: Locale }) {
  const s = dictionary(locale)
  const a = s.about
  // The report link exists only when the build has an address (content/settings.yaml feedback.to).
  const reporting = Boolean(feedbackTo(getSettings().feedback.to))
  return (
    <PageFrame locale={locale} path="/about">
      <div className="prose max-w-measure">
        <h1>{a.title}</h1>
        <p>
          <Rich text={a.intro} vars={{ site: s.site.name }} locale={locale} />
        </p>
        <h2 id="editorial-policy">{a.policyTitle}</h2>
        <p>{a.policyIntro}</p>
        {a.policy.map((p) => (
          <section key={p.id} aria-labelledby={p.id}>
            <h3 id={p.id}>{p.title}</h3>
            <p>
              <Rich text={p.text} locale={locale} />
            </p>
            {p.id === 'review-cycle' ? <p>{a.reviewers}</p> : null}
          </section>
        ))}
        <h3 id="corrections">{a.feedbackTitle}</h3>
        {reporting ? <p>{a.feedbackLink}</p> : null}
        <p>
          <Rich text={a.feedback} locale={locale} />
        </p>
        <h2 id="languages">{a.languagesTitle}</h2>
        <p>
          <Rich text={a.languages} locale={locale} />
        </p>
        <h2 id="privacy">{a.privacyTitle}</h2>
        <p>{a.privacyIntro}</p>
        <ul>
          {a.privacy.map((p) => (
            <li key={p}>{p}</li>
          ))}
          {reporting ? <li>{a.privacyReport}</li> : null}
        </ul>
        <h2 id="not-advice">{a.adviceTitle}</h2>
        <p>{a.advice}</p>
      </div>
    </PageFrame>
  )
}
