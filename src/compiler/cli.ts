// `npm run data -- [--data DIR] [--out FILE]`: compile a corpus folder to the graph JSON, and the
// source texts beside it (FILE with .texts.json for .json). `--format graphology` writes instead
// graphology's standard serialisation of the graph alone, for other tools.
// Prints every problem as file:line:col; writes nothing unless the corpus is free of errors.
// `npm run data` gives Node a 64 MB young generation: a large corpus makes millions of short-lived
// objects, and with the default the collector took half of a 50k-entity compile.
import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeAtomically } from './atomicWrite';
import { compileCorpusDir, countErrors, defaultCacheDir } from './compileCorpusDir';
import { formatCorpusDiagnostics, plural, summarizeCorpus } from './corpusReport';
import { createDiskCache } from './parse/parseCache';
import { createProgressReporter } from './terminalProgress';
import { textsFileFor } from '../schema/compiledGraph';
import { toGraphologyInterchange } from '../schema/interchange';
import { splitCorpus } from './output/buildGraph';

export const DEFAULT_DATA_DIR = 'data';
export const DEFAULT_OUT = 'build/graph.json';

const USAGE =
  'usage: npm run data -- [--data DIR] [--out FILE] [--format compiled|graphology] [--no-cache]';

const FORMATS = ['compiled', 'graphology'] as const;

interface CliOptions {
  data: string;
  out: string;
  /** compiled: the app's graph and texts files; graphology: one file for other tools. */
  format: (typeof FORMATS)[number];
  /** Parsed YAML is cached in node_modules/.cache unless --no-cache. */
  cache: boolean;
}

export function parseArgs(args: readonly string[]): CliOptions | string {
  const options: CliOptions = {
    data: DEFAULT_DATA_DIR,
    out: DEFAULT_OUT,
    format: 'compiled',
    cache: true,
  };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    const [flag, inline] = arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    if (flag === '--help' || flag === '-h') return USAGE;
    if (flag === '--no-cache') {
      options.cache = false;
      continue;
    }
    if (flag !== '--data' && flag !== '--out' && flag !== '--format') {
      return `unknown argument "${arg}"\n${USAGE}`;
    }
    const value = inline ?? args[(i += 1)];
    if (value === undefined || value === '') return `${flag} needs a value\n${USAGE}`;
    if (flag === '--format') {
      const format = FORMATS.find((f) => f === value);
      if (!format) return `--format must be ${FORMATS.join(' or ')}, not "${value}"\n${USAGE}`;
      options.format = format;
    } else {
      options[flag === '--data' ? 'data' : 'out'] = value;
    }
  }
  return options;
}

export async function runCli(args: readonly string[], cwd = process.cwd()): Promise<number> {
  const options = parseArgs(args);
  if (typeof options === 'string') {
    process.stderr.write(`${options}\n`);
    return options === USAGE ? 0 : 2;
  }
  const outFile = resolve(cwd, options.out);
  const started = Date.now();
  const cacheDir = options.cache ? defaultCacheDir(options.data, cwd) : undefined;
  // On a terminal, a line that says how far a long compile has got; nothing in logs or CI.
  const progress = createProgressReporter(process.stderr, process.env);
  const result = await compileCorpusDir(options.data, cwd, {
    ...(cacheDir ? { cache: createDiskCache(cacheDir) } : {}),
    onProgress: progress.onProgress,
  }).finally(() => progress.finish());
  // The line is cleared: diagnostics and the summary print on clean lines.
  if (result.diagnostics.length > 0)
    process.stderr.write(`${formatCorpusDiagnostics(result.corpus, result.diagnostics)}\n`);
  const errors = countErrors(result.diagnostics);
  const warnings = result.diagnostics.length - errors;
  if (!result.graph || result.json === undefined || result.textsJson === undefined) {
    process.stderr.write(
      `${plural(errors, 'error')}, ${plural(warnings, 'warning')}: nothing written to ${relative(cwd, outFile)}\n`,
    );
    return 1;
  }
  if (options.format === 'graphology') {
    const interchange = toGraphologyInterchange(splitCorpus(result.graph).graph);
    await writeAtomically(outFile, `${JSON.stringify(interchange)}\n`);
  } else {
    // The texts first: a graph is never on disk without the texts it names.
    await writeAtomically(textsFileFor(outFile), result.textsJson);
    progress.onProgress({ stage: 'write', done: 1, total: 2 });
    await writeAtomically(outFile, result.json);
  }
  progress.finish();
  process.stdout.write(
    `${relative(cwd, outFile)}: ${summarizeCorpus(result.graph)}` +
      (warnings > 0 ? `, ${plural(warnings, 'warning')}` : '') +
      ` (${Date.now() - started} ms)\n`,
  );
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runCli(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(
        `error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exitCode = 1;
    },
  );
}
