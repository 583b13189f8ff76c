// Disk → compiled JSON for the CLI and the Vite plugin, with diagnostics named relative to `cwd`.
import { stat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import type { CompiledGraph } from '../schema/compiledGraph';
import { compileCorpus } from './compileCorpus';
import { formatDiagnostic } from './diagnostics';
import { serializeGraph } from './output/buildGraph';
import { isYamlFile } from './loadCorpus';
import { decodeText } from './parse/decodeText';
import { parseInWorkers, type ParseJob } from './parse/parseInWorkers';
import type { ParsedParts } from './parse/parsedFile';
import { readCorpusDir } from './readCorpusDir';
import type { CorpusFiles, Diagnostic } from './types';

export interface DirCompileResult {
  graph?: CompiledGraph;
  /** The output file's text, when there is no error. */
  json?: string;
  /** With `file` relative to `cwd`, so they can be printed and clicked as is. */
  diagnostics: Diagnostic[];
}

export async function compileCorpusDir(
  dataDir: string,
  cwd = process.cwd(),
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
  const result = compileCorpus(files, { preparsed: await preparseYaml(files) });
  const diagnostics = result.diagnostics.map((d) => ({
    ...d,
    file: prefix ? `${prefix}/${d.file}` : d.file,
  }));
  if (!result.graph) return { diagnostics };
  return { graph: result.graph, json: serializeGraph(result.graph), diagnostics };
}

/** Parses big YAML sets on worker threads; files that cannot be decoded are left to the core. */
async function preparseYaml(files: CorpusFiles): Promise<Map<string, ParsedParts> | undefined> {
  const jobs: ParseJob[] = [];
  for (const [file, content] of Object.entries(files)) {
    if (!isYamlFile(file)) continue;
    const { text } = decodeText(content);
    if (text !== undefined) jobs.push({ file, text });
  }
  return parseInWorkers(jobs);
}

export function formatDiagnostics(diagnostics: readonly Diagnostic[]): string {
  return diagnostics.map((d) => formatDiagnostic(d)).join('\n');
}

export function countErrors(diagnostics: readonly Diagnostic[]): number {
  return diagnostics.filter((d) => d.severity === 'error').length;
}
