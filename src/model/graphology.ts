// graphology, built only where a library needs it (the exports' writers, graph algorithms): the
// typed-array tables are the model, and nothing else keeps a graphology graph.
import { MultiDirectedGraph } from 'graphology';
import type { EdgeAttributes, NodeAttributes } from '../schema/compiledGraph';
import type { GraphModel } from './types';

export type GraphologyGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, { title: string }>;

export interface GraphPart {
  /** Entity and claim ids, each with the position to give it (its compiled one when absent). */
  nodes: Iterable<{ id: string; x?: number; y?: number }>;
  /** Relation ids: one whose ends are not both among `nodes` is left out. */
  edges: Iterable<{ id: string }>;
}

/**
 * The model, or the part of it given, as a graphology multigraph with every attribute: nodes in the
 * order given, relations likewise. Ids the model does not know are skipped. A new graph each time.
 */
export function buildGraphologyGraph(model: GraphModel, part?: GraphPart): GraphologyGraph {
  const { nodes, edges } = model;
  const graph: GraphologyGraph = new MultiDirectedGraph({ allowSelfLoops: true });
  graph.replaceAttributes({ title: model.title });
  const nodeList: GraphPart['nodes'] = part?.nodes ?? nodes.ids.map((id) => ({ id }));
  for (const node of nodeList) {
    const n = nodes.index.get(node.id);
    const attributes = n === undefined ? undefined : nodes.attributes[n];
    if (!attributes || graph.hasNode(node.id)) continue;
    graph.addNode(node.id, { ...attributes, x: node.x ?? attributes.x, y: node.y ?? attributes.y });
  }
  const edgeList: GraphPart['edges'] = part?.edges ?? edges.ids.map((id) => ({ id }));
  for (const edge of edgeList) {
    const e = edges.index.get(edge.id);
    if (e === undefined || graph.hasEdge(edge.id)) continue;
    const source = nodes.ids[edges.source[e] ?? 0] ?? '';
    const target = nodes.ids[edges.target[e] ?? 0] ?? '';
    if (!graph.hasNode(source) || !graph.hasNode(target)) continue;
    graph.addEdgeWithKey(edge.id, source, target, { ...edges.attributesOf(e) });
  }
  return graph;
}
