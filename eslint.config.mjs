import { fileURLToPath } from 'node:url'
import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'

/**
 * The modules that run in the reader's browser: the islands (scripts/islands.mjs bundles them) and
 * everything they import. They must not reach for Node, React, Next or the content loaders (which
 * would pull the build's files and every language's strings into a page's script). This list is
 * the mark: tests/unit/browser-boundary.test.ts fails when an island imports a module not on it.
 */
export const BROWSER_MODULES = [
  'components/islands/*.ts',
  'components/enhance/*.ts',
  'components/handout/*.ts',
  'lib/citations/groups.ts',
  'lib/handout.ts',
  'lib/i18n/islands.ts',
  'lib/i18n/paths.ts',
  'lib/search/analyze.ts',
  'lib/search/expand.ts',
  'lib/search/format.ts',
  'lib/search/query.ts',
  'lib/search/score.ts',
  'lib/search/snippet.ts',
  'lib/search/stemmers.ts',
  'lib/search/terms.ts',
  'lib/sentences.mjs',
  'lib/text.ts',
  'lib/text/edit-distance.mjs',
]

const config = [
  ...nextVitals,
  ...nextTs,
  {
    // Internal links are plain <a> on purpose: every page is static, and a full page load is
    // cheaper on a slow phone than next/link's router chunk (6.4 KB gzip) plus RSC prefetches.
    rules: { '@next/next/no-html-link-for-pages': 'off' },
  },
  {
    // Imports point one way: components use lib, never the reverse. lib/ is also loaded by the
    // content check, the remark plugins and scripts, which must not pull in React components.
    files: ['lib/**'],
    rules: {
      'import/no-restricted-paths': [
        'error',
        {
          basePath: fileURLToPath(new URL('.', import.meta.url)),
          zones: [{ target: './lib', from: './components', message: 'lib/ must not import from components/: move the shared type or helper into lib/.' }],
        },
      ],
    },
  },
  {
    files: BROWSER_MODULES,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'crypto', 'react', 'react-dom', 'react/*', 'next', 'next/*'],
              message: 'Browser code (an island module) cannot use Node, React or Next.',
            },
            {
              regex: '(^@/lib/content(/|$))|(/lib/content/)|(^@/lib/i18n$)|((^|/)i18n/(locales|index)$)|(^\\./i18n/(locales|index)$)',
              allowTypeImports: true,
              message: 'Browser code reads no content and no dictionary: use lib/i18n/islands.ts (its language only) or data the build writes.',
            },
          ],
        },
      ],
    },
  },
  {
    ignores: [
      '.next/**',
      '.next-server/**',
      'out/**',
      'deploy/**',
      'public/islands/**',
      'node_modules/**',
      'reports/**',
      'test-results/**',
      'playwright-report/**',
      'next-env.d.ts',
      'tests/fixtures/**',
    ],
  },
]

export default config
