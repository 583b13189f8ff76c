import type { LayoutQuality } from '../../src/render/scene/layoutQuality';
// The shapes of benchmark results, shared by the measurements, the aggregation, the report
// and the JSON output.
import type { Summary } from '../stats';
import type { Environment } from './environment';
import type { BenchOptions, BenchSize, Variant } from './options';

/** One page load (and its interactions) in a fresh browser context. */
export interface RunSample {
  /** Navigation start → first painted frame of the graph. */
  firstRenderMs: number | null;
  /** CPU time of the renderer and GPU processes from navigation to first render seen. */
  firstRenderCpuMs: number | null;
  /** Navigation start → controls usable. */
  interactiveMs: number | null;
  /** The app's start-up, ms per step (startupStages.ts); absent for baselines and older results. */
  startup?: Record<string, number>;
  /** JS heap after a forced GC, once the first view has settled. */
  heapMB: number | null;
  heapAfterInteractionsMB: number | null;
  /** Elements in cytoscape after the first view (naive: everything). */
  elements: number | null;
  /** The most elements cytoscape held during the interactions, hidden ones it keeps included. */
  residentMax?: number | null;
  drawn: { nodes: number; edges: number } | null;
  /** User input → next painted frame, one value per interaction. */
  filterMs: number[];
  /** Picking an entity → painted: the app's search field (Enter), sigma's click on a node. */
  selectMs: number[];
  /** Focusing the selection ("f") and changing hops ("+", "-") → painted. */
  focusMs: number[];
  /** Navigation start of a permalink → its view painted. */
  permalinkMs: number | null;
  /** Animation-frame intervals during the pan/zoom gesture. */
  frameMs: number[];
  /** The page did not finish drawing (or laying out) within its cap. */
  didNotFinish: boolean;
  /** Broken expectations: errors, wrong counts, missing marks. Any of these fails the run. */
  failures: string[];
  notes: string[];
}

export interface InteractionSummary {
  /** Over every sample of every measured run. */
  p50: number;
  p95: number;
  max: number;
  samples: number;
  /** Per-run p50 and p95, to show how runs differ. */
  runP50: Summary | null;
  runP95: Summary | null;
}

export interface VariantMetrics {
  firstRender: Summary | null;
  firstRenderCpu: Summary | null;
  interactive: Summary | null;
  /** Per start-up step, over the runs that have it; absent in older results. */
  startup?: Record<string, Summary>;
  heap: Summary | null;
  heapAfterInteractions: Summary | null;
  resident?: Summary | null;
  elements: Summary | null;
  /** What the first view drew (nodes, edges), context layer included; absent in older results. */
  drawnNodes?: Summary | null;
  drawnEdges?: Summary | null;
  filter: InteractionSummary | null;
  select: InteractionSummary | null;
  focus: InteractionSummary | null;
  permalink: Summary | null;
  frame: InteractionSummary | null;
}

export interface VariantResult {
  variant: Variant;
  url: string;
  capMs: number;
  warmups: number;
  runs: RunSample[];
  didNotFinish: boolean;
  metrics: VariantMetrics;
  failures: string[];
  notes: string[];
}

export interface CorpusCounts {
  nodes: number;
  edges: number;
  entities: number;
  claims: number;
  relations: number;
  derivedEdges: number;
  sources: number;
  bytes: number;
}

export interface Ratio {
  value: number;
  /** True when the denominator or numerator was a cap: the real ratio is at least this. */
  atLeast: boolean;
}

export interface Ratios {
  /** First render: ours ÷ floor (lower is better; target ≤ 8 at M). */
  firstRenderOursOverFloor: Ratio | null;
  /** First render: naive ÷ ours (higher is better; target ≥ 5 at M). */
  firstRenderNaiveOverOurs: Ratio | null;
  /** The same two on CPU time, which load on the machine distorts less. */
  firstRenderCpuOursOverFloor: Ratio | null;
  firstRenderCpuNaiveOverOurs: Ratio | null;
  interactiveNaiveOverOurs: Ratio | null;
  coseNaiveOverOurs: Ratio | null;
  heapOursOverFloor: Ratio | null;
  heapNaiveOverOurs: Ratio | null;
  frameP95OursOverFloor: Ratio | null;
  frameP95NaiveOverOurs: Ratio | null;
  /** sigma ÷ ours (higher is better for ours); absent in results from before the sigma page. */
  firstRenderSigmaOverOurs?: Ratio | null;
  firstRenderCpuSigmaOverOurs?: Ratio | null;
  heapSigmaOverOurs?: Ratio | null;
  frameP95SigmaOverOurs?: Ratio | null;
  /** Pick p95: sigma's click on a node ÷ ours (search + Enter). */
  pickP95SigmaOverOurs?: Ratio | null;
}

export interface TargetCheck {
  what: string;
  /** `max`: actual must be ≤ limit; `min`: actual must be ≥ limit. */
  kind: 'max' | 'min';
  limit: number;
  unit: 'ms' | 'MB' | '×' | 's';
  actual: number | null;
  /** True when actual is a bound (e.g. a ratio against a capped run). */
  atLeast: boolean;
  met: boolean | null;
  /** How far off, e.g. "+420 ms (1.3× the target)"; empty when met. */
  gap: string;
}

export interface SizeResult {
  size: BenchSize;
  dataDir: string;
  seed: number | null;
  counts: CorpusCounts | null;
  compile: {
    samplesMs: number[];
    cpuMs: number[];
    peakRssMB: number[];
    /** Wall clock. */
    summary: Summary | null;
    cpu: Summary | null;
    peakRss: Summary | null;
    error: string | null;
  };
  variants: Partial<Record<Variant, VariantResult>>;
  ratios: Ratios;
  targets: TargetCheck[];
  failures: string[];
  /** The layout-quality measure of the overview on the graph canvas at 1440×900 (bundled only). */
  layoutQuality?: LayoutQuality | null;
}

export interface BenchResults {
  startedAt: string;
  finishedAt: string;
  command: string;
  options: BenchOptions;
  environment: Environment;
  sizes: SizeResult[];
  /** Everything that broke; the run exits non-zero when this is not empty. */
  failures: string[];
}

export function emptySample(): RunSample {
  return {
    firstRenderMs: null,
    firstRenderCpuMs: null,
    interactiveMs: null,
    heapMB: null,
    heapAfterInteractionsMB: null,
    elements: null,
    drawn: null,
    filterMs: [],
    selectMs: [],
    focusMs: [],
    permalinkMs: null,
    frameMs: [],
    didNotFinish: false,
    failures: [],
    notes: [],
  };
}

/** The first line of an error: Playwright appends multi-line call logs. */
export function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0] ?? text;
}
