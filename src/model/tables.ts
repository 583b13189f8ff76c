// Builds the flat tables of the model from the compiled graph, once, at load. Plain loops writing
// straight into typed arrays: at 150k edges, arrays of little arrays cost seconds in GC.
import type { CompiledGraph, EdgeAttributes, NodeAttributes } from '../schema/compiledGraph';
import {
  CLAIM_PREDICATE_DEFINITIONS,
  ENTITY_TYPES,
  PREDICATE_DEFINITIONS,
  type PredicateReadings,
} from '../schema/vocabulary';
import { edgeAttributesAt } from '../schema/edgeColumns';
import { parseDay } from '../calendar/days';
import { foldText } from './fold';
import { buildProvenanceTables } from './provenanceTables';
import {
  CorruptGraphError,
  EDGE_MARK_CONTRADICTS,
  EDGE_MARK_SUPPORTS,
  type DayExtent,
  type EdgeTable,
  type NodeTable,
  type PredicateTable,
  type SourceTable,
  type SparseRows,
} from './types';

const TYPE_INDEX = new Map<string, number>(ENTITY_TYPES.map((type, i) => [type, i]));

/** An id → index table that grows when it meets an id the graph attributes did not list. */
class IdIndex {
  readonly ids: string[] = [];
  readonly index = new Map<string, number>();
  constructor(initial: readonly string[]) {
    for (const id of initial) this.intern(id);
  }
  intern(id: string): number {
    let at = this.index.get(id);
    if (at === undefined) {
      at = this.ids.length;
      this.index.set(id, at);
      this.ids.push(id);
    }
    return at;
  }
}

/** Builds compressed sparse rows one row at a time, skipping duplicates within a row. */
class RowBuilder {
  private readonly list: number[] = [];
  private readonly start: Uint32Array;
  private row = 0;
  constructor(rows: number) {
    this.start = new Uint32Array(rows + 1);
  }
  add(value: number): void {
    for (let k = this.start[this.row] ?? 0; k < this.list.length; k++) {
      if (this.list[k] === value) return;
    }
    this.list.push(value);
  }
  addRow(rows: SparseRows, row: number): void {
    for (let k = rows.start[row] ?? 0, end = rows.start[row + 1] ?? 0; k < end; k++) {
      this.add(rows.list[k] ?? 0);
    }
  }
  endRow(): void {
    this.row++;
    this.start[this.row] = this.list.length;
  }
  build(): SparseRows {
    return { start: this.start, list: Uint32Array.from(this.list) };
  }
}

