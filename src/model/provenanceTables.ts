// The provenance columns as flat tables, built once at load beside the others: what the view will
// filter and style by (status, estimated dates, independent origins) without making any edge's
// attributes. Corroborating sources and origins are derived here as edgeColumns.ts derives them.
import { STATEMENT_STATUSES } from '../schema/attribution';
import type { CompiledGraph } from '../schema/compiledGraph';
import type { SparseRows } from './types';

export interface ProvenanceTables {
  /** Per edge: index into the graph's `statuses`. */
  status: Uint8Array;
  /** Per edge: 1 when its date rests on an estimated writing date. */
  dateEstimated: Uint8Array;
  /**
   * Per edge: 1 when it rests only on what someone says: a statement status (attributed, opinion)
   * or a relation that is what a claim states (`perClaim`).
   */
  restsOnStatements: Uint8Array;
  /** Per edge: its sources but those quoted only in their headline (indices into SourceTable). */
  corroboratingSources: SparseRows;
  /** Per edge: how many independent origins support it. */
  independentOrigins: Uint16Array;
  /** Per node: for claims, how many independent origins support the claim (0 for entities). */
  claimIndependentOrigins: Uint16Array;
  /** Per node: for claims, index into the graph's `statuses` (0 for entities). */
  claimStatus: Uint8Array;
  /** Per node: 1 for a claim whose date rests on an estimated writing date. */
  claimDateEstimated: Uint8Array;
}

/**
 * `sourceAt` maps the file's source positions to the source table's indices (see tables.ts). The
 * sparse columns are sorted by position, so each is walked once with a cursor.
 */
export function buildProvenanceTables(
  compiled: CompiledGraph,
  sourceAt: readonly number[],
): ProvenanceTables {
  const columns = compiled.edges;
  const count = columns.key.length;
  const status = Uint8Array.from(columns.status);
  const dateEstimated = new Uint8Array(count);
  for (const e of columns.dateEstimated) if (e < count) dateEstimated[e] = 1;
  const statementStatus = compiled.attributes.statuses.map((s) =>
    (STATEMENT_STATUSES as readonly string[]).includes(s.id),
  );
  const restsOnStatements = new Uint8Array(count);
  for (let e = 0; e < count; e++) restsOnStatements[e] = statementStatus[status[e] ?? 0] ? 1 : 0;
  for (const [e] of columns.perClaim) if (e < count) restsOnStatements[e] = 1;

  const headline = columns.evidence.headline;
  let headlineCursor = 0;
  const start = new Uint32Array(count + 1);
  const list: number[] = [];
  const independentOrigins = new Uint16Array(count);
  let originsCursor = 0;
  for (let e = 0; e < count; e++) {
    const first = columns.evidenceStart[e] ?? 0;
    const last = columns.evidenceStart[e + 1] ?? 0;
    while ((headline[headlineCursor] ?? Infinity) < first) headlineCursor++;
    const rowStart = list.length;
    if ((headline[headlineCursor] ?? Infinity) >= last) {
      // No headline quote: every source of the evidence corroborates (the common case).
      for (let row = first; row < last; row++) addOnce(list, rowStart, sourceIndex(row));
    } else {
      const body = new Set<number>();
      const all: number[] = [];
      for (let row = first; row < last; row++) {
        const s = sourceIndex(row);
        if (!all.includes(s)) all.push(s);
        while ((headline[headlineCursor] ?? Infinity) < row) headlineCursor++;
        if (headline[headlineCursor] !== row) body.add(s);
      }
      for (const s of all) if (body.has(s)) list.push(s);
    }
    start[e + 1] = list.length;
    while ((columns.origins[originsCursor]?.[0] ?? Infinity) < e) originsCursor++;
    const stored = columns.origins[originsCursor];
    independentOrigins[e] = stored?.[0] === e ? stored[1].length : list.length - rowStart;
  }

  const claimIndependentOrigins = new Uint16Array(compiled.nodes.length);
  const claimStatus = new Uint8Array(compiled.nodes.length);
  const claimDateEstimated = new Uint8Array(compiled.nodes.length);
  const statusIndex = new Map(compiled.attributes.statuses.map((s, i) => [s.id, i]));
  compiled.nodes.forEach((node, n) => {
    const claim = node.attributes.claim;
    if (!claim) return;
    claimIndependentOrigins[n] = claim.origins.length;
    claimStatus[n] = statusIndex.get(claim.status) ?? 0;
    claimDateEstimated[n] = claim.dateEstimated ? 1 : 0;
  });
  return {
    status,
    dateEstimated,
    restsOnStatements,
    corroboratingSources: { start, list: Uint32Array.from(list) },
    independentOrigins,
    claimIndependentOrigins,
    claimStatus,
    claimDateEstimated,
  };

  function sourceIndex(row: number): number {
    const index = sourceAt[columns.evidence.source[row] ?? -1];
    if (index === undefined)
      throw new Error(`Evidence row ${row} quotes a source the graph does not list`);
    return index;
  }
}

function addOnce(list: number[], from: number, value: number): void {
  for (let k = from; k < list.length; k++) if (list[k] === value) return;
  list.push(value);
}
