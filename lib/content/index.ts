/**
 * What pages and scripts read: validated content, typed, memoised for the build. Each loader
 * throws one ContentProblems (every problem it found, file:line:column with the fix) on a content
 * mistake. The content check (lib/content/check/) calls the same readers with one ProblemLog.
 */
export { getArticle, getArticles, articlesDir, type ArticleMeta } from './articles'
export { analyzeArticle, type ArticleAnalysis } from './analysis'
export { getGlossary, glossaryFile } from './glossary'
export { getReferences, isDrugLabel } from './references'
export { getSettings } from './settings'
export { getSectionLock } from './section-lock'
export { parseArticleSource, readArticleSource, frontmatterOf, mainMessageOf } from './article-source'
export { ContentProblems } from './problems.mjs'
export type { Reference } from './schemas/reference'
export type { GlossaryEntry } from './schemas/glossary'
export type { Settings } from './schemas/settings'
export type { SectionLock } from './schemas/section-lock'
export { reviewerName, type Reviewer, type ArticleFrontmatter } from './schemas/article'
