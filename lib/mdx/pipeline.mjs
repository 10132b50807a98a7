// @ts-check
// The article pipeline: every remark step an article goes through, in order, as one remark plugin.
// This list exists only here. `next build` gets it through @next/mdx (next.config.ts names this
// file: Turbopack takes plugins as paths and options as JSON); the content check, the pages'
// analysis (lib/content.ts) and the tests use the same function.
//
// One compile makes every page of an article (lib/mdx/section-pages.mjs): the article itself and,
// for each "##" section, its own page (the section alone, opened by its main message, its
// citations numbered from 1, its own references and term definitions). Article and section pages
// render the same compiled module, each picking its part.
import { unified } from 'unified'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkHeadings from './remark-headings.mjs'
import remarkVocabulary from './remark-vocabulary.mjs'
import remarkMainMessage from './remark-main-message.mjs'
import remarkSectionMessages from './remark-section-messages.mjs'
import remarkChanges from './remark-changes.mjs'
import remarkSection from './remark-section.mjs'
import remarkCitations from './remark-citations.mjs'
import remarkTerms from './remark-terms.mjs'
import remarkCrisisLinks from './remark-crisis-links.mjs'
import remarkTables from './remark-tables.mjs'
import remarkCiteGlue from './remark-cite-glue.mjs'
import remarkReport from './remark-report.mjs'
import { sectionPages, joinPages } from './section-pages.mjs'

/**
 * What the plugins check against and put on the page: the validated content, given by the caller
 * (lib/mdx/options.ts for the build and the pages; the content check its folder's own). The
 * plugins read no content file. Absent or null: not known (its file could not be read), so no id
 * is called unknown because of it.
 * @typedef {object} PipelineOptions
 * @property {string[] | null} [references] the bibliography's ids (content/references.json)
 * @property {string[] | null} [terms] the glossary's ids (content/en/glossary.yaml)
 * @property {string[]} [figures] the figure names (the data files in content/en/figures)
 * @property {Record<string, string[]>} [figureSources] each figure's sources, in order
 * @property {boolean} [figureSourcesChecked] the caller checks figures' own sources, so they are not reported here
 * @property {{ min: number, max: number } | null} [keyPoints] how many key points an article has (content/settings.yaml)
 * @property {import('./section-ids.mjs').Redirects | null} [redirects] the section-id lock's redirects (content/section-ids.lock.json)
 * @property {Record<string, { type: string, id: string }[]>} [translatedCallouts] for each translation (by absolute path), the callouts of the article it translates
 * @property {boolean} [pages] also make each "##" section's own page in the same tree (the build: next.config.ts); analysis leaves it off
 * @property {boolean} [collect] leave the problems on the file for the caller (the content check) instead of failing with them all (remark-report)
 * @property {string} [code] unused here: a hash of the pipeline's code (lib/mdx/options.ts), so Turbopack's build cache recompiles articles when it changes
 */

/**
 * The remark plugin of an article: parses frontmatter and GFM, then checks and transforms.
 * @this {import('unified').Processor}
 * @param {PipelineOptions} [options]
 */
export default function remarkArticle(options = {}) {
  // Syntax only (they add parser extensions to this processor), so they are called on it here.
  remarkFrontmatter.call(this, ['yaml'])
  remarkGfm.call(this)
  // The whole article is checked, and gets its ids, before any page is cut from it.
  const check = unified()
    .use(remarkHeadings, { redirects: options.redirects, translatedCallouts: options.translatedCallouts })
    .use(remarkVocabulary, { figures: options.figures, keyPoints: options.keyPoints })
    .use(remarkMainMessage, { figures: options.figures })
    .use(remarkSectionMessages, { known: options.references, redirects: options.redirects })
    .use(remarkChanges, { redirects: options.redirects })
    .freeze()
  // Then each page is finished on its own: citations numbered, terms listed, crisis numbers linked.
  /** @type {import('unified').PluggableList} */
  const finishing = [
    [remarkCitations, { known: options.references, figureSources: options.figureSources, figureSourcesChecked: options.figureSourcesChecked }],
    [remarkTerms, { known: options.terms }],
    remarkCrisisLinks,
    remarkTables,
    remarkCiteGlue,
  ]
  const finish = unified().use(finishing).freeze()
  const report = unified().use(remarkReport).freeze()
  return (/** @type {import('mdast').Root} */ tree, /** @type {import('vfile').VFile} */ file) => {
    check.runSync(tree, file)
    // Cut from the checked article before the article's own citations are numbered.
    const sections = !options.pages ? [] : sectionPages(tree, file, (id) => unified().use(remarkSection, { id }).use(finishing).freeze())
    finish.runSync(tree, file)
    if (sections.length) joinPages(tree, file, sections)
    if (!options.collect) report.runSync(tree, file)
  }
}

/**
 * The pipeline as a plugin list, for `unified().use(...)` and `evaluate({ remarkPlugins })`.
 * @param {PipelineOptions} [options]
 * @returns {import('unified').PluggableList}
 */
export function remarkPlugins(options = {}) {
  return [[remarkArticle, options]]
}
