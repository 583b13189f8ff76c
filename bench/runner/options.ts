// Command-line options of `npm run bench`. Parsing is pure so it can be tested.
import { parseArgs } from 'node:util';
import { SIZE_NAMES } from '../generator/corpus';

export const VARIANTS = ['ours', 'floor', 'naive', 'cose', 'sigma'] as const;
export type Variant = (typeof VARIANTS)[number];

export const BENCH_SIZES = ['bundled', ...SIZE_NAMES] as const;
export type BenchSize = (typeof BENCH_SIZES)[number];

export interface BenchOptions {
  sizes: BenchSize[];
  variants: Variant[];
  /** Measured runs per page, each in a fresh browser context. */
  runs: number;
  /** Unmeasured runs before them; defaults to 1, or 0 in quick mode (--runs 1). */
  warmups: number;
  compileRuns: number;
  seed: number;
  /** Cap on the naive page with precomputed positions, and on the runtime cose layout (ms). */
  naiveCapMs: number;
  coseCapMs: number;
  json: string | null;
  markdown: string | null;
  /** Interaction samples per run. */
  samples: number;
  /** Reuse bench/out/app instead of building the app again. */
  skipBuild: boolean;
  /** Measure nothing: write the report from these saved --json results. */
  reportFrom: string[];
  /** Measure nothing: write CPU profiles of the app to this folder. */
  profile: string | null;
}

export const USAGE = `npm run bench -- [options]
  --sizes LIST            of bundled,S,M,L,XL (default bundled,S,M; XL is where one browser breaks)
  --runs N                measured runs per page (default 5; 1 = quick mode: no warm-up, short caps)
  --warmups N             warm-up runs per page (default 1, 0 when --runs 1)
  --compile-runs N        compiler runs per size (default: --runs)
  --variants LIST         of ours,floor,naive,cose,sigma (default all)
  --seed N                generator seed (default 1)
  --naive-cap S           seconds before the naive page counts as "did not finish" (default 60)
  --cose-cap S            seconds before the runtime cose layout is stopped (default 20)
  --samples N             interaction samples per run (default 8)
  --json FILE             also write every figure and ratio as JSON
  --md FILE               where to write the report (default BENCHMARKS.md, or
                          bench/out/BENCHMARKS.quick.md with --runs 1; "-" for none)
  --skip-build            reuse bench/out/app and bench/out/pages
  --report-from A,B       measure nothing: write the report from saved --json results
                          (with bench/analysis.md), e.g. a bundled,S,M run and an L run
  --profile DIR           measure nothing: record CPU profiles of the app's load, a pick, a
                          focus and a date filter per size into DIR, and print where the time goes`;

function list<T extends string>(value: string, allowed: readonly T[], what: string): T[] {
  const items = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const item of items) {
    if (!(allowed as readonly string[]).includes(item)) {
      throw new Error(`unknown ${what} "${item}"; expected one of ${allowed.join(', ')}`);
    }
  }
  if (items.length === 0) throw new Error(`--${what}s needs at least one value`);
  return [...new Set(items)] as T[];
}

function count(value: string | undefined, fallback: number, name: string, min = 0): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer ≥ ${min}`);
  return n;
}

/** Seconds on the command line, milliseconds in the options. */
function seconds(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback * 1000;
  const n = Number(value);
  if (!(n > 0)) throw new Error(`--${name} must be a positive number of seconds`);
  return Math.round(n * 1000);
}

export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      sizes: { type: 'string', default: 'bundled,S,M' },
      runs: { type: 'string' },
      warmups: { type: 'string' },
      'compile-runs': { type: 'string' },
      variants: { type: 'string', default: VARIANTS.join(',') },
      seed: { type: 'string' },
      'naive-cap': { type: 'string' },
      'cose-cap': { type: 'string' },
      samples: { type: 'string' },
      json: { type: 'string' },
      md: { type: 'string' },
      'skip-build': { type: 'boolean', default: false },
      'report-from': { type: 'string' },
      profile: { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
  const runs = count(values.runs, 5, 'runs', 1);
  const quick = runs === 1;
  return {
    sizes: list(values.sizes, BENCH_SIZES, 'size'),
    variants: list(values.variants, VARIANTS, 'variant'),
    runs,
    warmups: count(values.warmups, quick ? 0 : 1, 'warmups'),
    // Profiles need the compiled graph, not the compiler's timings.
    compileRuns: count(values['compile-runs'], values.profile ? 1 : runs, 'compile-runs', 1),
    seed: count(values.seed, 1, 'seed'),
    naiveCapMs: seconds(values['naive-cap'], quick ? 30 : 60, 'naive-cap'),
    coseCapMs: seconds(values['cose-cap'], quick ? 5 : 20, 'cose-cap'),
    samples: count(values.samples, quick ? 3 : 8, 'samples', 1),
    json: values.json ?? null,
    // A quick run must not overwrite the committed report with single-run numbers.
    markdown:
      values.md === '-'
        ? null
        : (values.md ?? (quick ? 'bench/out/BENCHMARKS.quick.md' : 'BENCHMARKS.md')),
    skipBuild: values['skip-build'],
    reportFrom: (values['report-from'] ?? '')
      .split(',')
      .map((file) => file.trim())
      .filter(Boolean),
    profile: values.profile === undefined || values.profile === '' ? null : values.profile,
  };
}
