// Assembles the compiled graph: graph attributes, nodes and edges in key order, node sources and
// positions. Objects are built with a fixed key order, so JSON.stringify is deterministic.
import {
  COMPILED_FORMAT_VERSION,
  OFFSET_UNIT,
  type CompiledGraph,
  type CompiledSource,
} from '../../schema/compiledGraph';
import { ENTITY_TYPE_DEFINITIONS, type PredicateDefinition } from '../../schema/vocabulary';
import { compareStrings } from '../diagnostics';
import { layoutGraph } from '../layout/layoutGraph';
import type { CompiledNode } from '../resolve/resolveClaims';
import type { CompiledEdge } from '../resolve/resolveRelations';

export interface GraphParts {
  title: string;
  description: string;
  sources: CompiledSource[];
  nodes: CompiledNode[];
  edges: CompiledEdge[];
  predicates: Map<string, PredicateDefinition>;
  formerIds: Map<string, string>;
}

export function buildGraph(parts: GraphParts): CompiledGraph {
  const nodes = [...parts.nodes].sort((a, b) => compareStrings(a.key, b.key));
  const edges = [...parts.edges].sort((a, b) => compareStrings(a.key, b.key));
  assignNodeSources(nodes, edges, parts.sources);

  const positions = layoutGraph(
    nodes.map((n) => n.key),
    edges.map((e) => [e.source, e.target] as const),
  );
  for (const node of nodes) {
    const p = positions.get(node.key);
    node.attributes.x = p?.x ?? 0;
    node.attributes.y = p?.y ?? 0;
  }

  const used = new Set(edges.map((e) => e.attributes.predicate));
  const predicates = [...parts.predicates.values()]
    .filter((p) => used.has(p.id))
    .map((p) => ({ id: p.id, label: p.label, description: p.description }));

  return {
    attributes: {
      formatVersion: COMPILED_FORMAT_VERSION,
      title: parts.title,
      description: parts.description,
      offsetUnit: OFFSET_UNIT,
      sources: parts.sources,
      entityTypes: ENTITY_TYPE_DEFINITIONS.map((t) => ({
        id: t.id,
        label: t.label,
        description: t.description,
      })),
      predicates,
      formerIds: Object.fromEntries([...parts.formerIds].sort(([a], [b]) => compareStrings(a, b))),
    },
    options: { type: 'directed', multi: true, allowSelfLoops: true },
    nodes,
    edges,
  };
}

/**
 * An entity's sources: those that mention it and those giving evidence for a relation or claim it
 * takes part in. A claim's sources are its own evidence (set when the claim was resolved).
 */
function assignNodeSources(
  nodes: CompiledNode[],
  edges: CompiledEdge[],
  sources: CompiledSource[],
): void {
  const byNode = new Map<string, Set<string>>();
  const add = (key: string, source: string): void => {
    let set = byNode.get(key);
    if (!set) byNode.set(key, (set = new Set()));
    set.add(source);
  };
  for (const source of sources) for (const [, , entity] of source.mentions) add(entity, source.id);
  for (const edge of edges) {
    for (const source of edge.attributes.sources) {
      add(edge.source, source);
      add(edge.target, source);
    }
  }
  for (const node of nodes) {
    if (node.attributes.type === 'claim') continue;
    node.attributes.sources = [...(byNode.get(node.key) ?? [])].sort(compareStrings);
  }
}

/** The output file's text: compact JSON and a final newline. */
export function serializeGraph(graph: CompiledGraph): string {
  return `${JSON.stringify(graph)}\n`;
}
