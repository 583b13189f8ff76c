// Disk → compiled JSON for the CLI and the Vite plugin, with diagnostics named relative to `cwd`.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { compileCorpus } from './compileCorpus';
import { formatDiagnostic } from './diagnostics';
import { serializeCorpus, type CompiledCorpus } from './output/buildGraph';
import { isYamlFile } from './loadCorpus';
import { decodeText } from './parse/decodeText';
import type { ParseCache } from './parse/parseCache';
import { parseInWorkers, type ParseJob } from './parse/parseInWorkers';
import type { ParsedParts } from './parse/parsedFile';
import { parseYamlParts } from './parse/parseYaml';
import type { OnCompileProgress } from './progress';
import { readCorpusDir } from './readCorpusDir';
import type { CorpusFiles, Diagnostic } from './types';

export interface DirCompileResult {
  graph?: CompiledCorpus;
  /** The graph file's text, when there is no error. */
  json?: string;
  /** The texts file's text (see compiledTextsSchema), when there is no error. */
  textsJson?: string;
  /** With `file` relative to `cwd`, so they can be printed and clicked as is. */
  diagnostics: Diagnostic[];
}

export interface DirCompileOptions {
  /** Reuses parsed YAML of unchanged files; updated only when the compile succeeds. */
  cache?: ParseCache;
  /** Hears how far the long stages have got (the CLI shows it on a terminal). */
  onProgress?: OnCompileProgress;
}

export async function compileCorpusDir(
  dataDir: string,
  cwd = process.cwd(),
  options: DirCompileOptions = {},
): Promise<DirCompileResult> {
  const dir = resolve(cwd, dataDir);
  const prefix = relative(cwd, dir);
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) {
    return {
      diagnostics: [
        {
          severity: 'error',
          file: prefix || '.',
          line: 1,
          col: 1,
          message:
            'corpus folder not found: create it or point to it (--data DIR, or DATA_DIR for Vite)',
        },
      ],
    };
  }
  const files = await readCorpusDir(dir);
  const jobs = yamlJobs(files);
  const { hits, misses } = options.cache
    ? await options.cache.lookup(jobs)
    : { hits: new Map<string, ParsedParts>(), misses: jobs };
  const { onProgress } = options;
  let filesParsed = hits.size;
  const parsedOne = onProgress
    ? () => onProgress({ stage: 'parse', done: ++filesParsed, total: jobs.length })
    : undefined;
  onProgress?.({ stage: 'parse', done: filesParsed, total: jobs.length });
  // Without a cache the core parses what workers did not; with one, every miss is parsed here
  // so that it can be stored.
  const parsed =
    (await parseInWorkers(misses, undefined, parsedOne)) ??
    (options.cache
      ? new Map(
          misses.map((job) => {
            const parts = parseYamlParts(job.text);
            parsedOne?.();
            return [job.file, parts];
          }),
        )
      : new Map());
  const result = compileCorpus(files, {
    preparsed: new Map([...hits, ...parsed]),
    ...(onProgress ? { onProgress } : {}),
  });
  const diagnostics = result.diagnostics.map((d) => ({
    ...d,
    file: prefix ? `${prefix}/${d.file}` : d.file,
  }));
  if (!result.graph) return { diagnostics };
  await options.cache?.store(parsed, jobs);
  onProgress?.({ stage: 'write', done: 0, total: 2 });
  const output = serializeCorpus(result.graph);
  return { graph: result.graph, json: output.graph, textsJson: output.texts, diagnostics };
}

/** Decoded YAML files; files that cannot be decoded are left to the core to report. */
function yamlJobs(files: CorpusFiles): ParseJob[] {
  const jobs: ParseJob[] = [];
  for (const [file, content] of Object.entries(files)) {
    if (!isYamlFile(file)) continue;
    const { text } = decodeText(content);
    if (text !== undefined) jobs.push({ file, text });
  }
  return jobs;
}

/** The CLI's cache folder for a corpus: node_modules/.cache, when there is a node_modules. */
export function defaultCacheDir(dataDir: string, cwd = process.cwd()): string | undefined {
  const modules = join(cwd, 'node_modules');
  if (!existsSync(modules)) return undefined;
  const id = createHash('sha1').update(resolve(cwd, dataDir)).digest('hex').slice(0, 12);
  return join(modules, '.cache', 'corpus-compiler', id);
}

export function formatDiagnostics(diagnostics: readonly Diagnostic[]): string {
  return diagnostics.map((d) => formatDiagnostic(d)).join('\n');
}

export function countErrors(diagnostics: readonly Diagnostic[]): number {
  return diagnostics.filter((d) => d.severity === 'error').length;
}
