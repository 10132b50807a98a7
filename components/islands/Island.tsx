import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n'

/** The islands scripts/islands.mjs bundles from components/islands/<name>.ts. */
export type IslandName = 'article' | 'glossary' | 'search' | 'handout'

/**
 * A short hash of a file scripts/islands.mjs wrote to public/islands/, for its URL's query string,
 * so a static host's caches never pair new HTML with an old script or stylesheet.
 */
export function assetVersion(file: string): string {
  try {
    return createHash('sha256')
      .update(readFileSync(join(process.cwd(), 'public', 'islands', file)))
      .digest('hex')
      .slice(0, 10)
  } catch {
    throw new Error(`public/islands/${file} is missing: run \`node scripts/islands.mjs\` (npm run build and npm run dev do it).`)
  }
}

/**
 * Loads one vanilla island module on the page that uses it, in the page's language. The bundles are
 * built before `next build` and `next dev` (scripts/islands.mjs), one set per language:
 * public/islands/<name>.js for the default language, public/islands/<locale>/<name>.js for the
 * others; each is versioned by its hash.
 */
export function Island({ name, locale }: { name: IslandName; locale: Locale }) {
  const file = locale === DEFAULT_LOCALE ? `${name}.js` : `${locale}/${name}.js`
  // A module script is deferred by definition: it never blocks parsing, which is what the rule guards.
  // eslint-disable-next-line @next/next/no-sync-scripts
  return <script type="module" src={`/islands/${file}?v=${assetVersion(file)}`} />
}

/**
 * The print rules (app/print.css, minified by scripts/islands.mjs) in their own stylesheet: the
 * browser fetches it without delaying the first paint, and it needs no JavaScript. It comes last in
 * the page, after the main stylesheet, so its rules win over the screen rules they replace.
 */
export function PrintStylesheet() {
  return <link rel="stylesheet" href={`/islands/print.css?v=${assetVersion('print.css')}`} media="print" />
}
