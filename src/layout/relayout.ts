// Deterministic re-layout of the visible subgraph: ForceAtlas2 started from the current
// positions, so the same view always settles the same way.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';

export interface PositionedNode {
  id: string;
  x: number;
  y: number;
}

export function layoutPositions(
  nodes: readonly PositionedNode[],
  edges: readonly { source: string; target: string }[],
  iterations = 150,
): Map<string, { x: number; y: number }> {
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const node of nodes) graph.addNode(node.id, { x: node.x, y: node.y });
  for (const edge of edges) {
    if (edge.source !== edge.target && graph.hasNode(edge.source) && graph.hasNode(edge.target)) {
      graph.mergeEdge(edge.source, edge.target);
    }
  }
  const positions = new Map<string, { x: number; y: number }>();
  if (graph.order === 0) return positions;
  const settings = forceAtlas2.inferSettings(graph);
  const result = forceAtlas2(graph, { iterations, settings: { ...settings, adjustSizes: false } });
  // ForceAtlas2 works in small units; scale to the compiled layout's spread.
  const spread = Math.max(1, ...nodes.map((node) => Math.hypot(node.x, node.y)));
  const resultSpread = Math.max(1e-6, ...Object.values(result).map((p) => Math.hypot(p.x, p.y)));
  const scale = Math.min(spread, 60 * Math.sqrt(graph.order)) / resultSpread;
  for (const [id, point] of Object.entries(result)) {
    positions.set(id, {
      x: Math.round(point.x * scale * 100) / 100,
      y: Math.round(point.y * scale * 100) / 100,
    });
  }
  return positions;
}
