/**
 * Prints words, sentences and the reading score of the MDX files given (a writer's quick check),
 * each with its language's formula: content/<locale>/... is scored as that language
 * (LOCALE_INFO[locale].readability in lib/i18n/locales.ts), anything else as the default language.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { DEFAULT_LOCALE, LOCALES, LOCALE_INFO, type Locale } from '../lib/i18n/locales'
import { measure } from '../lib/content/readability'
import { FORMULAS } from '../lib/content/readability-formulas'

const files = process.argv.slice(2)
if (files.length === 0) {
  console.error('usage: npx tsx scripts/readability.ts content/<locale>/articles/<slug>.mdx [...]')
  process.exit(2)
}
for (const file of files) {
  const parts = path.resolve(file).split(path.sep)
  const locale = (LOCALES as readonly string[]).find((l) => parts.at(-3) === l && parts.at(-2) === 'articles') as Locale | undefined
  const formula = LOCALE_INFO[locale ?? DEFAULT_LOCALE].readability.formula
  const r = measure(readFileSync(file, 'utf8'), formula)
  console.log(`${file}: ${r.words} words, ${r.sentences} sentences, ${r.wordsPerSentence} words/sentence, ${FORMULAS[formula].name} ${r.score}`)
  for (const s of r.longSentences) console.log(`  long (${s.split(/\s+/).length} words): ${s}`)
}
