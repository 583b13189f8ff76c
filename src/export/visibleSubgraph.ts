// Exports contain exactly what is on screen: the visible entities and relations, with the
// evidence that backs them.
import { MultiDirectedGraph } from 'graphology';
import { edgeAttributes } from '../model/queries';
import type { GraphModel } from '../model/types';
import type { EdgeAttributes, NodeAttributes } from '../schema/compiledGraph';

export interface VisibleIds {
  nodes: readonly { id: string; x?: number; y?: number }[];
  edges: readonly { id: string }[];
}

export type ExportGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, { title: string }>;

export function buildVisibleSubgraph(model: GraphModel, visible: VisibleIds): ExportGraph {
  const { graph } = model;
  const subgraph: ExportGraph = new MultiDirectedGraph({ allowSelfLoops: true });
  subgraph.replaceAttributes({ title: graph.getAttribute('title') });
  for (const node of visible.nodes) {
    if (!graph.hasNode(node.id)) continue;
    const attributes = graph.getNodeAttributes(node.id);
    subgraph.addNode(node.id, {
      ...attributes,
      x: node.x ?? attributes.x,
      y: node.y ?? attributes.y,
    });
  }
  for (const edge of visible.edges) {
    if (!graph.hasEdge(edge.id)) continue;
    const source = graph.source(edge.id);
    const target = graph.target(edge.id);
    if (!subgraph.hasNode(source) || !subgraph.hasNode(target)) continue;
    const attributes = edgeAttributes(model, edge.id);
    if (attributes) subgraph.addEdgeWithKey(edge.id, source, target, { ...attributes });
  }
  return subgraph;
}
