import { defineConfig } from 'vitest/config'
import { fileURLToPath } from 'node:url'

// The host tests (`npm run test:hosts`; `npm test` runs them after the build): out/ served by real
// static servers (Debian's nginx with the generated deploy/nginx.conf, python3 -m http.server).
// Apart from the unit tests because they need the build.
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./', import.meta.url)) } },
  test: {
    environment: 'node',
    include: ['tests/hosts/**/*.test.ts'],
    // Each file starts its own server on a free port; two files at once is fine.
    testTimeout: 60_000,
    hookTimeout: 30_000,
  },
})
