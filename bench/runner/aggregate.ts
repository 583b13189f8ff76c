// From runs to figures: medians and spreads per metric, ratios between pages, and how each
// figure stands against its target. Pure, so the arithmetic is tested without a browser.
import { quantile, ratio, summarize, type Summary } from '../stats';
import type { BenchSize, Variant } from './options';
import { STARTUP_STAGES } from './startupStages';
import type {
  InteractionSummary,
  Ratio,
  Ratios,
  RunSample,
  SizeResult,
  TargetCheck,
  VariantMetrics,
  VariantResult,
} from './types';

const values = (runs: readonly RunSample[], pick: (run: RunSample) => number | null): number[] =>
  runs.map(pick).filter((v): v is number => v !== null && Number.isFinite(v));

export function summarizeInteraction(
  samplesPerRun: readonly number[][],
): InteractionSummary | null {
  const all = samplesPerRun.flat();
  if (all.length === 0) return null;
  const nonEmpty = samplesPerRun.filter((s) => s.length > 0);
  return {
    p50: quantile(all, 0.5) as number,
    p95: quantile(all, 0.95) as number,
    max: Math.max(...all),
    samples: all.length,
    runP50: summarize(nonEmpty.map((s) => quantile(s, 0.5) as number)),
    runP95: summarize(nonEmpty.map((s) => quantile(s, 0.95) as number)),
  };
}

function summarizeStartup(runs: readonly RunSample[]): Record<string, Summary> {
  const stages: Record<string, Summary> = {};
  for (const name of STARTUP_STAGES.map((stage) => stage.name)) {
    const summary = summarize(values(runs, (r) => r.startup?.[name] ?? null));
    if (summary) stages[name] = summary;
  }
  return stages;
}

export function summarizeRuns(runs: readonly RunSample[]): VariantMetrics {
  const finished = runs.filter((r) => !r.didNotFinish);
  return {
    firstRender: summarize(values(finished, (r) => r.firstRenderMs)),
    firstRenderCpu: summarize(values(finished, (r) => r.firstRenderCpuMs)),
    interactive: summarize(values(finished, (r) => r.interactiveMs)),
    startup: summarizeStartup(finished),
    heap: summarize(values(finished, (r) => r.heapMB)),
    heapAfterInteractions: summarize(values(finished, (r) => r.heapAfterInteractionsMB)),
    elements: summarize(values(finished, (r) => r.elements)),
    drawnNodes: summarize(values(finished, (r) => r.drawn?.nodes ?? null)),
    drawnEdges: summarize(values(finished, (r) => r.drawn?.edges ?? null)),
    resident: summarize(values(finished, (r) => r.residentMax ?? null)),
    filter: summarizeInteraction(finished.map((r) => r.filterMs)),
    select: summarizeInteraction(finished.map((r) => r.selectMs)),
    focus: summarizeInteraction(finished.map((r) => r.focusMs)),
    permalink: summarize(values(finished, (r) => r.permalinkMs)),
    frame: summarizeInteraction(finished.map((r) => r.frameMs)),
  };
}

function plain(value: number | null): Ratio | null {
  return value === null ? null : { value, atLeast: false };
}

/**
 * First-render time of a page for ratios: its median, or its cap when it did not finish
 * (then a ratio against it is a lower bound).
 */
/**
 * For a page that did not finish: a lower bound on its first render, the cap or, when the page
 * stopped its layout at the cap and drew late, the time it drew.
 */
export function unfinishedMs(result: VariantResult): number {
  return Math.max(
    result.capMs,
    ...result.runs.filter((r) => r.didNotFinish).map((r) => r.firstRenderMs ?? 0),
  );
}

function renderTime(result: VariantResult | undefined): { ms: number; capped: boolean } | null {
  if (!result) return null;
  if (result.didNotFinish) return { ms: unfinishedMs(result), capped: true };
  const median = result.metrics.firstRender?.median;
  return median === undefined ? null : { ms: median, capped: false };
}

function slowerThanOurs(
  other: VariantResult | undefined,
  ours: VariantResult | undefined,
): Ratio | null {
  const a = renderTime(other);
  const b = renderTime(ours);
  if (!a || !b || b.capped) return null;
  const value = ratio(a.ms, b.ms);
  return value === null ? null : { value, atLeast: a.capped };
}

