// What the CLI, `vite build` and `vite dev` print about a compile: one line naming the corpus
// folder and what it holds (or how many problems it has), then each problem with its path
// relative to that folder, the way the messages themselves name files ("sources/a.txt").
import { inspect } from 'node:util';
import { isAbsolute, relative } from 'node:path';
import { formatDiagnostic } from './diagnostics';
import type { CompiledCorpus } from './output/buildGraph';
import type { Diagnostic } from './types';

/** The corpus folder as a person would type it here: relative when inside `cwd`, else absolute. */
export function corpusDisplayName(dir: string, cwd: string): string {
  const path = relative(cwd, dir);
  if (path === '') return '.';
  return path.startsWith('..') || isAbsolute(path) ? dir : path;
}

/** "58 entities, 74 relations, 34 claims, 3 sources". */
export function summarizeCorpus(graph: CompiledCorpus): string {
  const claims = graph.nodes.filter((n) => n.attributes.type === 'claim').length;
  const relations = graph.edges.filter((e) => !e.attributes.derived).length;
  return (
    `${plural(graph.nodes.length - claims, 'entity', 'entities')}, ` +
    `${plural(relations, 'relation')}, ${plural(claims, 'claim')}, ` +
    plural(graph.attributes.sources.length, 'source')
  );
}

/** `corpus data ("Leaked TikTok meetings"): 58 entities, …, 1 warning`: what was compiled. */
export function describeCompiledCorpus(
  name: string,
  graph: CompiledCorpus,
  warnings: number,
): string {
  return (
    `corpus ${name} ("${graph.attributes.title}"): ${summarizeCorpus(graph)}` +
    (warnings > 0 ? `, ${plural(warnings, 'warning')}` : '')
  );
}

/** `corpus data: 2 errors, 1 warning` and one `file:line:col: message` line per diagnostic. */
export function formatCorpusDiagnostics(name: string, diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const counts = [
    ...(errors > 0 ? [plural(errors, 'error')] : []),
    ...(warnings > 0 ? [plural(warnings, 'warning')] : []),
  ];
  return [
    `corpus ${name}: ${counts.join(', ') || 'no problems'}`,
    ...diagnostics.map((d) => formatDiagnostic(d)),
  ].join('\n');
}

/**
 * Fails a build with the data's problems as its whole message: Node prints it as it is, without a
 * JavaScript stack trace, which would say nothing about the data.
 */
export class CorpusError extends Error {
  override readonly name = 'CorpusError';

  constructor(message: string) {
    super(message);
    this.stack = message;
  }

  [inspect.custom](): string {
    return this.message;
  }
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}
