import { defineConfig } from 'vitest/config'
import { fileURLToPath } from 'node:url'

// The checks that need the build, apart from the unit tests:
//  - tests/built: every page of out/ read from disk once per file and checked as HTML (markup,
//    links, policy, crisis links, previews, Spanish pairs), with no server and no browser;
//  - tests/hosts: out/ served by real static servers (Debian's nginx with the generated
//    deploy/nginx.conf, python3 -m http.server).
// BUILT_DIR points the built checks at another copy of the export (default: out).
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./', import.meta.url)) } },
  test: {
    environment: 'node',
    include: ['tests/built/**/*.test.ts', 'tests/hosts/**/*.test.ts'],
    // Each host file starts its own server on a free port; two files at once is fine. The built
    // checks read and parse every page: the timeouts guard against a hang on a busy 2-core CI.
    testTimeout: 60_000,
    hookTimeout: 30_000,
  },
})
