import type { MDXComponents } from 'mdx/types'

// Required by @next/mdx in the app router. Nothing is provided here: a page renders an article
// with the components bound to its language and data (components/mdx: mdxComponents), so an
// article rendered without them fails loudly ("Expected component `KeyPoints` to be defined").
export function useMDXComponents(): MDXComponents {
  return {}
}
