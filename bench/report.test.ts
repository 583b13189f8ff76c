import { describe, expect, it } from 'vitest';
import { mergeResults, renderReport } from './report';
import { computeRatios, evaluateTargets, summarizeRuns } from './runner/aggregate';
import { parseBenchOptions } from './runner/options';
import {
  emptySample,
  type RunSample,
  type BenchResults,
  type SizeResult,
  type VariantResult,
} from './runner/types';

function results(): BenchResults {
  const ours: VariantResult = {
    variant: 'ours',
    url: '',
    capMs: 60_000,
    warmups: 1,
    runs: [
      { ...emptySample(), firstRenderMs: 900, heapMB: 80, elements: 1200, filterMs: [20, 40] },
    ],
    didNotFinish: false,
    metrics: summarizeRuns([
      { ...emptySample(), firstRenderMs: 900, heapMB: 80, elements: 1200, filterMs: [20, 40] },
    ]),
    failures: [],
    notes: [],
  };
  const cose: VariantResult = {
    ...ours,
    variant: 'cose',
    capMs: 20_000,
    runs: [{ ...emptySample(), didNotFinish: true }],
    didNotFinish: true,
    metrics: summarizeRuns([]),
    notes: ['did not finish within the cap in run 1/1; not run again'],
  };
  const partial: Omit<SizeResult, 'targets'> = {
    size: 'M',
    dataDir: 'bench/out/corpus-M-seed1',
    seed: 1,
    counts: {
      nodes: 10_200,
      edges: 30_400,
      entities: 10_000,
      claims: 200,
      relations: 30_000,
      derivedEdges: 400,
      sources: 800,
      bytes: 27 * 2 ** 20,
    },
    compile: {
      samplesMs: [4_000],
      cpuMs: [3_000],
      peakRssMB: [400],
      summary: null,
      cpu: null,
      peakRss: null,
      error: null,
    },
    variants: { ours, cose },
    ratios: computeRatios({ ours, cose }),
    failures: [],
  };
  return {
    startedAt: '2025-01-01T00:00:00.000Z',
    finishedAt: '2025-01-01T00:10:00.000Z',
    command: 'npm run bench -- --sizes M',
    options: parseBenchOptions(['--sizes', 'M']),
    environment: {
      cpu: 'Test CPU',
      cores: 2,
      memoryGB: 8,
      os: 'Linux',
      node: 'v20',
      chromium: 'Chromium 1',
      loadStart: 0.5,
      loadEnd: 0.7,
      viewport: { width: 1280, height: 800 },
    },
    sizes: [{ ...partial, targets: evaluateTargets('M', partial) }],
    failures: [],
  };
}

describe('renderReport', () => {
  const text = renderReport(results());

  it('names the command, the machine and the size', () => {
    expect(text).toContain('npm run bench -- --sizes M');
    expect(text).toContain('Test CPU, 2 cores');
    expect(text).toContain('Size M (seed 1): 10,000 entities + 200 claims, 30,000 relations');
  });

  it('shows medians, capped pages and missed targets with their gap', () => {
    expect(text).toContain('| time to first render | 900 ms | did not finish (> 20.0 s) |');
    expect(text).toContain('naive with cose ÷ ours ≥ 22×');
    expect(text).toContain('| CPU to first render (renderer + GPU) | n/a | — |');
    expect(text).toMatch(/\| heap after GC \| ≤ 150 MB \| 80 MB \| met \|/);
    expect(text).toContain('| sigma ÷ ours (first render) | ≥ 2× | n/a | not measured |');
  });

  it("lists the explorer's start-up steps with their spread, and none for results without them", () => {
    const withSteps = results();
    const size = withSteps.sizes[0];
    const ours = size?.variants.ours;
    if (!ours) throw new Error('the fixture has no ours');
    const runs: RunSample[] = [
      { ...emptySample(), firstRenderMs: 900, startup: { download: 400, tables: 120 } },
      { ...emptySample(), firstRenderMs: 950, startup: { download: 500, tables: 100 } },
      { ...emptySample(), firstRenderMs: 990, startup: { download: 450 } },
    ];
    ours.metrics = summarizeRuns(runs);
    const report = renderReport(withSteps);
    expect(report).toContain('| download | 450 ms (400–500 ms) |');
    expect(report).toContain('| tables | 110 ms (100–120 ms) |');
    expect(report.indexOf('| download |')).toBeLessThan(report.indexOf('| tables |'));
    expect(text).not.toContain('step by step');
  });

  it('reports the layout quality where it was measured, and nothing where not', () => {
    expect(text).not.toContain('Layout quality');
    const measured = results();
    const size = measured.sizes[0];
    if (!size) throw new Error('the fixture has no size');
    size.layoutQuality = {
      zoom: 0.53,
      labelled: 20,
      labelLabelOverlaps: 0,
      labelNodeOverlaps: 1,
      nodeOverlaps: 0,
      nodesUnderEdges: 19,
      canvasShare: 0.691,
      topConnected: 10,
      topConnectedLabelled: 9,
      topConnectedUnlabelled: ['tiktok'],
    };
    expect(renderReport(measured)).toContain(
      'Layout quality of the overview on the graph canvas at 1440×900 (zoom 0.53): 0 label–label ' +
        'and 1 label–node overlaps (target 0), 0 node overlaps, 19 nodes under an edge they are ' +
        'not part of, 69% of the canvas used, 20 labels drawn, 9 of the 10 best-connected ' +
        'labelled (target all).',
    );
  });
});

