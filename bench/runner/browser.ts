// Headless Chromium for the measurements: one browser, a fresh context per run, a probe
// installed before any page script runs, errors collected, heap read through the DevTools
// protocol after a forced GC.
import {
  chromium,
  type Browser,
  type BrowserContext,
  type CDPSession,
  type Page,
} from '@playwright/test';
import { chromiumLaunchOptions } from '../../scripts/chromium';

export const VIEWPORT = { width: 1280, height: 800 };
const ACTION_TIMEOUT_MS = 90_000;

export function launchBrowser(): Promise<Browser> {
  const options = chromiumLaunchOptions();
  // WebGL (the sigma page) runs on SwiftShader, Chromium's software renderer, on a machine without
  // a GPU; Chromium wants that asked for explicitly rather than fallen back to.
  return chromium.launch({
    ...options,
    args: [...(options.args ?? []), '--enable-unsafe-swiftshader'],
  });
}

/** The WebGL renderer the pages get, e.g. SwiftShader (software), or why there is none. */
export async function webglRenderer(browser: Browser): Promise<string> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl2');
      if (!gl) return 'none (no WebGL2 context)';
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      return info
        ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL))
        : 'WebGL2 (renderer hidden)';
    });
  } finally {
    await page.close();
  }
}

export interface RenderedEvent {
  t: number;
  /** elements: drawn; resident: what cytoscape holds, hidden elements it keeps included. */
  detail: { elements?: number; resident?: number; nodes?: number; edges?: number } | null;
}

export interface Probe {
  rendered: RenderedEvent[];
  armed: boolean;
  inputAt: number | null;
  renderedBefore: number;
  frames: number[] | null;
}

declare global {
  interface Window {
    __benchProbe?: Probe;
  }
}

/**
 * Installed before page scripts (a string, so the bundler cannot rewrite it): records every
 * `explorer:rendered` and `bench:rendered` event and, once armed, the first user input of an interaction, seen in
 * the capture phase before the app's own handlers.
 */
const ABOUT_SEEN_SCRIPT = `try { window.localStorage.setItem('explorer:about-seen', '1'); } catch {}`;

const PROBE_SCRIPT = `(() => {
  const probe = { rendered: [], armed: false, inputAt: null, renderedBefore: 0, frames: null };
  window.__benchProbe = probe;
  const onRendered = (event) => {
    probe.rendered.push({ t: performance.now(), detail: event.detail ?? null });
  };
  // The app announces its views; a baseline page that can pick announces its own.
  window.addEventListener('explorer:rendered', onRendered);
  window.addEventListener('bench:rendered', onRendered);
  const onInput = () => {
    if (probe.armed && probe.inputAt === null) probe.inputAt = performance.now();
  };
  for (const type of ['pointerdown', 'keydown', 'input', 'change']) {
    window.addEventListener(type, onInput, true);
  }
})();`;

export interface Session {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  /** Console errors, uncaught exceptions and failed requests, in order. */
  errors: string[];
  /** CPU seconds used so far by the renderer and GPU processes, by process id. */
  cpuSnapshot(): Promise<CpuSnapshot>;
  close(): Promise<void>;
}

export type CpuSnapshot = Map<number, number>;

/**
 * CPU milliseconds the renderer and GPU processes used between two snapshots. Only one page is
 * open at a time, so that is the page's work (drawing included), whatever else the machine does:
 * a figure that load on the machine inflates far less than wall-clock time.
 */
export function cpuBetween(before: CpuSnapshot, after: CpuSnapshot): number {
  let seconds = 0;
  for (const [id, time] of after) seconds += Math.max(0, time - (before.get(id) ?? 0));
  return seconds * 1000;
}

