import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium';

const launchOptions = chromiumLaunchOptions();

// E2E_PORT lets two checkouts run their suites side by side (each reuses its own servers locally).
const port = Number(process.env.E2E_PORT ?? 4317);
/** Serves the build of e2e/corpora/hostile; e2e/hostile.spec.ts points its baseURL here. */
const hostilePort = port + 1;
process.env.HOSTILE_BASE_URL ??= `http://127.0.0.1:${hostilePort}/`;
/** Serves a build of the benchmark's generated corpus of size M; e2e/overview.spec.ts uses it. */
const overviewPort = port + 2;
process.env.OVERVIEW_BASE_URL ??= `http://127.0.0.1:${overviewPort}/`;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  expect: { timeout: 7_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    launchOptions,
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions } }],
  webServer: [
    {
      command: `npm run build && npm run preview -- --port ${port} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
    {
      // The hostile corpus (markup, script URLs, bidi controls…) in its own build, for e2e/hostile.spec.ts.
      command: `DATA_DIR=e2e/corpora/hostile npm run build -- --outDir dist-hostile --emptyOutDir && npm run preview -- --outDir dist-hostile --port ${hostilePort} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${hostilePort}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
    {
      // 10,000 entities from the benchmark's generator (seed 1) in their own build, for
      // e2e/overview.spec.ts: the overview at a scale where the level of detail applies.
      command: `npx tsx bench/generate.ts --size M --seed 1 --out bench/out/e2e-corpus-M && DATA_DIR=bench/out/e2e-corpus-M npm run build -- --outDir dist-overview --emptyOutDir && npm run preview -- --outDir dist-overview --port ${overviewPort} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${overviewPort}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 300_000,
    },
  ],
});