describe('renderReport: sigma and the drawn work', () => {
  it('adds a sigma column, what each page drew, and sigma ÷ ours', () => {
    const withSigma = results();
    const size = withSigma.sizes[0];
    const ours = size?.variants.ours;
    if (!size || !ours) throw new Error('the fixture has no ours');
    ours.metrics = summarizeRuns([
      { ...emptySample(), firstRenderMs: 900, drawn: { nodes: 10_200, edges: 30_400 } },
    ]);
    const sigmaRuns = [
      {
        ...emptySample(),
        firstRenderMs: 2_700,
        selectMs: [400],
        drawn: { nodes: 10_200, edges: 30_400 },
      },
    ];
    size.variants.sigma = {
      ...ours,
      variant: 'sigma',
      runs: sigmaRuns,
      metrics: summarizeRuns(sigmaRuns),
    };
    size.ratios = computeRatios(size.variants);
    size.targets = evaluateTargets('M', size);
    const report = renderReport(withSigma);
    expect(report).toContain('| sigma ÷ ours (first render) | ≥ 2× | 3.0× | met |');
    expect(report).toContain('| sigma (WebGL, software) |');
    expect(report).toContain(
      '| drawn entities / relations (first view, every layer) | 10,200 / 30,400 | — | 10,200 / 30,400 |',
    );
    expect(report).toContain('sigma ÷ ours: first render **3.0×**');
    expect(report).toContain('WebGL here is software-rendered');
    expect(renderReport(results())).not.toContain('sigma ÷ ours: first render');
  });
});

describe('mergeResults', () => {
  it('reports several runs as one: every size, every command, the analysis after the targets', () => {
    const bSM = results();
    const large = { ...results(), command: 'npm run bench -- --sizes L --runs 1' };
    large.sizes = large.sizes.map((size) => ({ ...size, size: 'L' as const }));
    const merged = mergeResults([bSM, large]);
    expect(merged.sizes).toHaveLength(2);
    const text = renderReport(merged, '## What the profiles show\n\nStyle recalculation.');
    expect(text).toContain('npm run bench -- --sizes L --runs 1\n');
    expect(text.indexOf('## What the profiles show')).toBeGreaterThan(text.indexOf('# Benchmarks'));
    expect(text.indexOf('## What the profiles show')).toBeLessThan(text.indexOf('## Size M'));
    expect(() => mergeResults([])).toThrow('no results');
    // A size measured again is reported from its later run, once.
    const again = { ...results(), command: 'npm run bench -- --sizes M --runs 5' };
    again.sizes = again.sizes.map((size) => ({ ...size, seed: 7 }));
    const replaced = mergeResults([bSM, again]);
    expect(replaced.sizes).toHaveLength(1);
    expect(replaced.sizes[0]?.seed).toBe(7);
  });
});
