/**
 * The search index files: what the build writes (lib/search/build.ts) and the browser reads
 * (lib/search/query.ts), per language, under /search/index/ (/<locale>/search/index/).
 *
 * Why an engine of our own (see scripts/bench-search.ts for the figures):
 * - MiniSearch (once used by the glossary) must load its whole index before the first query; with
 *   the text needed for snippets that grows with the site and breaks the first-search budget at 10x.
 * - Pagefind splits its index the right way, but needs WebAssembly (our CSP `script-src 'self'`
 *   has no 'wasm-unsafe-eval') and has no typo tolerance (Pagefind issue 2).
 * So we borrow Pagefind's layout (small files fetched per query) and add the typo, synonym and
 * stemming layer ourselves:
 *   meta.json        version, document count, the language's analyzer, where each term's postings live
 *   v-<key>.json     vocabulary by first letter(s): terms and document counts, for typos and prefixes
 *   l-<key>.json     glossary labels (term, aliases, misspellings) as phrases -> term ids: synonyms
 *   p-<n>.json       postings chunks (sorted by term): document ids with a precomputed BM25 weight
 *   d-<id>.json      one document: title, article, link and plain text for the snippet
 *   terms.json       the glossary term each definition document defines (for the glossary's search)
 * A query fetches only the files its words need, then the documents it shows.
 */
import type { AnalyzerSpec } from './analyzers'

export type DocKind = 'section' | 'intro' | 'term'

export interface SearchDoc {
  kind: DocKind
  /** The section's question, the article's title, or the glossary term. */
  title: string
  /** The article's short name; 'Glossary' for a term. */
  article: string
  href: string
  /** Plain text: the section's words, or the term's definition. */
  text: string
  /** Extra words weighted like the title: a term's aliases and misspellings, a section's id. */
  keywords?: string[]
  /** Glossary term ids the text links to (<Term id>): those terms' synonyms find it. */
  terms?: string[]
  /** For a definition (kind 'term'): the id of the term it defines. */
  defines?: string
}

export interface GlossaryGroup {
  id: string
  /** The term, its aliases and its misspellings: every name search treats as the same thing. */
  labels: string[]
}

export interface Suggestion {
  title: string
  article: string
  href: string
}

export interface IndexMeta {
  /** Version: a hash of every file, so a page never pairs with shards of another build. */
  v: string
  /** Number of documents. */
  n: number
  /** Key length of the vocabulary and label shards (1 or 2 letters). */
  vk: number
  lk: number
  /** First term of each postings chunk, in order. */
  chunks: string[]
  /** The vocabulary and label shards that exist (no request for a letter no word starts with). */
  vs: string[]
  ls: string[]
  /** A few sections to offer when nothing matches. */
  s: Suggestion[]
  /** Each document's kind, one letter per document id ('s' section, 'i' opening, 't' term). */
  k: string
  /** Words readers type -> the words the pages use (stems), from the language's term list. */
  y: Record<string, string[]>
  /** How this language's text is read: stop words, stemmer, folding, question words. */
  a: AnalyzerSpec
}

export interface VocabShard {
  /** Terms, sorted. */
  t: string[]
  /** Document count of each term. */
  d: number[]
}

/** Label phrase -> glossary term ids. */
export type LabelShard = Record<string, string[]>

/**
 * Term -> flat [doc id delta, value, doc id delta, value, ...]. value = weight (1..63, BM25) +
 * 64 x the number of words in the document's title when the term is in the title (0 otherwise):
 * a query that says what a title says ranks that section first.
 */
export type PostingsChunk = Record<string, number[]>

export interface DocFragment {
  k: 's' | 'i' | 't'
  t: string
  a: string
  h: string
  x: string
  /** Glossary phrases present in this document, by term id: to highlight synonyms. */
  g?: Record<string, string[]>
}

/** Definition document id -> the id of the glossary term it defines. */
export type TermsFile = Record<string, string>

/** Postings of a glossary group (every document that names the term, by any of its names) are under `~<term id>`. */
export const GROUP_PREFIX = '~'
export const IMPACT_LEVELS = 63
export const TITLE_UNIT = 64

export const kindLetter = (kind: DocKind): DocFragment['k'] => (kind === 'section' ? 's' : kind === 'intro' ? 'i' : 't')

/**
 * The shard a word's vocabulary or labels live in: its first letter(s). A letter or digit outside
 * a-z is written as its code point ("-643" for Arabic kaf), so every script gets shards of its own
 * and file names stay plain ASCII; anything else (a space) is "_".
 */
export function shardKey(term: string, length: number): string {
  return [...term]
    .slice(0, length)
    .map((c) => (/[a-z0-9]/.test(c) ? c : /[\p{L}\p{N}]/u.test(c) ? `-${c.codePointAt(0)!.toString(16)}` : '_'))
    .join('')
}

/**
 * Where a section result points: the section inside its article, so the reader lands on the
 * answer with the article's context around it (the section's own page is one link away).
 */
export function sectionHref(slug: string, sectionId: string | null): string {
  return sectionId ? `/articles/${slug}#${sectionId}` : `/articles/${slug}`
}

export function glossaryHref(termId: string): string {
  return `/glossary#${termId}`
}
