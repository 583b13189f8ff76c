// Deterministic re-layout of the visible subgraph: ForceAtlas2 started from the current
// positions, so the same view always settles the same way, then room made for the labels as the
// compiler's layout makes it (makeRoom.ts).
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { makeRoomForLabels } from './makeRoom';

export interface PositionedNode {
  id: string;
  x: number;
  y: number;
  /** The label drawn below the node (none: room for the node alone). */
  label?: string;
}

/** Up to which size a re-layout makes room for labels, as the compiler's layout does. */
const MAKE_ROOM_UP_TO = 2000;

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
  const ids = graph.nodes();
  const placed = new Float64Array(ids.length * 2);
  ids.forEach((id, i) => {
    placed[2 * i] = (result[id]?.x ?? 0) * scale;
    placed[2 * i + 1] = (result[id]?.y ?? 0) * scale;
  });
  if (ids.length <= MAKE_ROOM_UP_TO) {
    const indexOf = new Map(ids.map((id, i) => [id, i]));
    const labelOf = new Map(nodes.map((node) => [node.id, node.label ?? '']));
    const links = graph.mapEdges((_edge, _attributes, source, target) => {
      return [indexOf.get(source) ?? 0, indexOf.get(target) ?? 0] as const;
    });
    makeRoomForLabels(
      placed,
      ids.map((id) => labelOf.get(id) ?? ''),
      links,
    );
  }
  ids.forEach((id, i) => {
    positions.set(id, {
      x: Math.round((placed[2 * i] ?? 0) * 100) / 100,
      y: Math.round((placed[2 * i + 1] ?? 0) * 100) / 100,
    });
  });
  return positions;
}