export function computeRatios(variants: Partial<Record<Variant, VariantResult>>): Ratios {
  const { ours, floor, naive, cose, sigma } = variants;
  const m = (v: VariantResult | undefined) => (v && !v.didNotFinish ? v.metrics : null);
  return {
    firstRenderOursOverFloor: plain(
      ratio(m(ours)?.firstRender?.median, m(floor)?.firstRender?.median),
    ),
    firstRenderNaiveOverOurs: slowerThanOurs(naive, ours),
    firstRenderCpuOursOverFloor: plain(
      ratio(m(ours)?.firstRenderCpu?.median, m(floor)?.firstRenderCpu?.median),
    ),
    firstRenderCpuNaiveOverOurs: plain(
      ratio(m(naive)?.firstRenderCpu?.median, m(ours)?.firstRenderCpu?.median),
    ),
    interactiveNaiveOverOurs: plain(
      ratio(m(naive)?.interactive?.median, m(ours)?.interactive?.median),
    ),
    coseNaiveOverOurs: slowerThanOurs(cose, ours),
    heapOursOverFloor: plain(ratio(m(ours)?.heap?.median, m(floor)?.heap?.median)),
    heapNaiveOverOurs: plain(ratio(m(naive)?.heap?.median, m(ours)?.heap?.median)),
    frameP95OursOverFloor: plain(ratio(m(ours)?.frame?.p95, m(floor)?.frame?.p95)),
    frameP95NaiveOverOurs: plain(ratio(m(naive)?.frame?.p95, m(ours)?.frame?.p95)),
    firstRenderSigmaOverOurs: slowerThanOurs(sigma, ours),
    firstRenderCpuSigmaOverOurs: plain(
      ratio(m(sigma)?.firstRenderCpu?.median, m(ours)?.firstRenderCpu?.median),
    ),
    heapSigmaOverOurs: plain(ratio(m(sigma)?.heap?.median, m(ours)?.heap?.median)),
    frameP95SigmaOverOurs: plain(ratio(m(sigma)?.frame?.p95, m(ours)?.frame?.p95)),
    pickP95SigmaOverOurs: plain(ratio(m(sigma)?.select?.p95, m(ours)?.select?.p95)),
  };
}

function fmt(value: number, unit: TargetCheck['unit']): string {
  if (unit === '×') return `${value.toFixed(1)}×`;
  if (unit === 's') return `${value.toFixed(1)} s`;
  return `${Math.round(value).toLocaleString('en-US')} ${unit}`;
}

export function check(
  what: string,
  kind: TargetCheck['kind'],
  limit: number,
  unit: TargetCheck['unit'],
  actual: number | null | undefined,
  atLeast = false,
): TargetCheck {
  if (actual === null || actual === undefined) {
    return { what, kind, limit, unit, actual: null, atLeast, met: null, gap: 'not measured' };
  }
  const met = kind === 'max' ? actual <= limit : actual >= limit;
  let gap = '';
  if (!met) {
    gap =
      kind === 'max'
        ? `+${fmt(actual - limit, unit)} over (${(actual / limit).toFixed(2)}× the target)`
        : `${fmt(limit - actual, unit)} short (${(actual / limit).toFixed(2)}× the target)`;
  }
  return { what, kind, limit, unit, actual, atLeast, met, gap };
}

/** The heap target holds for the first view and after the interactions, whichever is larger. */
function largestHeap(metrics: VariantMetrics | undefined): number | undefined {
  const medians = [metrics?.heap?.median, metrics?.heapAfterInteractions?.median].filter(
    (value): value is number => value !== undefined,
  );
  return medians.length > 0 ? Math.max(...medians) : undefined;
}

/**
 * The targets of the second round (issue 20: the whole graph drawn at M and L, against the floor
 * and sigma), reported against, never asserted.
 */
export function evaluateTargets(
  size: BenchSize,
  result: Omit<SizeResult, 'targets'>,
): TargetCheck[] {
  const ours = result.variants.ours?.metrics;
  const compileS = result.compile.summary ? result.compile.summary.median / 1000 : null;
  const interactions = (limit: number) => [
    check('filter → painted p95', 'max', limit, 'ms', ours?.filter?.p95),
    check('pick in search → painted p95', 'max', limit, 'ms', ours?.select?.p95),
    check('focus → painted p95', 'max', limit, 'ms', ours?.focus?.p95),
  ];
  const overFloor = result.ratios.firstRenderOursOverFloor?.value;
  switch (size) {
    case 'bundled':
      return [
        check('first render', 'max', 300, 'ms', ours?.firstRender?.median),
        ...interactions(50),
        check('pan/zoom frame p95', 'max', 50, 'ms', ours?.frame?.p95),
      ];
    case 'M': {
      const sigma = result.ratios.firstRenderSigmaOverOurs;
      return [
        check('first render ÷ floor', 'max', 1.5, '×', overFloor),
        check('sigma ÷ ours (first render)', 'min', 2, '×', sigma?.value, sigma?.atLeast ?? false),
        ...interactions(100),
        check('heap after GC', 'max', 150, 'MB', largestHeap(ours)),
      ];
    }
    case 'L':
      return [
        check('first render', 'max', 2500, 'ms', ours?.firstRender?.median),
        check('first render ÷ floor', 'max', 1.5, '×', overFloor),
        ...interactions(150),
        check('pan/zoom frame p95', 'max', 33, 'ms', ours?.frame?.p95),
        check('heap after GC', 'max', 400, 'MB', largestHeap(ours)),
        check('compile', 'max', 20, 's', compileS),
      ];
    default:
      return [];
  }
}
