import { Fragment, type ReactNode } from 'react'
import { fromMarkdown } from 'mdast-util-from-markdown'
import type { PhrasingContent, RootContent } from 'mdast'
import { CrisisText } from '@/components/mdx/CrisisNumber'
import { LOCALE_INFO, isLocale, localePath, type Locale } from '@/lib/i18n'

/**
 * A dictionary string with inline Markdown: **bold**, *emphasis* and [links](/path). Internal
 * links are written as English paths and point into the reader's language; a link to a page in a
 * given language starts with its code and keeps it, with hreflang: [in English](/en),
 * [in Spanish](/es). Crisis numbers become call links, as everywhere else. `{name}`
 * placeholders are filled from `vars`. Rendered on the server: no Markdown parser reaches the
 * browser.
 */
export function Rich({ text, vars = {}, locale }: { text: string; vars?: Record<string, string>; locale: Locale }) {
  const filled = text.replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole)
  const tree = fromMarkdown(filled)
  return <>{tree.children.map((node, i) => render(node, locale, i))}</>
}

/** A path that names its language ("/en", "/en/glossary", "/es/articles/safety"): the language and the English path. */
export function explicitLanguage(url: string): { locale: Locale; path: string } | null {
  const match = /^\/([^/?#]+)(?=$|[/?#])(.*)$/.exec(url)
  if (!match || !isLocale(match[1])) return null
  const rest = match[2] ?? ''
  return { locale: match[1], path: rest === '' ? '/' : rest.startsWith('/') ? rest : `/${rest}` }
}

function render(node: RootContent | PhrasingContent, locale: Locale, key: number): ReactNode {
  switch (node.type) {
    case 'paragraph':
      return <Fragment key={key}>{node.children.map((child, i) => render(child, locale, i))}</Fragment>
    case 'text':
      return <CrisisText key={key} text={node.value} />
    case 'strong':
      return <strong key={key}>{node.children.map((child, i) => render(child, locale, i))}</strong>
    case 'emphasis':
      return <em key={key}>{node.children.map((child, i) => render(child, locale, i))}</em>
    case 'link': {
      // "/en/…" or "/es/…": that language's page, whatever the reader's (the about page's
      // "also in English"), marked with hreflang. Any other "/…" is an English path, localised.
      const other = explicitLanguage(node.url)
      const href = other ? localePath(other.locale, other.path) : node.url.startsWith('/') ? localePath(locale, node.url) : node.url
      return (
        <a key={key} href={href} hrefLang={other ? LOCALE_INFO[other.locale].lang : undefined}>
          {node.children.map((child, i) => render(child, locale, i))}
        </a>
      )
    }
    default:
      throw new Error(`Dictionary text uses Markdown the <Rich> component does not render: ${node.type}. Use only **bold**, *emphasis* and [links](/path).`)
  }
}
