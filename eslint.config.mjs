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
  { ignores: ['.next/**', '.next-server/**', 'out/**', 'public/islands/**', 'node_modules/**', 'reports/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts', 'tests/fixtures/**'] },
]

export default config
