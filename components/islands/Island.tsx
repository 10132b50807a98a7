import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/** The islands scripts/islands.mjs bundles from components/islands/<name>.ts. */
export type IslandName = 'article' | 'glossary' | 'search' | 'handout'

/**
 * Loads one vanilla island module on the page that uses it. The bundle is built before `next
 * build` and `next dev` (scripts/islands.mjs) into public/islands/. A hash of its bytes goes in
 * the query string, so a static host's caches never pair new HTML with an old script.
 */
export function Island({ name }: { name: IslandName }) {
  const file = join(process.cwd(), 'public', 'islands', `${name}.js`)
  let version = 'dev'
  try {
    version = createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 10)
  } catch {
    throw new Error(`public/islands/${name}.js is missing: run \`node scripts/islands.mjs\` (npm run build and npm run dev do it).`)
  }
  // A module script is deferred by definition: it never blocks parsing, which is what the rule guards.
  // eslint-disable-next-line @next/next/no-sync-scripts
  return <script type="module" src={`/islands/${name}.js?v=${version}`} />
}
