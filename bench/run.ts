// `npm run bench`: generate and compile corpora, build the app and the baseline pages once,
// then measure every page in headless Chromium and write BENCHMARKS.md (and --json).
// It fails only on breakage (errors, wrong counts, missing marks), never on a time.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Browser } from '@playwright/test';
import { summarize } from './stats';
import { computeRatios, evaluateTargets, summarizeRuns } from './runner/aggregate';
import { launchBrowser, webglRenderer } from './runner/browser';
import { currentLoad, describeEnvironment } from './runner/environment';
import { measureApp } from './runner/measureApp';
import { appPlan, corpusCounts } from './runner/plan';
import { profileApp } from './runner/profileApp';
import { measureBaseline } from './runner/measureBaseline';
import {
  parseBenchOptions,
  USAGE,
  type BenchOptions,
  type BenchSize,
  type Variant,
} from './runner/options';
import {
  APP_DIR,
  PROFILED_APP_DIR,
  buildApp,
  buildPages,
  compileCorpus,
  ensureCorpus,
  OUT,
  PAGES_DIR,
  readGraph,
  ROOT,
  type GraphCounts,
} from './runner/prepare';
import { startServer } from './server';
import { mergeResults, renderReport } from './report';
import type { BenchResults, RunSample, SizeResult, VariantResult } from './runner/types';
import { CANVAS_AT_1440_BY_900, measureOverview } from './quality/layoutQuality';

const log = (line: string): void => console.log(`[bench] ${line}`);

interface PreparedSize {
  size: BenchSize;
  dataDir: string;
  compiledFile: string;
  compile: SizeResult['compile'];
  graph: GraphCounts | null;
}

async function prepareSize(size: BenchSize, options: BenchOptions): Promise<PreparedSize> {
  const dataDir = ensureCorpus(size, options.seed, log);
  const compiledFile = join(OUT, `compiled-${size}.json`);
  log(`${size}: compiling ${relative(ROOT, dataDir)} (${options.compileRuns}×)`);
  const result = await compileCorpus(dataDir, compiledFile, options.compileRuns);
  const compile = {
    ...result,
    summary: summarize(result.samplesMs),
    cpu: summarize(result.cpuMs),
    peakRss: summarize(result.peakRssMB),
  };
  if (result.error) return { size, dataDir, compiledFile, compile, graph: null };
  const { counts } = readGraph(compiledFile);
  log(
    `${size}: compiled in ${((compile.summary?.median ?? 0) / 1000).toFixed(1)} s → ` +
      `${counts.nodes} nodes, ${counts.edges} edges, ${(counts.bytes / 2 ** 20).toFixed(1)} MB`,
  );
  return { size, dataDir, compiledFile, compile, graph: counts };
}

interface Page {
  variant: Variant;
  url: string;
  capMs: number;
  measure: () => Promise<RunSample>;
}

function pagesFor(
  size: PreparedSize,
  origin: string,
  options: BenchOptions,
  variants: readonly Variant[],
  browser: Browser,
): Page[] {
  const graph = size.graph as GraphCounts;
  const expected = corpusCounts(graph);
  const base = `${origin}/${size.size}`;
  const pages: Record<Variant, Page> = {
    floor: {
      variant: 'floor',
      url: `${base}/pages/floor.html`,
      capMs: options.naiveCapMs,
      measure: () =>
        measureBaseline(browser, {
          url: pages.floor.url,
          capMs: options.naiveCapMs,
          expected,
          panZoom: true,
        }),
    },
    naive: {
      variant: 'naive',
      url: `${base}/pages/naive.html`,
      capMs: options.naiveCapMs,
      measure: () =>
        measureBaseline(browser, {
          url: pages.naive.url,
          capMs: options.naiveCapMs,
          expected,
          panZoom: true,
        }),
    },
    cose: {
      variant: 'cose',
      url: `${base}/pages/naive.html?layout=cose&cap=${options.coseCapMs}`,
      capMs: options.coseCapMs,
      // The page stops the layout itself at the cap; the extra time covers a page stuck in
      // cytoscape's synchronous set-up, which cannot look at the clock.
      measure: () =>
        measureBaseline(browser, {
          url: pages.cose.url,
          capMs: options.coseCapMs + 15_000,
          layoutCapMs: options.coseCapMs,
          expected,
          panZoom: false,
        }),
    },
    sigma: {
      variant: 'sigma',
      url: `${base}/pages/sigma.html`,
      capMs: options.naiveCapMs,
      measure: () =>
        measureBaseline(browser, {
          url: pages.sigma.url,
          capMs: options.naiveCapMs,
          expected,
          panZoom: true,
          picks: options.samples,
        }),
    },
    ours: {
      variant: 'ours',
      url: `${base}/app/`,
      capMs: options.naiveCapMs,
      measure: () => measureApp(browser, appPlan(pages.ours.url, graph, options), options.samples),
    },
  };
  return variants.map((v) => pages[v]);
}

