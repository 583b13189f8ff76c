// One place for how tests and the benchmark launch Chromium: Debian's build where Playwright
// cannot download its own (this machine, CI), Playwright's bundled browser elsewhere.
import { existsSync } from 'node:fs';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

export function chromiumLaunchOptions(): { executablePath?: string; args?: string[] } {
  if (!existsSync(SYSTEM_CHROMIUM)) return {};
  return {
    executablePath: SYSTEM_CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  };
}