export async function openSession(browser: Browser): Promise<Session> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  await context.addInitScript({ content: PROBE_SCRIPT });
  // A returning reader: the first-visit About dialog would sit over the controls being timed.
  await context.addInitScript({ content: ABOUT_SEEN_SCRIPT });
  // Actions wait for the page to respond; a large graph can keep it busy for a while.
  context.setDefaultTimeout(ACTION_TIMEOUT_MS);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    // The browser's own favicon request is not the page's doing.
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) {
      errors.push(`console: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => {
    // ERR_ABORTED is how Chromium ends requests a page no longer needs (and, intermittently, a
    // streamed fetch the app read to the end); a real loss shows up as an error in the page.
    const why = request.failure()?.errorText ?? '';
    if (why !== 'net::ERR_ABORTED') errors.push(`request failed: ${request.url()} ${why}`);
  });
  const cdp = await context.newCDPSession(page);
  const browserCdp = await browser.newBrowserCDPSession();
  return {
    context,
    page,
    cdp,
    errors,
    cpuSnapshot: async () => {
      const { processInfo } = await browserCdp.send('SystemInfo.getProcessInfo');
      return new Map(
        processInfo
          .filter((p) => p.type === 'renderer' || p.type === 'GPU')
          .map((p) => [p.id, p.cpuTime]),
      );
    },
    close: async () => {
      // A page stuck in a synchronous layout cannot answer; closing the context kills it.
      await context.close().catch(() => undefined);
      await browserCdp.detach().catch(() => undefined);
    },
  };
}

/**
 * Waits until `predicate` (run in the page) returns something truthy and returns it, or null
 * after `timeoutMs`. The predicate must be a function: the app's Content-Security-Policy forbids
 * the eval Playwright would use to poll a string. It must not declare named inner functions
 * either (tsx would wrap them in a helper the page does not have). The deadline is kept here in
 * Node: Playwright's own timeout runs inside the page and never fires while a script blocks it.
 */
export async function waitInPage<T>(
  page: Page,
  predicate: () => T,
  timeoutMs: number,
  polling = 100,
): Promise<NonNullable<T> | null> {
  const end = Date.now() + timeoutMs;
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  // A navigation replaces the page's context and rejects the wait: try again until the deadline.
  const waited = (async (): Promise<NonNullable<T> | null> => {
    while (Date.now() < end && !page.isClosed()) {
      try {
        const handle = await page.waitForFunction(predicate, undefined, {
          timeout: Math.max(1, end - Date.now()) + 5_000,
          polling,
        });
        return (await handle.jsonValue()) as NonNullable<T>;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
    return null;
  })();
  try {
    return await Promise.race([waited, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** JS heap in use after a forced full GC, in MB. */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 2 ** 20;
}

/** Milliseconds from navigation start to a performance mark, or null if it was not set. */
export async function markTime(page: Page, name: string): Promise<number | null> {
  return page.evaluate((mark) => {
    const entry = performance.getEntriesByName(mark, 'mark')[0];
    return entry ? entry.startTime : null;
  }, name);
}

/** Records animation-frame timestamps while `gesture` runs; returns them. */
export async function recordFrames(page: Page, gesture: () => Promise<void>): Promise<number[]> {
  await page.evaluate(`(() => {
    const probe = window.__benchProbe;
    probe.frames = [];
    const loop = (t) => {
      if (!probe.frames) return;
      probe.frames.push(t);
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  })()`);
  await gesture();
  return page.evaluate(`(() => {
    const frames = window.__benchProbe.frames ?? [];
    window.__benchProbe.frames = null;
    return frames;
  })()`);
}

/**
 * The gesture whose frame times we report: zoom in with the wheel, drag to pan, zoom out, at
 * roughly the pace of a person (one event per ~16 ms).
 */
export async function panAndZoom(
  page: Page,
  at: { x: number; y: number },
  budgetMs = 20_000,
): Promise<void> {
  // A page that takes seconds per frame would stretch the gesture to minutes; stop issuing
  // events once the budget is spent (the frames recorded so far already tell the story).
  const end = Date.now() + budgetMs;
  const steps: (() => Promise<void>)[] = [];
  for (let i = 0; i < 10; i++) steps.push(() => page.mouse.wheel(0, -100));
  steps.push(() => page.mouse.down());
  for (let i = 1; i <= 20; i++) steps.push(() => page.mouse.move(at.x + i * 12, at.y + i * 6));
  steps.push(() => page.mouse.up());
  for (let i = 0; i < 10; i++) steps.push(() => page.mouse.wheel(0, 100));
  await page.mouse.move(at.x, at.y);
  for (const step of steps) {
    if (Date.now() > end) {
      await page.mouse.up();
      break;
    }
    await step();
    await page.waitForTimeout(16);
  }
  // Let the last frames land.
  await page.waitForTimeout(250);
}

/** Where to point the mouse for pan/zoom: the middle of the largest canvas on the page. */
export async function canvasCentre(page: Page): Promise<{ x: number; y: number } | null> {
  return page.evaluate(`(() => {
    let best = null;
    for (const canvas of document.querySelectorAll('canvas')) {
      const r = canvas.getBoundingClientRect();
      if (!best || r.width * r.height > best.width * best.height) best = r;
    }
    return best && best.width > 0 ? { x: best.left + best.width / 2, y: best.top + best.height / 2 } : null;
  })()`);
}
