// Everything before the browser: corpora (generated, cached by size and seed), the compiler
// (timed, in a fresh Node process each run), the app build and the baseline pages build.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { describe as describeCorpus, generateCorpus, SIZES } from '../generator/corpus';
import { readManifest, writeCorpus } from '../generator/write';
import type { CompiledGraph } from '../../src/schema/compiledGraph';
import { expandGraph } from '../../src/schema/edgeColumns';
import type { BenchSize } from './options';

export const ROOT = resolve(import.meta.dirname, '../..');
export const OUT = join(ROOT, 'bench/out');
export const APP_DIR = join(OUT, 'app');
/** The app built without minifying, so profiles name its functions (`--profile`). */
export const PROFILED_APP_DIR = join(OUT, 'app-unminified');
export const PAGES_DIR = join(OUT, 'pages');
const VITE_CLI = join(ROOT, 'node_modules/vite/bin/vite.js');
export const COMPILER_ENTRY = join(ROOT, 'src/compiler/cli.ts');
/** Node's flags for the compiler, as `npm run data` passes them (checked by prepare.test.ts). */
export const COMPILER_NODE_FLAGS = ['--max-semi-space-size=64', '--import', 'tsx'] as const;

export interface ProcessResult {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  timedOut: boolean;
}

export function runProcess(
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; timeoutMs: number },
): Promise<ProcessResult> {
  return new Promise((done) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr, ms: performance.now() - started, timedOut });
    });
  });
}

/** The tail of a process's output, for an error message. */
export function tail(text: string, lines = 12): string {
  return text.trim().split('\n').slice(-lines).join('\n');
}