/** id → position, refusing an id that appears twice. */
function indexOf(ids: readonly string[], duplicate: (id: string) => string): Map<string, number> {
  const index = new Map<string, number>();
  ids.forEach((id, at) => {
    if (index.has(id)) throw new CorruptGraphError(duplicate(id));
    index.set(id, at);
  });
  return index;
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function rankLabels(ids: readonly string[], labels: readonly string[]): Uint32Array {
  // Folded keys: cheap to compare, unlike a collator at 50k labels.
  const keys = labels.map(foldText);
  const order = Array.from(ids.keys());
  order.sort(
    (a, b) =>
      compareCodeUnits(keys[a] ?? '', keys[b] ?? '') ||
      compareCodeUnits(labels[a] ?? '', labels[b] ?? '') ||
      compareCodeUnits(ids[a] ?? '', ids[b] ?? ''),
  );
  const rank = new Uint32Array(ids.length);
  for (let position = 0; position < order.length; position++) rank[order[position] ?? 0] = position;
  return rank;
}

/** Incident edges per node, each once (self-loops once), by counting then filling. */
function buildIncidence(nodeCount: number, source: Uint32Array, target: Uint32Array): SparseRows {
  const start = new Uint32Array(nodeCount + 1);
  for (let e = 0; e < source.length; e++) {
    const s = source[e] ?? 0;
    const t = target[e] ?? 0;
    start[s + 1] = (start[s + 1] ?? 0) + 1;
    if (t !== s) start[t + 1] = (start[t + 1] ?? 0) + 1;
  }
  for (let n = 0; n < nodeCount; n++) start[n + 1] = (start[n + 1] ?? 0) + (start[n] ?? 0);
  const fill = start.slice(0, nodeCount);
  const list = new Uint32Array(start[nodeCount] ?? 0);
  for (let e = 0; e < source.length; e++) {
    const s = source[e] ?? 0;
    const t = target[e] ?? 0;
    list[(fill[s] = (fill[s] ?? 0) + 1) - 1] = e;
    if (t !== s) list[(fill[t] = (fill[t] ?? 0) + 1) - 1] = e;
  }
  return { start, list };
}

export interface Tables {
  nodes: NodeTable;
  edges: EdgeTable;
  sources: SourceTable;
  predicates: PredicateTable;
  dayExtent: DayExtent | null;
}

export function buildTables(compiled: CompiledGraph): Tables {
  const attrs = compiled.attributes;
  // Many relations share a date: parse each distinct day string once.
  const days = new Map<string, number | null>();
  const parseDayOnce = (day: string | null): number | null => {
    if (day === null) return null;
    let parsed = days.get(day);
    if (parsed === undefined) {
      parsed = parseDay(day);
      days.set(day, parsed);
    }
    return parsed;
  };
  const sourceIds = new IdIndex(attrs.sources.map((s) => s.id));
  const predicateIds = new IdIndex(attrs.predicates.map((p) => p.id));
  // The graph's own labels win; the built-in vocabulary covers a predicate it forgot to list.
  const predicateLabel = new Map<string, string>();
  const predicateReadings = new Map<string, PredicateReadings | null>();
  for (const p of [...PREDICATE_DEFINITIONS, ...CLAIM_PREDICATE_DEFINITIONS, ...attrs.predicates]) {
    predicateLabel.set(p.id, p.label);
    // A graph compiled before readings existed keeps the vocabulary's for the built-in ones.
    if (p.readings || !predicateReadings.has(p.id)) {
      predicateReadings.set(p.id, p.readings ?? null);
    }
  }
  let minDay = Infinity;
  let maxDay = -Infinity;
  const widenExtent = (day: number): void => {
    if (Number.isFinite(day)) {
      if (day < minDay) minDay = day;
      if (day > maxDay) maxDay = day;
    }
  };

  const nodeCount = compiled.nodes.length;
  const nodeIds = new Array<string>(nodeCount);
  const nodeAttributes = new Array<NodeAttributes>(nodeCount);
  const labels = new Array<string>(nodeCount);
  const nodeIndex = new Map<string, number>();
  const x = new Float64Array(nodeCount);
  const y = new Float64Array(nodeCount);
  const types = new Uint8Array(nodeCount);
  const disputed = new Uint8Array(nodeCount);
  const claimStart = new Float64Array(nodeCount).fill(NaN);
  const claimEnd = new Float64Array(nodeCount).fill(NaN);
  const claimRows = new RowBuilder(nodeCount);
  for (let n = 0; n < nodeCount; n++) {
    const node = compiled.nodes[n];
    if (!node) continue;
    const a = node.attributes;
    nodeIds[n] = node.key;
    nodeAttributes[n] = a;
    labels[n] = a.label;
    if (nodeIndex.has(node.key))
      throw new CorruptGraphError(`The entity id "${node.key}" appears twice`);
    nodeIndex.set(node.key, n);
    x[n] = a.x;
    y[n] = a.y;
    types[n] = TYPE_INDEX.get(a.type) ?? 0;
    const claim = a.claim;
    if (claim) {
      disputed[n] = claim.disputed ? 1 : 0;
      for (const ev of claim.evidence) claimRows.add(sourceIds.intern(ev.source));
      const start = parseDayOnce(claim.dateStart);
      const end = parseDayOnce(claim.dateEnd);
      if (start !== null || end !== null) {
        claimStart[n] = start ?? -Infinity;
        claimEnd[n] = end ?? Infinity;
        widenExtent(claimStart[n] ?? NaN);
        widenExtent(claimEnd[n] ?? NaN);
      }
    }
    claimRows.endRow();
  }
  const claimSources = claimRows.build();

  const columns = compiled.edges;
  const edgeCount = columns.key.length;
  const edgeIds = columns.key;
  let edgeIndex: Map<string, number> | undefined;
  const edgeAttributes = new Array<EdgeAttributes | undefined>(edgeCount);
  // The file's positions → the tables' indices (the same unless the file lists an id twice).
  const predicateAt = attrs.predicates.map((p) => predicateIds.intern(p.id));
  const sourceAt = attrs.sources.map((s) => sourceIds.intern(s.id));
  const source = Uint32Array.from(columns.source);
  const target = Uint32Array.from(columns.target);
  const predicate = new Uint32Array(edgeCount);
  const derived = Uint8Array.from(columns.derived);
  const dated = new Uint8Array(edgeCount);
  const dateStart = new Float64Array(edgeCount).fill(NaN);
  const dateEnd = new Float64Array(edgeCount).fill(NaN);
  const marks = new Uint8Array(edgeCount);
  const corroboration = new Uint16Array(edgeCount);
  const ownRows = new RowBuilder(edgeCount);
  const effectiveRows = new RowBuilder(edgeCount);
  const evidenceSource = columns.evidence.source;
  for (const [name, list, mark] of [
    ['contradicts', columns.contradicts, EDGE_MARK_CONTRADICTS],
    ['supports', columns.supports, EDGE_MARK_SUPPORTS],
  ] as const) {
    let previous = -1;
    for (const [e] of list) {
      // Looked up by bisection later (edgeAttributesAt): out of order, an entry would be lost.
      if (e <= previous || e >= edgeCount) {
        throw new CorruptGraphError(`The edges' ${name} list is out of order at edge ${e}`);
      }
      previous = e;
      marks[e] = (marks[e] ?? 0) | mark;
    }
  }
  for (let e = 0; e < edgeCount; e++) {
    const s = source[e] ?? 0;
    const t = target[e] ?? 0;
    // What graphology would refuse, refused here: the first drawing does not wait for graphology.
    if (s >= nodeCount || t >= nodeCount) {
      throw new CorruptGraphError(
        `The relation "${edgeIds[e]}" refers to entity number ${Math.max(s, t)}, but the graph has ${nodeCount}`,
      );
    }
    if (s === t && !compiled.options.allowSelfLoops) {
      throw new CorruptGraphError(
        `The relation "${edgeIds[e]}" is a loop, which this graph does not allow`,
      );
    }
    const p = predicateAt[columns.predicate[e] ?? -1];
    if (p === undefined) {
      throw new CorruptGraphError(
        `The relation "${edgeIds[e]}" has a predicate the graph does not list`,
      );
    }
    predicate[e] = p;
    const predicateId = predicateIds.ids[p] ?? '';
    if (predicateId === 'contradicts') marks[e] = (marks[e] ?? 0) | EDGE_MARK_CONTRADICTS;
    if (predicateId === 'supports') marks[e] = (marks[e] ?? 0) | EDGE_MARK_SUPPORTS;
    const start = parseDayOnce(columns.dateStart[e] ?? null);
    const end = parseDayOnce(columns.dateEnd[e] ?? null);
    if (start !== null || end !== null) {
      dated[e] = 1;
      dateStart[e] = start ?? -Infinity;
      dateEnd[e] = end ?? Infinity;
      widenExtent(dateStart[e] ?? NaN);
      widenExtent(dateEnd[e] ?? NaN);
    }
    const first = columns.evidenceStart[e] ?? 0;
    const last = columns.evidenceStart[e + 1] ?? 0;
    if (last < first) {
      throw new CorruptGraphError(
        `The relation "${edgeIds[e]}" has evidence rows that run backwards`,
      );
    }
    for (let row = first; row < last; row++) {
      const index = sourceAt[evidenceSource[row] ?? -1];
      if (index === undefined) {
        throw new CorruptGraphError(
          `The relation "${edgeIds[e]}" quotes a source the graph does not list`,
        );
      }
      ownRows.add(index);
      effectiveRows.add(index);
    }
    if (derived[e]) {
      effectiveRows.addRow(claimSources, s);
      effectiveRows.addRow(claimSources, t);
    }
    ownRows.endRow();
    effectiveRows.endRow();
  }
  const effectiveSources = effectiveRows.build();
  for (let e = 0; e < edgeCount; e++) {
    corroboration[e] = (effectiveSources.start[e + 1] ?? 0) - (effectiveSources.start[e] ?? 0);
  }
  const provenance = buildProvenanceTables(compiled, sourceAt);
  const incidence = buildIncidence(nodeCount, source, target);
  const degree = new Uint32Array(nodeCount);
  for (let n = 0; n < nodeCount; n++) {
    degree[n] = (incidence.start[n + 1] ?? 0) - (incidence.start[n] ?? 0);
  }

  return {
    nodes: {
      count: nodeCount,
      ids: nodeIds,
      attributes: nodeAttributes,
      index: nodeIndex,
      labels,
      x,
      y,
      types,
      labelRank: rankLabels(nodeIds, labels),
      disputed,
      claimSources,
      claimStart,
      claimEnd,
      incidence,
      degree,
      claimIndependentOrigins: provenance.claimIndependentOrigins,
      claimStatus: provenance.claimStatus,
      claimDateEstimated: provenance.claimDateEstimated,
    },
    edges: {
      count: edgeCount,
      ids: edgeIds,
      attributesOf(e: number): EdgeAttributes {
        // Made when asked for (details, the reader, the timeline, exports): the view needs only
        // the columns.
        return (edgeAttributes[e] ??= edgeAttributesAt(compiled, e));
      },
      get index() {
        // Built when first asked for (the app asks right after the first drawing): at 150k ids
        // from a fresh parse, hashing them cost 0.15 s of a first render that does not need them.
        edgeIndex ??= indexOf(edgeIds, (id) => `The relation id "${id}" appears twice`);
        return edgeIndex;
      },
      source,
      target,
      predicate,
      derived,
      dated,
      dateStart,
      dateEnd,
      ownSources: ownRows.build(),
      effectiveSources,
      corroboration,
      marks,
      status: provenance.status,
      dateEstimated: provenance.dateEstimated,
      restsOnStatements: provenance.restsOnStatements,
      corroboratingSources: provenance.corroboratingSources,
      independentOrigins: provenance.independentOrigins,
    },
    sources: {
      ids: sourceIds.ids,
      index: sourceIds.index,
      byId: new Map(attrs.sources.map((s) => [s.id, s])),
    },
    predicates: {
      ids: predicateIds.ids,
      index: predicateIds.index,
      // An edge's label is its predicate's (compiled format 3); an empty label shows the id.
      labels: predicateIds.ids.map((id) => predicateLabel.get(id) || id),
      readings: predicateIds.ids.map((id) => predicateReadings.get(id) ?? null),
    },
    dayExtent: minDay <= maxDay ? { start: minDay, end: maxDay } : null,
  };
}
