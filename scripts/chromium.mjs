// One Chromium launch configuration for Playwright, the benchmark and the screenshots script:
// Debian's chromium (browser downloads are not possible here), with the flags that keep it from
// calling home on a closed network.
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium'

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** For Playwright's `launchOptions` / `chromium.launch()`. */
export const chromiumLaunchOptions = { executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS }
