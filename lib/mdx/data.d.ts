// What the article pipeline's remark plugins leave on `file.data` (vfile's DataMap), so readers
// of it (lib/content.ts, lib/mdx/section-pages.mjs) get these types without casts.

/** A "##" or "###" heading with its stable id (remark-headings). */
export interface HeadingInfo {
  depth: number
  id: string
  text: string
  /** The writer fixed the id with a trailing {/*id*\/} comment. */
  pinned: boolean
  line: number
}

/** A cited source, numbered in order of first use, with the anchor of every place that cites it (remark-citations). */
export interface CitationInfo {
  id: string
  n: number
  backlinks: string[]
}

/** A <Term> in the text and the "##"/"###" section it appears in (remark-terms). */
export interface TermUse {
  id: string
  section: string | null
}

/** A section's message from the frontmatter, checked (remark-section-messages): its words, its known sources, and their lines. */
export interface SectionMessageInfo {
  message: string
  cite: string[]
  line: number
  citeLine: number
}

/** The main message a section page opens with (remark-section): the frontmatter's, or the words of its opening paragraph. */
export interface SectionLead {
  text: string
  from: 'frontmatter' | 'paragraph'
}

declare module 'vfile' {
  interface DataMap {
    headings: HeadingInfo[]
    citations: CitationInfo[]
    terms: TermUse[]
    sectionMessages: Record<string, SectionMessageInfo>
    sectionLead: SectionLead
    /** Each section page cut from the article (lib/mdx/section-pages.mjs): its own sources and its main message. */
    sectionPages: Record<string, { citations: CitationInfo[]; lead?: SectionLead }>
  }
}
