// @ts-check
// The small component vocabulary writers may use in content/en/articles/*.mdx, with the props each
// accepts. The build refuses anything else, naming the file, line and the fix (Starlight's
// "components fail loudly" convention). Shared by the remark check and the component registry.
// `const` so the components' prop types are these exact values (a new level needs its label).
export const EVIDENCE_LEVELS = /** @type {const} */ (['fda-approved', 'off-label-rct', 'early-research', 'investigational'])
export const CALLOUT_TYPES = /** @type {const} */ (['note', 'warning', 'crisis', 'emergency', 'call-today', 'next-visit'])

/**
 * What a prop accepts: any quoted text ('string', or 'string?' when optional), the name of a
 * figure data file ('figure'), one of a list of values, or a bare word with no value that is
 * there or not ('flag?', like `explained` in <Term id="psychosis" explained>).
 * @typedef {'string' | 'string?' | 'figure' | 'flag?' | readonly string[]} PropRule
 */

/** @type {Readonly<Record<string, { props: Readonly<Record<string, PropRule>> }>>} */
export const VOCABULARY = {
  KeyPoints: { props: {} },
  Cite: { props: { id: 'string' } },
  Term: { props: { id: 'string', explained: 'flag?' } },
  Evidence: { props: { level: EVIDENCE_LEVELS } },
  // `id`: pins the heading's id, which otherwise comes from the title (remark-headings).
  Callout: { props: { type: CALLOUT_TYPES, title: 'string?', id: 'string?' } },
  QuestionsToAsk: { props: {} },
  Figure: { props: { name: 'figure' } },
  MoreDetail: { props: { title: 'string' } },
}
