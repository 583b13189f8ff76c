// `npm run bench -- --profile DIR`: where the app's time goes, for the analysis in BENCHMARKS.md.
// Per size, one page load and one pick, focus and date filter, each recorded by Chromium's
// sampling profiler (1 ms) into DIR/<size>-<step>.cpuprofile (DevTools' Performance panel opens
// them), with the heaviest functions by self time printed. Profiles, not timings: the profiler
// slows down what it records, so only the proportions mean anything.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { openSession, waitInPage } from './browser';
import { settle } from './interaction';
import type { AppPlan } from './measureApp';
import { formatHotFunctions, topSelfTime, type CpuProfile } from './profileSummary';
import { firstLine } from './types';

const SAMPLING_INTERVAL_US = 1000;
const HOT_FUNCTIONS = 12;

export interface ProfileTarget {
  size: string;
  plan: AppPlan;
  dir: string;
  log: (line: string) => void;
}

/** Records the profiles; returns what went wrong (nothing when every step was recorded). */
export async function profileApp(browser: Browser, target: ProfileTarget): Promise<string[]> {
  const { size, plan, dir, log } = target;
  mkdirSync(dir, { recursive: true });
  const failures: string[] = [];
  const session = await openSession(browser);
  const { page, cdp } = session;
  const record = async (
    step: string,
    action: () => Promise<unknown>,
    done: () => Promise<unknown>,
  ): Promise<void> => {
    await cdp.send('Profiler.start');
    await action();
    await done();
    const { profile } = await cdp.send('Profiler.stop');
    const file = join(dir, `${size}-${step}.cpuprofile`);
    writeFileSync(file, JSON.stringify(profile));
    const hot = topSelfTime(profile as CpuProfile, HOT_FUNCTIONS);
    log(`${size} ${step} → ${file}, by self time:\n${formatHotFunctions(hot)}`);
  };
  try {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
    await record(
      'load',
      () => page.goto(plan.url, { waitUntil: 'commit', timeout: plan.capMs }),
      () =>
        waitInPage(
          page,
          () => performance.getEntriesByName('explorer:interactive').length > 0,
          plan.capMs,
          50,
        ),
    );
    await settle(page);

    // Elements are found before each recording: Playwright's search of the page (by role or
    // label) runs in the page and would show in the profile.
    const entity = plan.entities[0];
    const search = await page
      .getByRole('combobox', { name: 'Search entities' })
      .first()
      .elementHandle();
    if (entity && search) {
      await search.fill(entity.label);
      await waitInPage(page, () => document.querySelector('[role=option]') !== null, 5_000);
      await record(
        'pick',
        () => search.press('Enter'),
        () => settle(page),
      );
      await page.evaluate('document.activeElement && document.activeElement.blur()');
      await record(
        'focus',
        () => page.keyboard.press('f'),
        () => settle(page),
      );
    } else failures.push('no search field or no entity to pick');

    const date = plan.fromDates[0];
    // The path finder has a "From" field too: the date filter's is the date input.
    const from = await page
      .getByLabel('From', { exact: true })
      .and(page.locator('input[type="date"]'))
      .first()
      .elementHandle();
    if (date && from)
      await record(
        'filter',
        () => from.fill(date),
        () => settle(page),
      );
    else failures.push('no date field or no date to filter from');
  } catch (error) {
    failures.push(`profiling aborted: ${firstLine(error)}`);
  } finally {
    failures.push(...session.errors);
    await session.close();
  }
  return failures;
}
