/**
 * The whole content check as a function, so the script and the tests share it: schemas, ids,
 * citations, glossary terms, section-id lock, word counts and reading level, and the source rules
 * (journal ids, non-source URLs, drug-label dates, numbers without a citation).
 */
import { readFileSync } from 'node:fs'
import { contentPath, displayPath, listFigureNames, readData } from './content-files.mjs'
import { ContentErrors, analyzeArticleSource, loadArticles, loadGlossary, loadReferences, parseArticleSource } from './content'
import { checkLabelAges, checkReferenceEntries } from './reference-rules'
import { citationUnits, citedPercent, firstCiteLines, uncitedNumbers } from './citation-coverage'
import type { Reference } from './schemas'
import { measure } from './readability'
import { checkSectionLock } from './section-lock'
import { sectionLockSchema } from './schemas'
import { figureSchemas, loadFigure, type FigureName } from './figures'

export const LIMITS = { minWords: 1500, maxWords: 3000, maxGrade: 8, minReferences: 8, minReferencesLight: 6, light: ['history', 'how-it-works'] }

export interface ArticleReport {
  slug: string
  words: number
  grade: number
  references: number
  terms: number
  /** Share (0 to 100) of paragraphs and list items that carry a <Cite> (theirs or their list's). */
  citedPercent: number
  problems: string[]
}

export interface ContentReport {
  articles: ArticleReport[]
  glossaryTerms: number
  glossaryGrade: number
  references: number
  citedReferences: number
  problems: string[]
}

function collect(problems: string[], fn: () => void) {
  try {
    fn()
  } catch (error) {
    if (error instanceof ContentErrors) problems.push(...error.errors.map((e) => e.message))
    else problems.push(error instanceof Error ? error.message : String(error))
  }
}

export function checkContent(dir = contentPath()): ContentReport {
  const problems: string[] = []
  let references = new Map<string, Reference>()
  const referencesFile = `${dir}/references.json`
  collect(problems, () => {
    references = loadReferences(referencesFile)
    problems.push(...checkReferenceEntries(references.values(), readFileSync(referencesFile, 'utf8'), displayPath(referencesFile)))
  })
  let glossary: { id: string; definition: string }[] = []
  collect(problems, () => {
    glossary = loadGlossary(`${dir}/glossary.yaml`, new Set(references.keys()))
  })
  const articles: ArticleReport[] = []
  const cited = new Set<string>()
  const found: Record<string, string[]> = {}
  collect(problems, () => {
    for (const article of loadArticles(`${dir}/articles`)) {
      const report: ArticleReport = { slug: article.slug, words: 0, grade: 0, references: 0, terms: 0, citedPercent: 0, problems: [] }
      collect(report.problems, () => {
        // The ids this content folder defines (not the site's), so fixture folders check alone.
        const source = readFileSync(article.file, 'utf8')
        const analysis = analyzeArticleSource(source, article.file, {
          references: [...references.keys()],
          terms: glossary.map((g) => g.id),
          figures: listFigureNames(`${dir}/figures`),
        })
        const r = measure(source)
        report.words = r.words
        report.grade = r.grade
        report.references = analysis.citations.length
        report.terms = new Set(analysis.terms.map((t) => t.id)).size
        analysis.citations.forEach((c) => cited.add(c.id))
        found[article.slug] = analysis.headings.map((h) => h.id)
        const where = `content/articles/${article.slug}.mdx`
        if (r.words < LIMITS.minWords || r.words > LIMITS.maxWords) report.problems.push(`${where}: body text has ${r.words} words; expected ${LIMITS.minWords} to ${LIMITS.maxWords}`)
        if (r.grade > LIMITS.maxGrade) report.problems.push(`${where}: reading grade ${r.grade} is above ${LIMITS.maxGrade}; use shorter sentences and everyday words`)
        const min = LIMITS.light.includes(article.slug) ? LIMITS.minReferencesLight : LIMITS.minReferences
        if (analysis.citations.length < min) report.problems.push(`${where}: cites ${analysis.citations.length} distinct sources; expected at least ${min}`)
        // Numbers and label dates point at a line, so they name the file as found (fixtures too).
        const tree = parseArticleSource(source)
        const units = citationUnits(tree)
        report.citedPercent = citedPercent(units)
        const shown = displayPath(article.file)
        report.problems.push(...uncitedNumbers(units, shown))
        report.problems.push(...checkLabelAges(shown, article.lastReviewed, analysis.citations.map((c) => c.id), references, firstCiteLines(tree)))
      })
      problems.push(...report.problems)
      articles.push(report)
    }
  })
  for (const name of listFigureNames(`${dir}/figures`)) {
    collect(problems, () => {
      if (!(name in figureSchemas)) throw new Error(`content/figures/${name}.yaml: no drawing for this figure; expected one of ${Object.keys(figureSchemas).join(', ')}`)
      loadFigure(name as FigureName, `${dir}/figures`)
    })
  }
  collect(problems, () => {
    const lock = sectionLockSchema.parse(readData(`${dir}/section-ids.lock.json`))
    problems.push(...checkSectionLock(lock, found))
  })
  const glossaryGrade = glossary.length ? measure(glossary.map((g) => g.definition).join('\n\n')).grade : 0
  if (glossaryGrade > LIMITS.maxGrade) problems.push(`content/glossary.yaml: definitions read at grade ${glossaryGrade}; expected ${LIMITS.maxGrade} or below`)
  for (const term of glossary) {
    const grade = measure(term.definition).grade
    if (grade > LIMITS.maxGrade) problems.push(`content/glossary.yaml: term "${term.id}": definition reads at grade ${grade}; expected ${LIMITS.maxGrade} or below (shorter sentences, everyday words; put detail in "note")`)
  }
  return { articles, glossaryTerms: glossary.length, glossaryGrade, references: references.size, citedReferences: cited.size, problems }
}
