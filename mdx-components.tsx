import type { MDXComponents } from 'mdx/types'
import { mdxComponents } from '@/components/mdx'

// Required by @next/mdx in the app router: the registry lives in components/mdx.
export function useMDXComponents(): MDXComponents {
  return mdxComponents
}
