// BENCHMARKS.md from the results: environment, command, one table per size with every page
// side by side, the ratios, and each target with how far off it is. Pure: results in, text out.
import { unfinishedMs } from './runner/aggregate';
import type { Summary } from './stats';
import type { Variant } from './runner/options';
import type {
  BenchResults,
  InteractionSummary,
  Ratio,
  SizeResult,
  TargetCheck,
  VariantResult,
} from './runner/types';

const COLUMNS: { variant: Variant; title: string }[] = [
  { variant: 'ours', title: 'ours' },
  { variant: 'floor', title: 'floor (parse + canvas)' },
  { variant: 'naive', title: 'naive (cytoscape, preset)' },
  { variant: 'cose', title: 'naive + runtime cose' },
  { variant: 'sigma', title: 'sigma (WebGL, software)' },
];

const int = (n: number): string => Math.round(n).toLocaleString('en-US');

const seconds = (n: number): string => `${(n / 1000).toFixed(2)} s`;

function ms(value: number): string {
  return value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${int(value)} ms`;
}

/** Median with the range of the runs, e.g. `412 ms (398–430)`. */
function spread(summary: Summary | null, format: (n: number) => string): string {
  if (!summary) return 'n/a';
  if (summary.n === 1) return format(summary.median);
  return `${format(summary.median)} (${format(summary.min).replace(/ \w+$/, '')}–${format(summary.max)})`;
}

/** Nodes / edges the first view drew, e.g. `10,200 / 30,400`; ranges only when runs differ. */
function drawn(metrics: VariantResult['metrics']): string {
  const nodes = metrics.drawnNodes;
  const edges = metrics.drawnEdges;
  if (!nodes || !edges) return 'n/a';
  return `${spread(nodes, int)} / ${spread(edges, int)}`;
}

function interaction(summary: InteractionSummary | null): string {
  if (!summary) return 'n/a';
  return `${int(summary.p50)} / ${int(summary.p95)} ms (n=${summary.samples})`;
}

/** `first`: the first-render row, which says how long an unfinished page took at least. */
type RowKind = 'first' | 'other' | 'always';

function cell(
  result: VariantResult | undefined,
  pick: (r: VariantResult) => string,
  kind: RowKind,
): string {
  if (!result) return '—';
  if (kind !== 'always' && result.didNotFinish && result.metrics.firstRender === null) {
    return kind === 'first' ? `did not finish (> ${ms(unfinishedMs(result))})` : '—';
  }
  return pick(result);
}

function formatRatio(r: Ratio | null): string {
  if (!r) return 'n/a';
  const digits = r.value >= 10 ? 0 : r.value >= 0.1 ? 1 : 2;
  return `${r.atLeast ? '≥ ' : ''}${r.value.toFixed(digits)}×`;
}

function formatTarget(t: TargetCheck): string {
  const limit =
    t.unit === '×'
      ? `${t.kind === 'max' ? '≤' : '≥'} ${t.limit}×`
      : `≤ ${t.limit.toLocaleString('en-US')} ${t.unit}`;
  let actual = 'n/a';
  if (t.actual !== null) {
    if (t.unit === '×') actual = `${t.atLeast ? '≥ ' : ''}${t.actual.toFixed(1)}×`;
    else if (t.unit === 's') actual = `${t.actual.toFixed(1)} s`;
    else actual = `${int(t.actual)} ${t.unit}`;
  }
  const verdict = t.met === null ? 'not measured' : t.met ? 'met' : `**missed**: ${t.gap}`;
  return `| ${t.what} | ${limit} | ${actual} | ${verdict} |`;
}

function sizeTitle(size: SizeResult): string {
  const c = size.counts;
  const what =
    size.size === 'bundled' ? 'Bundled corpus (data/)' : `Size ${size.size} (seed ${size.seed})`;
  if (!c) return what;
  return (
    `${what}: ${int(c.entities)} entities + ${int(c.claims)} claims, ${int(c.relations)} relations ` +
    `(+${int(c.derivedEdges)} derived from claims), ${int(c.sources)} sources; compiled JSON ${(c.bytes / 2 ** 20).toFixed(1)} MB`
  );
}

/** The app's start-up step by step (medians over its runs), when the results have it. */
function startupSection(ours: VariantResult | undefined): string[] {
  const stages = Object.entries(ours?.metrics.startup ?? {});
  if (stages.length === 0) return [];
  return [
    'Start-up of the explorer, step by step (from its `explorer:*` marks; the download and the ' +
      "app's code load in parallel, so the steps do not add up to the first render):",
    '',
    '| step | median (min–max over runs) |',
    '| --- | --- |',
    ...stages.map(([name, summary]) => `| ${name} | ${spread(summary, ms)} |`),
    '',
  ];
}

/** The overview's layout quality (src/render/scene/layoutQuality), where it was measured. */
function layoutQualityLines(size: SizeResult): string[] {
  const q = size.layoutQuality;
  if (!q) return [];
  const share = `${Math.round(q.canvasShare * 100)}%`;
  return [
    `Layout quality of the overview on the graph canvas at 1440×900 (zoom ${q.zoom}): ` +
      `${q.labelLabelOverlaps} label–label and ${q.labelNodeOverlaps} label–node overlaps (target 0), ` +
      `${q.nodeOverlaps} node overlaps, ${q.nodesUnderEdges} nodes under an edge they are not part of, ` +
      `${share} of the canvas used, ${q.labelled} labels drawn, ` +
      `${q.topConnectedLabelled} of the ${q.topConnected} best-connected labelled (target all).`,
    '',
  ];
}

function sizeSection(size: SizeResult): string[] {
  const lines = [`## ${sizeTitle(size)}`, ''];
  const compile = size.compile.summary;
  lines.push(
    size.compile.error
      ? `Compile: **failed** — ${size.compile.error.split('\n')[0] ?? ''}`
      : `Compile (\`npm run data\`, whole process): ${spread(compile, seconds)} wall clock, ` +
          `${spread(size.compile.cpu, seconds)} CPU, peak RSS ${spread(size.compile.peakRss, (n) => `${n.toFixed(0)} MB`)}, ` +
          `over ${compile?.n ?? 0} runs.`,
    '',
    ...layoutQualityLines(size),
  );
  const variants = COLUMNS.filter((c) => size.variants[c.variant]);
  if (variants.length === 0) return [...lines, 'No pages measured.', ''];
  const v = (variant: Variant) => size.variants[variant];
  const row = (label: string, pick: (r: VariantResult) => string, kind: RowKind = 'other') =>
    `| ${label} | ${variants.map((c) => cell(v(c.variant), pick, kind)).join(' | ')} |`;
  lines.push(
    `| median (min–max over runs) | ${variants.map((c) => c.title).join(' | ')} |`,
    `| --- | ${variants.map(() => '---').join(' | ')} |`,
    row('time to first render', (r) => spread(r.metrics.firstRender, ms), 'first'),
    row('CPU to first render (renderer + GPU)', (r) => spread(r.metrics.firstRenderCpu, ms)),
    row('time to interactive', (r) => spread(r.metrics.interactive, ms)),
    row('filter → painted, p50 / p95', (r) => interaction(r.metrics.filter)),
    row('drawn entities / relations (first view, every layer)', (r) => drawn(r.metrics)),
    row('pick → painted, p50 / p95 (ours: search + Enter; sigma: a click)', (r) =>
      interaction(r.metrics.select),
    ),
    row('focus / hops → painted, p50 / p95', (r) => interaction(r.metrics.focus)),
    row('permalink restore (to first render)', (r) => spread(r.metrics.permalink, ms)),
    row('pan/zoom frame time p95 (p50)', (r) =>
      r.metrics.frame ? `${int(r.metrics.frame.p95)} ms (${int(r.metrics.frame.p50)})` : 'n/a',
    ),
    row('JS heap after GC', (r) => spread(r.metrics.heap, (n) => `${n.toFixed(0)} MB`)),
    row('JS heap after GC, after the interactions', (r) =>
      spread(r.metrics.heapAfterInteractions, (n) => `${n.toFixed(0)} MB`),
    ),
    row('elements handed to cytoscape', (r) =>
      r.variant === 'floor'
        ? 'none (canvas)'
        : r.variant === 'sigma'
          ? 'none (WebGL)'
          : spread(r.metrics.elements, int),
    ),
    row('most elements cytoscape held in the interactions (drawn and hidden)', (r) =>
      r.metrics.resident ? spread(r.metrics.resident, int) : 'n/a',
    ),
    row(
      'measured runs',
      (r) =>
        r.didNotFinish
          ? 'stopped after the first run that did not finish'
          : `${r.runs.length}${r.warmups > 0 ? ` (+${r.warmups} warm-up)` : ''}`,
      'always',
    ),
    '',
  );
  lines.push(...startupSection(size.variants.ours));
  const ratios = size.ratios;
  lines.push(
    `Ratios of medians. First render: ours ÷ floor **${formatRatio(ratios.firstRenderOursOverFloor)}** ` +
      `(CPU ${formatRatio(ratios.firstRenderCpuOursOverFloor)}), ` +
      `naive ÷ ours **${formatRatio(ratios.firstRenderNaiveOverOurs)}** (CPU ${formatRatio(ratios.firstRenderCpuNaiveOverOurs)}), ` +
      `naive with cose ÷ ours ${formatRatio(ratios.coseNaiveOverOurs)}. ` +
      `Heap: ours ÷ floor ${formatRatio(ratios.heapOursOverFloor)}, naive ÷ ours ${formatRatio(ratios.heapNaiveOverOurs)}. ` +
      `Pan/zoom frame p95: ours ÷ floor ${formatRatio(ratios.frameP95OursOverFloor)}, naive ÷ ours ${formatRatio(ratios.frameP95NaiveOverOurs)}.`,
    '',
  );
  if (size.variants.sigma) {
    lines.push(
      `sigma ÷ ours: first render **${formatRatio(ratios.firstRenderSigmaOverOurs ?? null)}** ` +
        `(CPU ${formatRatio(ratios.firstRenderCpuSigmaOverOurs ?? null)}), ` +
        `pick p95 ${formatRatio(ratios.pickP95SigmaOverOurs ?? null)}, ` +
        `pan/zoom frame p95 ${formatRatio(ratios.frameP95SigmaOverOurs ?? null)}, ` +
        `heap ${formatRatio(ratios.heapSigmaOverOurs ?? null)}. Compare them with the drawn ` +
        'entities and relations above: a ratio says little when the two drew different amounts.',
      '',
    );
  }
  if (size.targets.length > 0) {
    lines.push(
      '| target | limit | measured | verdict |',
      '| --- | --- | --- | --- |',
      ...size.targets.map(formatTarget),
      '',
    );
  }
  const notes = Object.values(size.variants).flatMap((r) =>
    r.notes.map((n) => `- ${r.variant}: ${n}`),
  );
  if (notes.length > 0) lines.push('Notes:', '', ...notes, '');
  if (size.failures.length > 0)
    lines.push('Breakage:', '', ...size.failures.map((f) => `- ${f}`), '');
  return lines;
}

