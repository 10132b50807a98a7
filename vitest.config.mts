import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'
import { fileURLToPath } from 'node:url'

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@': fileURLToPath(new URL('./', import.meta.url)) } },
  test: {
    environment: 'happy-dom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    // Several tests read and parse every content file (both languages). The timeout guards against a
    // hang, not speed (speed is measured in the benchmark scripts): 5 s is too tight on a busy 2-core CI.
    testTimeout: 30_000,
  },
})
