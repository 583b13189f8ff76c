// One run of a baseline page (floor, naive with precomputed positions, naive with cose, sigma):
// load it, wait until it drew, read its marks, heap, picks (pages that can) and pan/zoom frame
// times, check that it drew every node and edge.
import type { Browser, Page } from '@playwright/test';
import type { BenchPageState } from '../pages/shared';
import { deltas } from '../stats';
import {
  canvasCentre,
  cpuBetween,
  heapAfterGc,
  markTime,
  openSession,
  panAndZoom,
  recordFrames,
  waitInPage,
} from './browser';
import type { CorpusCounts, RunSample } from './types';
import { settle, timeInteraction } from './interaction';
import { emptySample, firstLine } from './types';

export interface BaselineRun {
  url: string;
  capMs: number;
  expected: CorpusCounts;
  /** Measure pan/zoom frames (not for the cose page, which is only about the layout). */
  panZoom: boolean;
  /** The cap the page applies to its own runtime layout, for the note. */
  layoutCapMs?: number;
  /** Clicks on this many of the hubs the page names (pages that can pick). */
  picks?: number;
}

/** The bench's own check on a baseline: it drew every node and edge of the graph, or why not. */
export function checkDrewEverything(
  drawn: { nodes: number; edges: number },
  expected: Pick<CorpusCounts, 'nodes' | 'edges'>,
): string | null {
  if (drawn.nodes === expected.nodes && drawn.edges === expected.edges) return null;
  return `drew ${drawn.nodes} nodes / ${drawn.edges} edges; the graph has ${expected.nodes} / ${expected.edges}`;
}

/** sigma treats two clicks closer than its double-click timeout as a zoom. */
const BETWEEN_CLICKS_MS = 600;

/** Clicks the page's targets one by one; each is timed from the press to its painted view. */
async function measurePicks(
  page: Page,
  targets: readonly { key: string; x: number; y: number }[],
  sample: RunSample,
): Promise<void> {
  for (const target of targets) {
    await page.waitForTimeout(BETWEEN_CLICKS_MS);
    const ms = await timeInteraction(
      page,
      `click on ${target.key}`,
      () => page.mouse.click(target.x, target.y),
      sample,
    );
    const picked = await page.evaluate(() => window.__bench?.picked ?? null);
    if (picked === null) {
      sample.failures.push(`a click on ${target.key} picked no node`);
      continue;
    }
    if (picked !== target.key) sample.notes.push(`a click on ${target.key} picked ${picked}`);
    // A page that cannot draw a pick within the step's timeout will not draw the next either.
    if (ms === null) break;
    sample.selectMs.push(ms);
  }
  await settle(page);
}

export async function measureBaseline(browser: Browser, run: BaselineRun): Promise<RunSample> {
  const sample = emptySample();
  const session = await openSession(browser);
  const { page } = session;
  try {
    const before = await session.cpuSnapshot();
    await page.goto(run.url, { waitUntil: 'commit', timeout: run.capMs });
    const state: BenchPageState | null = await waitInPage(
      page,
      () => (window.__bench && window.__bench.phase !== 'loading' ? window.__bench : null),
      run.capMs,
      50,
    );
    if (state !== null) sample.firstRenderCpuMs = cpuBetween(before, await session.cpuSnapshot());
    if (state === null) {
      sample.didNotFinish = true;
      sample.notes.push(`did not draw within ${Math.round(run.capMs / 1000)} s`);
      return sample;
    }
    if (state.phase === 'failed') {
      sample.failures.push(`page failed: ${state.error ?? 'unknown error'}`);
      return sample;
    }
    if (state.layout === 'stopped') {
      sample.didNotFinish = true;
      sample.notes.push(
        `cose layout stopped at the ${Math.round((run.layoutCapMs ?? run.capMs) / 1000)} s cap`,
      );
    }
    sample.firstRenderMs = await markTime(page, 'bench:first-render');
    sample.interactiveMs = await markTime(page, 'bench:interactive');
    sample.drawn = { nodes: state.nodes, edges: state.edges };
    sample.elements = state.nodes + state.edges;
    const missing = checkDrewEverything(sample.drawn, run.expected);
    if (missing !== null) sample.failures.push(missing);
    if (sample.firstRenderMs === null) sample.failures.push('no bench:first-render mark');
    sample.heapMB = await heapAfterGc(session.cdp);
    if (run.picks !== undefined && run.picks > 0) {
      const targets = state.targets ?? [];
      if (targets.length === 0) sample.failures.push('the page named no node to pick');
      await measurePicks(page, targets.slice(0, run.picks), sample);
    }
    if (run.panZoom && !sample.didNotFinish) {
      const centre = await canvasCentre(page);
      if (centre === null) sample.failures.push('no canvas to pan and zoom');
      else sample.frameMs = deltas(await recordFrames(page, () => panAndZoom(page, centre)));
    }
  } catch (error) {
    sample.failures.push(`run aborted: ${firstLine(error)}`);
  } finally {
    sample.failures.push(...session.errors);
    await session.close();
  }
  return sample;
}
