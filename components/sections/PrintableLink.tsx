import type { ComponentProps } from 'react'
import { absoluteUrl } from '@/lib/pages/site'

/**
 * A Markdown link that, on paper, prints the full address of the site page it points to (print
 * CSS reads data-print-url): a path alone is no use once the page is printed.
 */
export function PrintableLink({ href, ...rest }: ComponentProps<'a'>) {
  const internal = typeof href === 'string' && href.startsWith('/') && !href.startsWith('//')
  return <a href={href} data-print-url={internal ? absoluteUrl(href) : undefined} {...rest} />
}
