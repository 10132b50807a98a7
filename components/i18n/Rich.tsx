import { Fragment, type ReactNode } from 'react'
import { fromMarkdown } from 'mdast-util-from-markdown'
import type { PhrasingContent, RootContent } from 'mdast'
import { CrisisText } from '@/components/mdx/CrisisNumber'
import { localePath, type Locale } from '@/lib/i18n'
import { getPageLocale } from '@/lib/i18n/page-locale'

/**
 * A dictionary string with inline Markdown: **bold**, *emphasis* and [links](/path). Internal
 * links are written as English paths and point into the reader's language; crisis numbers become
 * call/text links, as everywhere else. `{name}` placeholders are filled from `vars`. Rendered on
 * the server: no Markdown parser reaches the browser.
 */
export function Rich({ text, vars = {}, locale }: { text: string; vars?: Record<string, string>; locale?: Locale }) {
  const lang = locale ?? getPageLocale()
  const filled = text.replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole)
  const tree = fromMarkdown(filled)
  return <>{tree.children.map((node, i) => render(node, lang, i))}</>
}

function render(node: RootContent | PhrasingContent, locale: Locale, key: number): ReactNode {
  switch (node.type) {
    case 'paragraph':
      return <Fragment key={key}>{node.children.map((child, i) => render(child, locale, i))}</Fragment>
    case 'text':
      return <CrisisText key={key} text={node.value} locale={locale} />
    case 'strong':
      return <strong key={key}>{node.children.map((child, i) => render(child, locale, i))}</strong>
    case 'emphasis':
      return <em key={key}>{node.children.map((child, i) => render(child, locale, i))}</em>
    case 'link': {
      const href = node.url.startsWith('/') ? localePath(locale, node.url) : node.url
      return (
        <a key={key} href={href}>
          {node.children.map((child, i) => render(child, locale, i))}
        </a>
      )
    }
    default:
      throw new Error(`Dictionary text uses Markdown the <Rich> component does not render: ${node.type}. Use only **bold**, *emphasis* and [links](/path).`)
  }
}
