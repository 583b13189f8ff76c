// `npm run bench:annotate [runs]` (beside the e2e specs, whose dev-server harness it uses): how long an annotation takes to show. A dev server on a copy of
// data/, a page open on it; each run saves a new relation through the write endpoint, as the form
// does, and times the save's answer and the moment the page's status line counts the relation
// (the graph updated in place, no reload). The issue asks for under 2 s. It reports, never fails
// on a time.
import { chromium } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startDevServer } from './devServerHarness';
import {
  ABSENT_VERSION,
  ANNOTATE_PATH,
  ANNOTATE_TOKEN_HEADER,
  ANNOTATE_TOKEN_META,
  type SaveRequest,
} from '../src/schema/annotationProtocol';
import { chromiumLaunchOptions } from '../scripts/chromium';
import { summarize } from '../bench/stats';

const SOURCE = 'tiktok-data-of-us-users-repeatedly-accessed-by-china';
const QUOTE = 'its parent company ByteDance';
const runs = Number(process.argv[2] ?? 5);

interface Timing {
  savedMs: number;
  shownMs: number;
}

const dev = await startDevServer('who-said-what-bench-annotate-');
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const text = await readFile(join(dev.dataDir, 'sources', `${SOURCE}.txt`), 'utf8');
  const start = text.indexOf(QUOTE);
  const page = await browser.newPage();
  await page.goto(`${dev.baseURL}?read=${SOURCE}`);
  await page.getByTestId('status-line').filter({ hasText: 'Showing' }).waitFor();
  const timings: Timing[] = [];
  for (let run = 0; run < runs; run += 1) {
    const request: SaveRequest = {
      file: `annotations/bench-${run}.yaml`,
      version: ABSENT_VERSION,
      operation: {
        type: 'add',
        section: 'relations',
        fields: {
          id: `bench-owns-${run}`,
          subject: 'bytedance',
          predicate: 'owns',
          object: 'tiktok',
        },
        passage: { source: SOURCE, start, end: start + QUOTE.length },
      },
    };
    const timing = await page.evaluate(
      async ({ request, path, header, meta }) => {
        const token = document.querySelector(`meta[name="${meta}"]`)?.getAttribute('content') ?? '';
        // No named functions in here: tsx would wrap them in a helper the page does not have.
        const countPattern = /of (\d+) relations/;
        const statusSelector = '[data-testid="status-line"]';
        const before = Number(
          countPattern.exec(document.querySelector(statusSelector)?.textContent ?? '')?.[1],
        );
        const began = performance.now();
        const response = await fetch(`${path}/save`, {
          method: 'POST',
          headers: { [header]: token, 'content-type': 'application/json' },
          body: JSON.stringify(request),
        });
        const answer = (await response.json()) as { refused?: { message: string } };
        if (answer.refused) throw new Error(answer.refused.message);
        const savedMs = performance.now() - began;
        for (;;) {
          const text = document.querySelector(statusSelector)?.textContent ?? '';
          if (Number(countPattern.exec(text)?.[1]) === before + 1) break;
          await new Promise((resolve) => requestAnimationFrame(resolve));
        }
        return { savedMs, shownMs: performance.now() - began };
      },
      { request, path: ANNOTATE_PATH, header: ANNOTATE_TOKEN_HEADER, meta: ANNOTATE_TOKEN_META },
    );
    timings.push(timing);
    console.log(
      `[bench:annotate] run ${run + 1}: saved in ${Math.round(timing.savedMs)} ms, in the graph after ${Math.round(timing.shownMs)} ms`,
    );
  }
  const shown = summarize(timings.map((timing) => timing.shownMs));
  const saved = summarize(timings.map((timing) => timing.savedMs));
  if (shown && saved) {
    console.log(
      `[bench:annotate] ${shown.n} saves: answered after ${Math.round(saved.median)} ms (median), ` +
        `in the graph after ${Math.round(shown.median)} ms (median; ${Math.round(shown.min)}–${Math.round(shown.max)} ms)`,
    );
  }
} finally {
  await browser.close();
  await dev.stop();
}
