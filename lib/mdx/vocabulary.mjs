// The small component vocabulary writers may use in content/articles/*.mdx, with the props each
// accepts. The build refuses anything else, naming the file, line and the fix (Starlight's
// "components fail loudly" convention). Shared by the remark check and the component registry.
export const EVIDENCE_LEVELS = ['fda-approved', 'off-label-rct', 'early-research', 'investigational']
export const CALLOUT_TYPES = ['note', 'warning', 'crisis', 'emergency', 'call-today', 'next-visit']

export const VOCABULARY = {
  KeyPoints: { props: {} },
  Cite: { props: { id: 'string' } },
  Term: { props: { id: 'string' } },
  Evidence: { props: { level: EVIDENCE_LEVELS } },
  Callout: { props: { type: CALLOUT_TYPES, title: 'string?' } },
  QuestionsToAsk: { props: {} },
  Figure: { props: { name: 'figure' } },
}