function describeSample(sample: RunSample): string {
  const parts = [
    sample.firstRenderMs === null
      ? 'no render'
      : `first render ${Math.round(sample.firstRenderMs)} ms`,
    sample.heapMB === null ? '' : `heap ${sample.heapMB.toFixed(0)} MB`,
    sample.didNotFinish ? 'DID NOT FINISH' : '',
    sample.failures.length > 0 ? `${sample.failures.length} failure(s)` : '',
  ];
  return parts.filter(Boolean).join(', ');
}

/** Warm-ups, then measured runs round-robin across pages, so drift hits every page alike. */
async function measureSize(
  size: PreparedSize,
  pages: Page[],
  options: BenchOptions,
): Promise<Partial<Record<Variant, VariantResult>>> {
  const runs = new Map<Variant, RunSample[]>(pages.map((p) => [p.variant, []]));
  const notes = new Map<Variant, string[]>(pages.map((p) => [p.variant, []]));
  const warmupFailures = new Map<Variant, string[]>(pages.map((p) => [p.variant, []]));
  const finished = new Set<Variant>();
  const total = options.warmups + options.runs;
  for (let round = 0; round < total; round++) {
    const warmup = round < options.warmups;
    for (const page of pages) {
      if (finished.has(page.variant)) continue;
      const sample = await page.measure();
      const label = warmup
        ? `warm-up ${round + 1}`
        : `run ${round - options.warmups + 1}/${options.runs}`;
      log(`${size.size} ${page.variant} ${label}: ${describeSample(sample)}`);
      for (const failure of sample.failures) log(`  ✗ ${failure}`);
      if (!warmup || sample.didNotFinish) runs.get(page.variant)?.push(sample);
      // Breakage in a warm-up still counts; its timings do not.
      else warmupFailures.get(page.variant)?.push(...sample.failures.map((f) => `warm-up: ${f}`));
      if (sample.didNotFinish) {
        // Another run would only wait for the cap again.
        finished.add(page.variant);
        notes.get(page.variant)?.push(`did not finish within the cap in ${label}; not run again`);
      }
    }
  }
  const results: Partial<Record<Variant, VariantResult>> = {};
  for (const page of pages) {
    const samples = runs.get(page.variant) ?? [];
    results[page.variant] = {
      variant: page.variant,
      url: page.url,
      capMs: page.capMs,
      warmups: options.warmups,
      runs: samples,
      didNotFinish: samples.some((s) => s.didNotFinish),
      metrics: summarizeRuns(samples),
      failures: [
        ...new Set([
          ...(warmupFailures.get(page.variant) ?? []),
          ...samples.flatMap((s) => s.failures),
        ]),
      ],
      notes: [...new Set([...(notes.get(page.variant) ?? []), ...samples.flatMap((s) => s.notes)])],
    };
  }
  return results;
}

