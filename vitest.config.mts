import { readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

const root = fileURLToPath(new URL('./', import.meta.url))

// Files that need a fresh module registry of their own: those that mock a module (vi.mock would
// leak into, or miss, the modules other files already loaded) and those that render into a DOM
// (a `// @vitest-environment happy-dom` docblock; they also get the Testing Library set-up).
// Read from the files themselves, so a new test file lands in the right project by what it does.
const unitFiles = readdirSync(new URL('./tests/unit/', import.meta.url)).filter((f) => /\.test\.tsx?$/.test(f))
const needsIsolation = (file: string) => /\bvi\.mock\(|@vitest-environment (?:happy-dom|jsdom)/.test(readFileSync(`${root}tests/unit/${file}`, 'utf8'))
const isolated = unitFiles.filter(needsIsolation).map((f) => `tests/unit/${f}`)

export default defineConfig({
  plugins: [react()],
  // The islands' strings: English in tests, as in type checking (scripts/islands.mjs bundles each language's).
  resolve: { alias: { '@island/strings': `${root}content/en/strings.ts`, '@': root } },
  test: {
    // Both cores (Vitest's default is one fewer than the CPUs: 1 worker on a 2-core machine).
    maxWorkers: 2,
    // No DOM unless a file asks for one with a docblock.
    environment: 'node',
    // Several tests read and parse every content file (both languages). The timeout guards against a
    // hang, not speed (speed is measured in the benchmark scripts): 5 s is too tight on a busy 2-core CI.
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          exclude: isolated,
          // One module registry per worker, shared by its files: lib/ and its dependencies load once,
          // and the real content is read and parsed once per worker (lib/content.ts, lib/sections/sections.ts
          // and lib/search/docs.ts cache it in module state), not once per file. These files
          // mock nothing and only read module state; a file that needs its own registry uses vi.mock
          // (or a DOM), which puts it in the project below.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'isolated',
          include: isolated,
          setupFiles: ['tests/unit/setup.ts'],
        },
      },
    ],
  },
})
