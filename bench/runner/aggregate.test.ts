import { describe, expect, it } from 'vitest';
import {
  check,
  computeRatios,
  evaluateTargets,
  summarizeInteraction,
  summarizeRuns,
} from './aggregate';
import { emptySample, type RunSample, type SizeResult, type VariantResult } from './types';
import type { Variant } from './options';

function run(patch: Partial<RunSample>): RunSample {
  return { ...emptySample(), ...patch };
}

function variant(name: Variant, runs: RunSample[], capMs = 60_000): VariantResult {
  return {
    variant: name,
    url: '',
    capMs,
    warmups: 1,
    runs,
    didNotFinish: runs.some((r) => r.didNotFinish),
    metrics: summarizeRuns(runs),
    failures: [],
    notes: [],
  };
}

describe('summarizeInteraction', () => {
  it('pools samples for p50/p95 and keeps per-run spread', () => {
    const summary = summarizeInteraction([[10, 20, 30], [40], []]);
    expect(summary).toMatchObject({ p50: 25, max: 40, samples: 4 });
    expect(summary?.runP50).toMatchObject({ n: 2, min: 20, max: 40 });
    expect(summarizeInteraction([[], []])).toBeNull();
  });
});

describe('summarizeRuns', () => {
  it('leaves runs that did not finish out of the medians', () => {
    const metrics = summarizeRuns([
      run({ firstRenderMs: 100 }),
      run({ firstRenderMs: 300 }),
      run({ didNotFinish: true }),
    ]);
    expect(metrics.firstRender).toMatchObject({ n: 2, median: 200 });
  });
});

describe('computeRatios', () => {
  it('divides medians and marks ratios against a capped page as lower bounds', () => {
    const ratios = computeRatios({
      ours: variant('ours', [run({ firstRenderMs: 1_000, heapMB: 50 })]),
      floor: variant('floor', [run({ firstRenderMs: 250, heapMB: 10 })]),
      naive: variant('naive', [run({ firstRenderMs: 6_000, heapMB: 150 })]),
      cose: variant('cose', [run({ didNotFinish: true })], 20_000),
    });
    expect(ratios.firstRenderOursOverFloor).toEqual({ value: 4, atLeast: false });
    expect(ratios.firstRenderNaiveOverOurs).toEqual({ value: 6, atLeast: false });
    expect(ratios.coseNaiveOverOurs).toEqual({ value: 20, atLeast: true });
    expect(ratios.heapNaiveOverOurs).toEqual({ value: 3, atLeast: false });
    expect(computeRatios({}).firstRenderOursOverFloor).toBeNull();
  });

  it('compares sigma with ours on first render, pick, frames and heap', () => {
    const ratios = computeRatios({
      ours: variant('ours', [run({ firstRenderMs: 500, heapMB: 40, selectMs: [40, 60] })]),
      sigma: variant('sigma', [
        run({ firstRenderMs: 1_500, heapMB: 80, selectMs: [300, 300], frameMs: [50] }),
      ]),
    });
    expect(ratios.firstRenderSigmaOverOurs).toEqual({ value: 3, atLeast: false });
    expect(ratios.heapSigmaOverOurs).toEqual({ value: 2, atLeast: false });
    expect(ratios.pickP95SigmaOverOurs?.value).toBeCloseTo(300 / 59, 5);
    // Ours measured no frames: no ratio rather than a division by nothing.
    expect(ratios.frameP95SigmaOverOurs).toBeNull();
    const capped = computeRatios({
      ours: variant('ours', [run({ firstRenderMs: 500 })]),
      sigma: variant('sigma', [run({ didNotFinish: true })], 30_000),
    });
    expect(capped.firstRenderSigmaOverOurs).toEqual({ value: 60, atLeast: true });
  });
});

describe('summarizeRuns: drawn', () => {
  it('summarizes the nodes and edges each run drew', () => {
    const metrics = summarizeRuns([
      run({ drawn: { nodes: 10_200, edges: 30_400 } }),
      run({ drawn: { nodes: 10_200, edges: 30_000 } }),
      run({ drawn: null }),
    ]);
    expect(metrics.drawnNodes).toMatchObject({ n: 2, median: 10_200 });
    expect(metrics.drawnEdges).toMatchObject({ n: 2, min: 30_000, max: 30_400 });
  });
});

describe('check', () => {
  it('says by how much a target is missed', () => {
    expect(check('first render', 'max', 1500, 'ms', 1200)).toMatchObject({ met: true, gap: '' });
    expect(check('first render', 'max', 1500, 'ms', 1950).gap).toBe(
      '+450 ms over (1.30× the target)',
    );
    expect(check('naive ÷ ours', 'min', 5, '×', 4).gap).toBe('1.0× short (0.80× the target)');
    expect(check('heap', 'max', 200, 'MB', null)).toMatchObject({ met: null, gap: 'not measured' });
  });
});

describe('evaluateTargets', () => {
  it('reports the M targets against ours, the floor and sigma', () => {
    const variants = {
      ours: variant('ours', [
        run({ firstRenderMs: 2_000, heapMB: 120, filterMs: [100, 300], focusMs: [50] }),
      ]),
      floor: variant('floor', [run({ firstRenderMs: 200 })]),
      naive: variant('naive', [run({ firstRenderMs: 8_000 })]),
      sigma: variant('sigma', [run({ firstRenderMs: 3_000 })]),
    };
    const partial: Omit<SizeResult, 'targets'> = {
      size: 'M',
      dataDir: '',
      seed: 1,
      counts: null,
      compile: {
        samplesMs: [],
        cpuMs: [],
        peakRssMB: [],
        summary: null,
        cpu: null,
        peakRss: null,
        error: null,
      },
      variants,
      ratios: computeRatios(variants),
      failures: [],
    };
    const verdicts = Object.fromEntries(evaluateTargets('M', partial).map((t) => [t.what, t.met]));
    expect(verdicts).toEqual({
      'first render ÷ floor': false,
      // 1.5× faster than sigma, short of 2×.
      'sigma ÷ ours (first render)': false,
      'filter → painted p95': false,
      'pick in search → painted p95': null,
      'focus → painted p95': true,
      'heap after GC': true,
    });
    const l = evaluateTargets('L', { ...partial, size: 'L' }).map((t) => [t.what, t.limit]);
    expect(l).toEqual([
      ['first render', 2500],
      ['first render ÷ floor', 1.5],
      ['filter → painted p95', 150],
      ['pick in search → painted p95', 150],
      ['focus → painted p95', 150],
      ['pan/zoom frame p95', 33],
      ['heap after GC', 400],
      ['compile', 20],
    ]);
    expect(evaluateTargets('S', partial)).toEqual([]);

    // The heap counts after the interactions too, where the elements cytoscape keeps have grown.
    const grown = {
      ...variants,
      ours: variant('ours', [run({ heapMB: 120, heapAfterInteractionsMB: 230 })]),
    };
    const heap = evaluateTargets('M', { ...partial, variants: grown }).find(
      (t) => t.what === 'heap after GC',
    );
    expect(heap).toMatchObject({ actual: 230, met: false });
  });
});
