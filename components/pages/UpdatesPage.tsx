import { PageFrame } from '@/components/layout/PageFrame'
import { ChangeList } from '@/components/sections/ChangeList'
import { feedAlternates, getSiteChanges } from '@/lib/changes/change-log'
import { feedPaths } from '@/lib/changes/changes'
import { dictionary, type Locale } from '@/lib/i18n'
import { pageMetadata } from '@/lib/pages/metadata'

/** /updates and /es/updates: every change of every article, newest first (app/(default)/updates and app/[locale]/updates). */
export const updatesMetadata = (locale: Locale) => {
  const u = dictionary(locale).updates
  const meta = pageMetadata({ locale, title: u.title, description: u.metaDescription, path: '/updates', card: 'updates' })
  return { ...meta, alternates: { ...meta.alternates, types: feedAlternates(locale) } }
}

export function UpdatesPage({ locale }: { locale: Locale }) {
  const u = dictionary(locale).updates
  return (
    <PageFrame locale={locale} path="/updates">
      <div className="max-w-measure">
        <h1 className="text-3xl leading-tight font-bold text-ink">{u.title}</h1>
        <p className="mt-3">{u.intro}</p>
        <p className="mt-3">
          <a href={feedPaths(locale).feed} type="application/atom+xml">
            {u.feedLink}
          </a>
        </p>
        <ChangeList locale={locale} entries={getSiteChanges(locale)} withArticle ids />
      </div>
    </PageFrame>
  )
}