/**
 * Several runs (e.g. bundled,S,M and a separate L run) as one report: their sizes in order, a
 * size measured again replaced by its later run, the first run's environment, every command.
 */
export function mergeResults(runs: readonly BenchResults[]): BenchResults {
  const [first, ...rest] = runs;
  if (!first) throw new Error('no results to merge');
  if (rest.length === 0) return first;
  return {
    ...first,
    finishedAt:
      runs
        .map((r) => r.finishedAt)
        .sort()
        .at(-1) ?? first.finishedAt,
    command: runs.map((r) => r.command).join('` and `'),
    sizes: [...new Map(runs.flatMap((r) => r.sizes.map((size) => [size.size, size]))).values()],
    failures: runs.flatMap((r) => r.failures),
  };
}

/** `analysis`: hand-written findings (bench/analysis.md), placed after the missed targets. */
export function renderReport(results: BenchResults, analysis: string | null = null): string {
  const env = results.environment;
  const missed = results.sizes.flatMap((s) =>
    s.targets.filter((t) => t.met === false).map((t) => `${s.size}: ${t.what} (${t.gap})`),
  );
  const lines = [
    '# Benchmarks',
    '',
    `Written by \`${results.command}\` (bench/run.ts) on ${results.finishedAt.slice(0, 10)}. ` +
      'Times are reported against the targets, never asserted: the run fails only on breakage.',
    '',
    '## Environment',
    '',
    '| | |',
    '| --- | --- |',
    `| CPU | ${env.cpu}, ${env.cores} cores, ${env.memoryGB} GB RAM, no GPU (software rendering) |`,
    `| OS, Node | ${env.os}, Node ${env.node} |`,
    `| Browser | ${env.chromium}, headless, ${env.viewport.width}×${env.viewport.height}, device scale 1 |`,
    ...(env.webgl ? [`| WebGL | ${env.webgl} |`] : []),
    `| Load average (1 min) | ${env.loadStart} at start, ${env.loadEnd ?? 'n/a'} at end |`,
    `| Runs | ${results.options.runs} measured + ${results.options.warmups} warm-up per page, fresh browser context each; ${results.options.compileRuns} compiler runs |`,
    '',
    '## Method',
    '',
    '- Corpora: `bench/generate.ts` writes the real input format (sources with texts, entities, relations with EDTF',
    '  dates and quotes anchored in the texts, claims, some contradicted); communities, heavy-tailed degrees, a few',
    '  dominant sources, dates skewed to recent years. Sizes S/M/L/XL = 1k/10k/50k/200k entities and 3k/30k/150k/600k relations.',
    "- One production build of the app; each size's compiled graph is served as its `corpus.json` by `bench/server.ts`",
    '  (127.0.0.1, no compression, no caching), and its source texts as `corpus.texts.json`, which the app fetches',
    '  only when the reader opens and no measured step opens it; the sizes below are the graph files.',
    '- First render and interactive: navigation start → `explorer:first-render` / `explorer:interactive` (the app) or',
    '  `bench:first-render` (baselines); first render is set in the animation frame after the first drawing of the',
    "  graph beside the panels: a frame the app draws on a plain canvas from cytoscape's stylesheet",
    "  (`src/render/staticFrame.ts`) while cytoscape's code loads; interactive once cytoscape has drawn its own frame,",
    '  at the first idle moment after it (`requestIdleCallback`), when the graphology model, which no drawing needs,',
    '  is built; the baselines have nothing left to do, so theirs coincide.',
    "- Interactions: from the input event (seen in the capture phase, before the app's handlers) to the next",
    '  `explorer:rendered`. Filters: the From date field and one source checkbox (off, on). Pick: type a label in',
    '  "Search entities", Enter. Focus: "f" (focus the selection), "+", "-".',
    '- Permalink: a fresh context opens `?v=1&focus=<10th-largest hub>&hops=2&from=<median relation date>`.',
    '- Pan/zoom: 10 wheel steps in, a 20-step drag, 10 steps out, one event per ~16 ms; animation-frame intervals.',
    '  The floor redraws every edge each frame (no texture caching), so it bounds first render, not frame times.',
    '- Heap: `HeapProfiler.collectGarbage` then `Runtime.getHeapUsage` (used size) after the first view settles.',
    '- CPU to first render: CPU time of the renderer and GPU processes (`SystemInfo.getProcessInfo`) from',
    '  navigation until the first render is seen (polled every 50 ms). One page is open at a time, so it is that',
    "  page's work; unlike wall-clock time it barely moves when other work competes for the cores.",
    '- Baselines on the same compiled graph: floor = parse the JSON and draw every node and edge on a canvas;',
    '  naive = plain cytoscape with every element at its precomputed position (labelled nodes, bezier edges with',
    "  arrows); naive + cose = the same without positions, cytoscape's `cose` run in the browser and stopped at the cap;",
    '  sigma = sigma.js (the engine of Gephi Lite and Retina) on graphology, every node at its precomputed position and',
    "  every edge, node labels on (sigma's label grid shows those that fit); its pick is a click on one of the 12",
    '  best-connected nodes, which highlights it and its neighbours, timed to the frame after sigma drew it.',
    '- WebGL here is software-rendered (SwiftShader; the machine has no GPU): sigma draws on the CPU, which',
    '  penalises it far more than the canvas pages; on a machine with a GPU its first render and frames will differ.',
    '- "drawn entities / relations" is what each page drew in its first view (ours: every layer, the context',
    '  layer included), so that each ratio can be read against the work it compares.',
    '- Checks (a failure makes the run exit non-zero): no console errors or uncaught exceptions, every mark present,',
    '  baselines drew every node and edge, the status line totals match the graph and its visible counts match what',
    '  cytoscape received, the permalink restores a focused view.',
    '',
  ];
  if (missed.length > 0) {
    lines.push('## Targets missed', '', ...missed.map((m) => `- ${m}`), '');
  }
  if (analysis) lines.push(analysis.trim(), '');
  for (const size of results.sizes) lines.push(...sizeSection(size));
  if (results.failures.length > 0) {
    lines.push(
      '## Breakage in this run',
      '',
      ...results.failures.map((f) => `- ${f.split('\n')[0] ?? ''}`),
      '',
    );
  }
  lines.push(
    '## Reproduce',
    '',
    '```sh',
    ...results.command.split('` and `'),
    'npm run bench -- --sizes S --runs 1   # quick mode, as CI runs it',
    'npm run bench -- --help',
    '```',
    '',
  );
  return lines.join('\n');
}
