/**
 * Records which English text each translated section was written from. Run it after bringing a
 * translation up to date: `npm run translations:stamp -- es safety` (or `-- es` for every article).
 */
import { getArticle, getArticles } from '../lib/content'
import { DEFAULT_LOCALE, isLocale } from '../lib/i18n/locales'
import { stampTranslation } from '../lib/content/freshness'

const [locale, ...slugs] = process.argv.slice(2)
if (!isLocale(locale) || locale === DEFAULT_LOCALE) {
  console.error('usage: npm run translations:stamp -- <locale> [slug ...]   (a translated language, such as es)')
  process.exit(2)
}
const targets = slugs.length ? slugs : getArticles(locale).map((a) => a.slug)
for (const slug of targets) {
  const translated = getArticle(slug, locale)
  const english = getArticle(slug, DEFAULT_LOCALE)
  if (!translated || !english) {
    console.error(`No ${translated ? 'English' : locale} article "${slug}".`)
    process.exit(1)
  }
  const hashes = stampTranslation(translated.file, english)
  console.log(`${translated.file}: stamped ${Object.keys(hashes).length} sections from ${english.file}`)
}