/** The corpus folder of a size: data/ for the bundled corpus, a generated one otherwise. */
export function ensureCorpus(size: BenchSize, seed: number, log: (line: string) => void): string {
  if (size === 'bundled') return join(ROOT, 'data');
  const dir = join(OUT, `corpus-${size}-seed${seed}`);
  if (readManifest(dir)?.includes(describeCorpus(size, seed, SIZES[size])) === true) return dir;
  const started = performance.now();
  writeCorpus(dir, generateCorpus({ shape: SIZES[size], seed, name: size }));
  log(`generated ${dir} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return dir;
}

export interface CompileResult {
  /** Wall clock of each run. */
  samplesMs: number[];
  /** CPU time (user + system, all Node processes of the run) of each run. */
  cpuMs: number[];
  /** Peak resident memory of the largest process, per run. */
  peakRssMB: number[];
  error: string | null;
}

const USAGE_HOOK = join(ROOT, 'bench/runner/usageHook.mjs');

function readUsage(dir: string): { cpuMs: number; peakRssMB: number } | null {
  const records = readdirSync(dir).map(
    (f) =>
      JSON.parse(readFileSync(join(dir, f), 'utf8')) as {
        user: number;
        system: number;
        maxRSS: number;
      },
  );
  if (records.length === 0) return null;
  return {
    cpuMs: records.reduce((sum, r) => sum + r.user + r.system, 0) / 1000,
    peakRssMB: Math.max(...records.map((r) => r.maxRSS)) / 1024,
  };
}

/** Runs the compiler CLI `runs` times; wall clock of the whole process, as `npm run data` takes. */
export async function compileCorpus(
  dataDir: string,
  outFile: string,
  runs: number,
): Promise<CompileResult> {
  const done: CompileResult = { samplesMs: [], cpuMs: [], peakRssMB: [], error: null };
  if (!existsSync(COMPILER_ENTRY))
    return { ...done, error: `${COMPILER_ENTRY} does not exist yet` };
  for (let i = 0; i < runs; i++) {
    const usageDir = mkdtempSync(join(tmpdir(), 'bench-usage-'));
    rmSync(outFile, { force: true });
    const result = await runProcess(
      [...COMPILER_NODE_FLAGS, COMPILER_ENTRY, '--data', dataDir, '--out', outFile],
      {
        env: {
          BENCH_USAGE_DIR: usageDir,
          NODE_OPTIONS:
            `${process.env.NODE_OPTIONS ?? ''} --import ${pathToFileURL(USAGE_HOOK).href}`.trim(),
        },
        timeoutMs: 15 * 60_000,
      },
    );
    const usage = readUsage(usageDir);
    rmSync(usageDir, { recursive: true, force: true });
    if (result.code !== 0 || !existsSync(outFile)) {
      const why = result.timedOut ? 'timed out after 15 min' : `exit code ${result.code}`;
      return { ...done, error: `compiler ${why}:\n${tail(result.stderr || result.stdout)}` };
    }
    done.samplesMs.push(result.ms);
    if (usage) {
      done.cpuMs.push(usage.cpuMs);
      done.peakRssMB.push(usage.peakRssMB);
    }
  }
  return done;
}

export interface GraphCounts {
  nodes: number;
  edges: number;
  /** Nodes that are not claims. */
  entities: number;
  claims: number;
  /** Edges written in relation files (not derived from claims). */
  relations: number;
  derivedEdges: number;
  sources: number;
  bytes: number;
  /** Ids the app measurement needs: hubs by degree, and relation dates in order. */
  byDegree: { id: string; label: string; degree: number }[];
  relationDays: string[];
  topSources: { id: string; title: string; relations: number }[];
}

export function readGraph(file: string): { graph: CompiledGraph; counts: GraphCounts } {
  const graph = JSON.parse(readFileSync(file, 'utf8')) as CompiledGraph;
  const degree = new Map<string, number>();
  const perSource = new Map<string, number>();
  const relationDays: string[] = [];
  let derivedEdges = 0;
  for (const edge of expandGraph(graph).edges) {
    degree.set(edge.source, (degree.get(edge.source) ?? 0) + 1);
    degree.set(edge.target, (degree.get(edge.target) ?? 0) + 1);
    if (edge.attributes.derived) derivedEdges++;
    if (edge.attributes.dateStart) relationDays.push(edge.attributes.dateStart);
    for (const source of edge.attributes.sources)
      perSource.set(source, (perSource.get(source) ?? 0) + 1);
  }
  const claims = graph.nodes.filter((n) => n.attributes.type === 'claim').length;
  const titles = new Map(graph.attributes.sources.map((s) => [s.id, s.title]));
  return {
    graph,
    counts: {
      nodes: graph.nodes.length,
      edges: graph.edges.key.length,
      entities: graph.nodes.length - claims,
      claims,
      relations: graph.edges.key.length - derivedEdges,
      derivedEdges,
      sources: graph.attributes.sources.length,
      bytes: statSync(file).size,
      byDegree: graph.nodes
        .filter((n) => n.attributes.type !== 'claim')
        .map((n) => ({ id: n.key, label: n.attributes.label, degree: degree.get(n.key) ?? 0 }))
        .sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : 1)),
      relationDays: relationDays.sort(),
      topSources: [...perSource]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 5)
        .map(([id, relations]) => ({ id, title: titles.get(id) ?? id, relations })),
    },
  };
}

/**
 * Builds the production app once; each size swaps in its corpus.json at serve time. Unminified
 * (into PROFILED_APP_DIR) for profiles.
 */
export async function buildApp(
  dataDir: string,
  { minify = true }: { minify?: boolean } = {},
): Promise<string | null> {
  const outDir = minify ? APP_DIR : PROFILED_APP_DIR;
  const result = await runProcess(
    [
      VITE_CLI,
      'build',
      // As `npm run build` does (package.json): Vite's module runner loads the config.
      '--configLoader',
      'runner',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'warn',
      ...(minify ? [] : ['--minify', 'false']),
    ],
    {
      env: { DATA_DIR: dataDir },
      timeoutMs: 10 * 60_000,
    },
  );
  if (result.code === 0 && existsSync(join(outDir, 'index.html'))) return null;
  return `vite build failed (exit ${result.code}):\n${tail(result.stderr || result.stdout)}`;
}

/** Builds the baseline pages with Vite, outside the app's config (no corpus plugin). */
export async function buildPages(): Promise<void> {
  const pages = join(ROOT, 'bench/pages');
  await build({
    configFile: false,
    root: pages,
    base: './',
    logLevel: 'warn',
    build: {
      outDir: PAGES_DIR,
      emptyOutDir: true,
      target: 'es2022',
      rolldownOptions: {
        // Its warning that plugins took a share of the build only says how busy the machine is.
        checks: { bundlerTimings: false },
        input: {
          floor: join(pages, 'floor.html'),
          naive: join(pages, 'naive.html'),
          sigma: join(pages, 'sigma.html'),
        },
      },
    },
  });
}
