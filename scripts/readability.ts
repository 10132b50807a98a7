/** Prints words, sentences and Flesch-Kincaid grade for the MDX files given (a writer's quick check). */
import { readFileSync } from 'node:fs'
import { measure } from '../lib/readability'

const files = process.argv.slice(2)
if (files.length === 0) {
  console.error('usage: npx tsx scripts/readability.ts content/articles/<slug>.mdx [...]')
  process.exit(2)
}
for (const file of files) {
  const r = measure(readFileSync(file, 'utf8'))
  console.log(`${file}: ${r.words} words, ${r.sentences} sentences, ${r.wordsPerSentence} words/sentence, grade ${r.grade}`)
  for (const s of r.longSentences) console.log(`  long (${s.split(/\s+/).length} words): ${s}`)
}
