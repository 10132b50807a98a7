import { PageFrame } from '@/components/layout/PageFrame'
import { Rich } from '@/components/i18n/Rich'
import { dictionary, type Locale } from '@/lib/i18n'
import { setPageLocale } from '@/lib/i18n/page-locale'
import { pageMetadata } from '@/lib/metadata'

export const aboutMetadata = (locale: Locale) => {
  const a = dictionary(locale).about
  return pageMetadata({ locale, title: a.metaTitle, description: a.metaDescription, path: '/about', card: 'about' })
}

export function AboutPage({ locale }: { locale: Locale }) {
  setPageLocale(locale)
  const s = dictionary(locale)
  const a = s.about
  return (
    <PageFrame path="/about">
      <div className="prose max-w-measure">
        <h1>{a.title}</h1>
        <p>
          <Rich text={a.intro} vars={{ site: s.site.name }} />
        </p>
        <h2 id="editorial-policy">{a.policyTitle}</h2>
        <ul>
          {a.policy.map((p) => (
            <li key={p}>
              <Rich text={p} />
            </li>
          ))}
        </ul>
        <p>{a.reviewers}</p>
        <h2 id="languages">{a.languagesTitle}</h2>
        <p>
          <Rich text={a.languages} />
        </p>
        <h2 id="corrections">{a.correctionsTitle}</h2>
        <p>{a.corrections}</p>
        <h2 id="privacy">{a.privacyTitle}</h2>
        <p>{a.privacyIntro}</p>
        <ul>
          {a.privacy.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
        <h2 id="not-advice">{a.adviceTitle}</h2>
        <p>{a.advice}</p>
      </div>
    </PageFrame>
  )
}
