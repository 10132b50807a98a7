/** Prints words, sentences and Flesch-Kincaid grade for the MDX files given (a writer's quick check). */
import { readFileSync } from 'node:fs'
import { measure } from '../lib/readability'

const files = process.argv.slice(2)
if (files.length === 0) {
  console.error('usage: npx tsx scripts/readability.ts content/en/articles/<slug>.mdx [...]')
  process.exit(2)
}
for (const file of files) {
  // Files under content/es/ are Spanish: scored with Fernández-Huerta (70 or more passes).
  const lang = /(^|\/)content\/es\//.test(file) ? 'es' : 'en'
  const r = measure(readFileSync(file, 'utf8'), lang)
  const score = lang === 'es' ? `Fernández-Huerta ${r.fernandezHuerta} (70 or more passes)` : `grade ${r.grade}`
  console.log(`${file}: ${r.words} words, ${r.sentences} sentences, ${r.wordsPerSentence} words/sentence, ${score}`)
  for (const s of r.longSentences) console.log(`  long (${s.split(/\s+/).length} words): ${s}`)
}
