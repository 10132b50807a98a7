import { fileURLToPath } from 'node:url'
import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'

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
