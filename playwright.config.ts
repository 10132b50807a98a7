import { spawnSync } from 'node:child_process'
import { defineConfig, devices } from '@playwright/test'
import { chromiumLaunchOptions } from './scripts/chromium.mjs'

// The e2e run starts its own server, on 3100 (or $E2E_PORT) when that port is free and on a port the
// system picks when anything else already listens there: another project's server is never tested
// in place of this one. Chosen once, in the main process; the workers inherit it.
if (!process.env.E2E_PORT_CHOSEN) {
  const picked = spawnSync(process.execPath, ['scripts/free-port.mjs', process.env.E2E_PORT ?? '3100'], { encoding: 'utf8' })
  if (picked.status !== 0 || !/^\d+$/.test(picked.stdout)) throw new Error(`scripts/free-port.mjs found no free port: ${picked.stderr}`)
  process.env.E2E_PORT = picked.stdout
  process.env.E2E_PORT_CHOSEN = '1'
}
const PORT = Number(process.env.E2E_PORT)

export default defineConfig({
  testDir: 'tests/e2e',
  workers: 2,
  // Tests are independent pages: spread them over both workers, not file by file.
  fullyParallel: true,
  retries: process.env.CI ? 1 : 0,
  reporter: [[process.env.CI ? 'line' : 'list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: { baseURL: `http://127.0.0.1:${PORT}`, trace: 'on-first-retry', launchOptions: chromiumLaunchOptions },
  // Interaction tests run once, on a desktop. The phone project (390 x 844, touch) runs only the tests
  // tagged @phone: tap flows, the first screen, header height, sideways overflow.
  projects: [
    { name: 'desktop', grepInvert: /@phone/, use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 } } },
    { name: 'phone', grep: /@phone/, use: { ...devices['Pixel 7'], viewport: { width: 390, height: 844 } } },
  ],
  // The static server that `npm start` runs, on the folder `npm run build` wrote (it rebuilds
  // first only when the build is missing or older than the sources).
  webServer: {
    command: 'node scripts/start.mjs',
    env: { PORT: String(PORT), HOST: '127.0.0.1' },
    url: `http://127.0.0.1:${PORT}/`,
    // The port was free a moment ago: whatever answers there now is the server this run started.
    reuseExistingServer: false,
    timeout: 300_000,
  },
})
