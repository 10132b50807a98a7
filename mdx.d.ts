declare module '*.mdx' {
  import type { ComponentType } from 'react'
  import type { MDXComponents } from 'mdx/types'
  import type { CitationInfo } from '@/lib/mdx/data'
  const MDXContent: ComponentType<{ components?: MDXComponents }>
  export default MDXContent
  /** Each section page's own sources (lib/mdx/section-pages.mjs). */
  export const sections: Record<string, { citations: CitationInfo[] }> | undefined
}
