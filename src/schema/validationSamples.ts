// What checking a large compiled file cheaply takes: its columns' lengths, and samples of its
// columns, sources and mentions (see parseCompiledGraph and parseCompiledTexts).
import type { z } from 'zod';
import type { EdgeColumns } from './compiledGraph';
import { SPARSE_PROVENANCE_COLUMNS, quoteMarkColumns } from './provenanceSchema';

/** Of each sampled source's mentions (a dominant source has thousands). */
const MENTION_SAMPLE_SIZE = 50;

/** What the shell guarantees: every column (and evidence column) is an array. */
export type ColumnsShell = Record<Exclude<keyof EdgeColumns, 'evidence'>, unknown[]> & {
  evidence: Record<keyof EdgeColumns['evidence'], unknown[]>;
};

/** The first and last `size` items. */
export function sampleOf<T>(items: readonly T[], size: number): T[] {
  if (items.length <= 2 * size) return [...items];
  return [...items.slice(0, size), ...items.slice(-size)];
}

/** A source text with only a sample of its mentions, when it has a list of them to sample. */
export function withSampledMentions(source: unknown): unknown {
  if (typeof source !== 'object' || source === null || !('mentions' in source)) return source;
  const { mentions } = source;
  if (!Array.isArray(mentions)) return source;
  return { ...source, mentions: sampleOf(mentions, MENTION_SAMPLE_SIZE) };
}

/** Columns listing only the edges that have a value, not one item per edge. */
const SPARSE_EDGE_COLUMNS: ReadonlySet<string> = new Set([
  'contradicts',
  'supports',
  ...SPARSE_PROVENANCE_COLUMNS,
]);

/** Columns of unequal length, found cheaply at any size: a cut or hand-edited file. */
export function columnLengthIssues(edges: ColumnsShell): z.core.$ZodIssue[] {
  const count = edges.key.length;
  const issues: z.core.$ZodIssue[] = [];
  const expect = (path: (string | number)[], column: readonly unknown[], length: number) => {
    if (column.length !== length) {
      issues.push({
        code: 'custom',
        path: ['edges', ...path],
        message: `has ${column.length} items, not ${length}; run npm run data again`,
        input: undefined,
      });
    }
  };
  const { evidence } = edges;
  for (const [name, column] of Object.entries(edges)) {
    // The sparse lists are as long as the edges that have any; evidence rows are checked below.
    if (name === 'evidence' || SPARSE_EDGE_COLUMNS.has(name)) continue;
    expect([name], column as unknown[], name === 'evidenceStart' ? count + 1 : count);
  }
  const rows = evidence.exact.length;
  for (const [name, column] of Object.entries(evidence)) {
    if (!(name in quoteMarkColumns)) expect(['evidence', name], column, rows);
  }
  const last = edges.evidenceStart[count];
  if (typeof last === 'number' && last !== rows) {
    issues.push({
      code: 'custom',
      path: ['edges', 'evidenceStart', count],
      message: `ends at ${last}, but there are ${rows} evidence rows; run npm run data again`,
      input: last,
    });
  }
  return issues;
}

/** Every column cut to its first and last `size` items (evidence rows likewise). */
export function sampleColumns(edges: ColumnsShell, size: number): unknown {
  const sampled: Record<string, unknown> = {};
  for (const [name, column] of Object.entries(edges)) {
    if (name !== 'evidence') sampled[name] = sampleOf(column as unknown[], size);
  }
  sampled.evidence = Object.fromEntries(
    Object.entries(edges.evidence).map(([name, column]) => [name, sampleOf(column, size)]),
  );
  return sampled;
}
