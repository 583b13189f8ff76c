// Timing one interaction: from the user's first input event (seen by the probe in the capture
// phase, before the page's handlers) to the next painted view the page announces
// (`explorer:rendered` from the app, `bench:rendered` from a baseline page that can pick).
import type { Page } from '@playwright/test';
import { waitInPage } from './browser';
import type { RunSample } from './types';

const STEP_TIMEOUT_MS = 30_000;

/** Waits until no rendered view has been announced for `quietMs` (or gives up after maxMs). */
export async function settle(page: Page, quietMs = 300, maxMs = 10_000): Promise<void> {
  const started = Date.now();
  let count = -1;
  while (Date.now() - started < maxMs) {
    const now = await page.evaluate<number>('window.__benchProbe.rendered.length');
    if (now === count) return;
    count = now;
    await page.waitForTimeout(quietMs);
  }
}

/**
 * Runs `action` and returns the time from its first input event to the next painted view,
 * or null (with a note) when no view arrived.
 */
export async function timeInteraction(
  page: Page,
  what: string,
  action: () => Promise<void>,
  sample: RunSample,
): Promise<number | null> {
  await page.evaluate(`(() => {
    const p = window.__benchProbe;
    p.armed = true;
    p.inputAt = null;
    p.renderedBefore = p.rendered.length;
  })()`);
  await action();
  const painted = await waitInPage(
    page,
    () => {
      const p = window.__benchProbe;
      const inputAt = p?.inputAt ?? null;
      if (!p || inputAt === null) return null;
      const next = p.rendered.slice(p.renderedBefore).find((r) => r.t >= inputAt);
      // An object, so that 0 ms still counts as an answer.
      return next ? { ms: next.t - inputAt } : null;
    },
    STEP_TIMEOUT_MS,
    50,
  );
  await page.evaluate('window.__benchProbe.armed = false');
  if (painted === null)
    sample.notes.push(`${what}: nothing rendered within ${STEP_TIMEOUT_MS / 1000} s`);
  await settle(page);
  return painted?.ms ?? null;
}