/** `--profile DIR`: CPU profiles of the app on each prepared size, instead of measurements. */
async function profile(
  dir: string,
  prepared: readonly PreparedSize[],
  options: BenchOptions,
  failures: string[],
): Promise<void> {
  if (!options.skipBuild) {
    log('building the app, unminified so that the profiles name its functions');
    const error = await buildApp(join(ROOT, 'data'), { minify: false });
    if (error) failures.push(`app: ${error}`);
  }
  const measurable = prepared.filter((p) => p.graph !== null);
  const server = await startServer({
    mounts: { app: PROFILED_APP_DIR },
    corpora: Object.fromEntries(measurable.map((p) => [p.size, p.compiledFile])),
  });
  const browser = await launchBrowser();
  try {
    for (const size of measurable) {
      const plan = appPlan(
        `${server.origin}/${size.size}/app/`,
        size.graph as GraphCounts,
        options,
      );
      const problems = await profileApp(browser, {
        size: size.size,
        plan,
        dir: resolve(ROOT, dir),
        log,
      });
      failures.push(...problems.map((problem) => `${size.size}: ${problem}`));
    }
  } finally {
    await browser.close();
    await server.close();
  }
  if (failures.length > 0) {
    console.error(
      `[bench] ${failures.length} problem(s):\n${failures.map((f) => `  - ${f}`).join('\n')}`,
    );
    process.exitCode = 1;
  }
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.includes('--help')) {
    console.log(USAGE);
    return;
  }
  const options = parseBenchOptions(argv);
  if (options.reportFrom.length > 0) {
    const saved = options.reportFrom.map(
      (file) => JSON.parse(readFileSync(resolve(ROOT, file), 'utf8')) as BenchResults,
    );
    write(options.markdown ?? 'BENCHMARKS.md', renderReport(mergeResults(saved), readAnalysis()));
    log(`wrote ${options.markdown ?? 'BENCHMARKS.md'} from ${options.reportFrom.join(', ')}`);
    return;
  }
  const startedAt = new Date().toISOString();
  mkdirSync(OUT, { recursive: true });
  const failures: string[] = [];

  const prepared: PreparedSize[] = [];
  for (const size of options.sizes) {
    const result = await prepareSize(size, options);
    if (result.compile.error) failures.push(`${size}: ${result.compile.error}`);
    prepared.push(result);
  }

  if (options.profile !== null) {
    await profile(options.profile, prepared, options, failures);
    return;
  }

  let toMeasure = options.variants;
  if (!options.skipBuild) {
    log('building the baseline pages');
    await buildPages();
    if (toMeasure.includes('ours')) {
      log('building the app');
      // Each size's corpus.json is swapped in when served, so the build takes the bundled corpus:
      // building with a large one only compiled it once more (minutes at XL).
      const error = await buildApp(join(ROOT, 'data'));
      if (error) {
        failures.push(`app: ${error}`);
        toMeasure = toMeasure.filter((v) => v !== 'ours');
      }
    }
  }

  const measurable = prepared.filter((p) => p.graph !== null);
  const server = await startServer({
    mounts: { app: APP_DIR, pages: PAGES_DIR },
    corpora: Object.fromEntries(measurable.map((p) => [p.size, p.compiledFile])),
  });
  const browser = await launchBrowser();
  const environment = describeEnvironment(`Chromium ${browser.version()}`);
  environment.webgl = await webglRenderer(browser);
  log(
    `${environment.cpu}, ${environment.cores} cores, Chromium ${browser.version()}, WebGL ${environment.webgl}, load ${environment.loadStart}`,
  );

  const sizes: SizeResult[] = [];
  try {
    for (const size of prepared) {
      const variants = size.graph
        ? await measureSize(
            size,
            pagesFor(size, server.origin, options, toMeasure, browser),
            options,
          )
        : {};
      const partial = {
        size: size.size,
        dataDir: relative(ROOT, size.dataDir),
        seed: size.size === 'bundled' ? null : options.seed,
        counts: size.graph ? corpusCounts(size.graph) : null,
        compile: size.compile,
        variants,
        ratios: computeRatios(variants),
        failures: Object.values(variants).flatMap((v) =>
          v.failures.map((f) => `${v.variant}: ${f}`),
        ),
        layoutQuality:
          size.size === 'bundled'
            ? await measureOverview(CANVAS_AT_1440_BY_900, size.dataDir)
            : null,
      };
      sizes.push({ ...partial, targets: evaluateTargets(size.size, partial) });
      failures.push(...partial.failures.map((f) => `${size.size} ${f}`));
    }
  } finally {
    await browser.close();
    await server.close();
  }
  environment.loadEnd = currentLoad();

  const results: BenchResults = {
    startedAt,
    finishedAt: new Date().toISOString(),
    command: ['npm run bench', ...(argv.length > 0 ? ['--', ...argv] : [])].join(' '),
    options,
    environment,
    sizes,
    failures,
  };
  if (options.json) write(options.json, `${JSON.stringify(results, null, 2)}\n`);
  if (options.markdown) write(options.markdown, renderReport(results, readAnalysis()));
  if (failures.length > 0) {
    console.error(
      `[bench] ${failures.length} breakage(s):\n${failures.map((f) => `  - ${f}`).join('\n')}`,
    );
    process.exitCode = 1;
  } else {
    log('no breakage (times are reported, never asserted)');
  }
}

/** The hand-written findings that go with the figures, when there are any. */
function readAnalysis(): string | null {
  const file = join(ROOT, 'bench/analysis.md');
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

function write(file: string, content: string): void {
  const target = resolve(ROOT, file);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, content);
  log(`wrote ${relative(ROOT, target)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
