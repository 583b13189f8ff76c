// Edges as columns, and back. The compiler builds edges as graphology serialises them (an object
// per edge, its attributes repeating every key); the file stores them as one array per field,
// which is a third smaller and parses into far fewer objects, and the app's tables read the
// columns directly. An edge is turned back into its object only when something asks for it.
import type { Status } from './attribution';
import type {
  CompiledGraph,
  EdgeAttributes,
  EdgeColumns,
  EdgeEntry,
  Evidence,
  ExpandedGraph,
} from './compiledGraph';
import {
  compactProvenance,
  compactQuoteMarks,
  emptyProvenanceColumns,
  provenanceAt,
  quoteMarksAt,
  sparseValueAt,
  type ProvenanceIds,
  type ProvenancePositions,
} from './edgeProvenance';

function positions(ids: readonly string[], what: string): (id: string) => number {
  const index = new Map(ids.map((id, at) => [id, at]));
  return (id) => {
    const at = index.get(id);
    if (at === undefined) throw new Error(`An edge refers to ${what} "${id}", which is not listed`);
    return at;
  };
}

/** The edges of an expanded graph as columns. Throws on what columns cannot say. */
export function compactEdges(
  graph: Pick<ExpandedGraph, 'nodes' | 'edges'> & {
    attributes: Pick<ExpandedGraph['attributes'], 'predicates' | 'origins' | 'statuses'> & {
      sources: { id: string }[];
    };
  },
): EdgeColumns {
  const node = positions(
    graph.nodes.map((n) => n.key),
    'the entity',
  );
  const predicates = graph.attributes.predicates;
  const predicate = positions(
    predicates.map((p) => p.id),
    'the predicate',
  );
  const sourceIds = graph.attributes.sources.map((s) => s.id);
  const source = positions(sourceIds, 'the source');
  const at: ProvenancePositions = {
    node,
    source,
    root: positions([...sourceIds, ...graph.attributes.origins.map((o) => o.id)], 'the origin'),
    status: positions(
      graph.attributes.statuses.map((s) => s.id),
      'the status',
    ),
  };
  const columns: EdgeColumns = {
    key: [],
    source: [],
    target: [],
    predicate: [],
    date: [],
    dateStart: [],
    dateEnd: [],
    dateBasis: [],
    note: [],
    derived: [],
    evidenceStart: [0],
    evidence: {
      source: [],
      exact: [],
      prefix: [],
      suffix: [],
      start: [],
      end: [],
      headline: [],
      accordingTo: [],
      origin: [],
    },
    contradicts: [],
    supports: [],
    ...emptyProvenanceColumns(),
  };
  graph.edges.forEach((edge, e) => {
    const a = edge.attributes;
    const p = predicate(a.predicate);
    // Columns derive these two; an edge that disagrees would change meaning on the way.
    if (a.label !== predicates[p]?.label) {
      throw new Error(`The edge "${edge.key}" is labelled "${a.label}", not as its predicate`);
    }
    if (a.sources.join('\n') !== sourcesOf(a.evidence).join('\n')) {
      throw new Error(`The edge "${edge.key}" lists sources other than its evidence's`);
    }
    columns.key.push(edge.key);
    columns.source.push(node(edge.source));
    columns.target.push(node(edge.target));
    columns.predicate.push(p);
    columns.date.push(a.date);
    columns.dateStart.push(a.dateStart);
    columns.dateEnd.push(a.dateEnd);
    columns.dateBasis.push(a.dateBasis);
    columns.note.push(a.note);
    columns.derived.push(a.derived ? 1 : 0);
    for (const ev of a.evidence) {
      compactQuoteMarks(columns, columns.evidence.exact.length, ev, at);
      columns.evidence.source.push(source(ev.source));
      columns.evidence.exact.push(ev.exact);
      columns.evidence.prefix.push(ev.prefix ?? null);
      columns.evidence.suffix.push(ev.suffix ?? null);
      columns.evidence.start.push(ev.start);
      columns.evidence.end.push(ev.end);
    }
    columns.evidenceStart.push(columns.evidence.exact.length);
    if (a.contradicts.length > 0) columns.contradicts.push([e, a.contradicts]);
    if (a.supports.length > 0) columns.supports.push([e, a.supports]);
    compactProvenance(columns, e, edge.key, a, at);
  });
  return columns;
}

