// One run of a baseline page (floor, naive with precomputed positions, naive with cose): load
// it, wait until it drew, read its marks, heap and pan/zoom frame times, check what it drew.
import type { Browser } from '@playwright/test';
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
import { emptySample, firstLine } from './types';

export interface BaselineRun {
  url: string;
  capMs: number;
  expected: CorpusCounts;
  /** Measure pan/zoom frames (not for the cose page, which is only about the layout). */
  panZoom: boolean;
  /** The cap the page applies to its own runtime layout, for the note. */
  layoutCapMs?: number;
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
    if (state.nodes !== run.expected.nodes || state.edges !== run.expected.edges) {
      sample.failures.push(
        `drew ${state.nodes} nodes / ${state.edges} edges; the graph has ${run.expected.nodes} / ${run.expected.edges}`,
      );
    }
    if (sample.firstRenderMs === null) sample.failures.push('no bench:first-render mark');
    sample.heapMB = await heapAfterGc(session.cdp);
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
