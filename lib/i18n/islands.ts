/**
 * What an island knows of its page's language. scripts/islands.mjs bundles every island once per
 * language: `@island/strings` resolves to that language's content/<locale>/strings.ts (of which
 * only its `islands` words are kept) and ISLAND_LOCALE is defined as its address prefix and Intl
 * locale. So a page loads its own language's words and no other's, and a new language needs no
 * change here. (Type-checked, and unit-tested, against English: tsconfig and Vitest map the alias
 * to content/en/strings.ts.)
 */
import { islands } from '@island/strings'
import { prefixPath } from './paths'

declare const ISLAND_LOCALE: { prefix: string; intl: string }

const locale: { prefix: string; intl: string } = typeof ISLAND_LOCALE === 'undefined' ? { prefix: '', intl: 'en-US' } : ISLAND_LOCALE

export type { IslandStrings } from '../../content/en/strings'

export function islandStrings() {
  return islands
}

/** A site path in the page's language: '/glossary' -> '/es/glossary' on a Spanish page. */
export const sitePath = (path: string) => prefixPath(locale.prefix, path)

export const dateText = (date: Date) => date.toLocaleDateString(locale.intl, { year: 'numeric', month: 'long', day: 'numeric' })