/** The distinct sources of some evidence, in order: an edge's `sources`. */
export function sourcesOf(evidence: readonly Pick<Evidence, 'source'>[]): string[] {
  // Most edges have one quote or none: no set to build.
  if (evidence.length < 2) return evidence.map((ev) => ev.source);
  return [...new Set(evidence.map((ev) => ev.source))].sort();
}

export function compactGraph(graph: ExpandedGraph): CompiledGraph {
  return { ...graph, edges: compactEdges(graph) };
}

/** Edge e of a compiled graph as graphology serialises it. */
export function edgeEntryAt(graph: CompiledGraph, e: number): EdgeEntry {
  const columns = graph.edges;
  return {
    key: columns.key[e] ?? '',
    source: graph.nodes[columns.source[e] ?? 0]?.key ?? '',
    target: graph.nodes[columns.target[e] ?? 0]?.key ?? '',
    attributes: edgeAttributesAt(graph, e),
  };
}

/** Edge e's attributes, as the compiler built them. */
export function edgeAttributesAt(graph: CompiledGraph, e: number): EdgeAttributes {
  const columns = graph.edges;
  const { predicates, sources } = graph.attributes;
  const ids = provenanceIdsOf(graph);
  const evidence: Evidence[] = [];
  for (let row = columns.evidenceStart[e] ?? 0; row < (columns.evidenceStart[e + 1] ?? 0); row++) {
    const rows = columns.evidence;
    const prefix = rows.prefix[row];
    const suffix = rows.suffix[row];
    evidence.push({
      source: sources[rows.source[row] ?? 0]?.id ?? '',
      exact: rows.exact[row] ?? '',
      ...(prefix === null || prefix === undefined ? {} : { prefix }),
      ...(suffix === null || suffix === undefined ? {} : { suffix }),
      start: rows.start[row] ?? 0,
      end: rows.end[row] ?? 0,
      ...quoteMarksAt(columns, row, ids),
    });
  }
  const predicate = predicates[columns.predicate[e] ?? 0];
  const attributes: EdgeAttributes = {
    predicate: predicate?.id ?? '',
    label: predicate?.label ?? '',
    date: columns.date[e] ?? null,
    dateStart: columns.dateStart[e] ?? null,
    dateEnd: columns.dateEnd[e] ?? null,
    dateBasis: columns.dateBasis[e] ?? null,
    note: columns.note[e] ?? null,
    evidence,
    sources: sourcesOf(evidence),
    contradicts: sparseAt(columns.contradicts, e),
    supports: sparseAt(columns.supports, e),
    derived: columns.derived[e] === 1,
    ...provenanceAt(columns, e, evidence, ids),
  };
  return attributes;
}

/** The ids listed for edge e in a sparse column sorted by edge position. */
function sparseAt(column: EdgeColumns['contradicts'], e: number): string[] {
  return [...(sparseValueAt(column, e) ?? [])];
}

/** Reads the positions the provenance columns hold back as ids (one per graph, kept). */
const provenanceIdsByGraph = new WeakMap<CompiledGraph, ProvenanceIds>();
function provenanceIdsOf(graph: CompiledGraph): ProvenanceIds {
  let ids = provenanceIdsByGraph.get(graph);
  if (!ids) {
    const { nodes } = graph;
    const { sources, origins, statuses } = graph.attributes;
    ids = {
      node: (p) => nodes[p]?.key ?? '',
      source: (p) => sources[p]?.id ?? '',
      root: (p) => (p < sources.length ? sources[p]?.id : origins[p - sources.length]?.id) ?? '',
      status: (p): Status => statuses[p]?.id ?? 'reported',
    };
    provenanceIdsByGraph.set(graph, ids);
  }
  return ids;
}

export function expandGraph(graph: CompiledGraph): ExpandedGraph {
  return {
    ...graph,
    edges: graph.edges.key.map((_key, e) => edgeEntryAt(graph, e)),
  };
}
