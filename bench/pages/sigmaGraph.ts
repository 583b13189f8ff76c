// What the sigma baseline hands sigma: the compiled graph as a graphology graph, every node at its
// precomputed position with a label, a size by degree and a colour by type, every edge. Pure (no
// DOM, no WebGL), so the bench's own check that the page draws every element is tested in Node.
import Graph from 'graphology';
import type { CompiledGraph } from '../../src/schema/compiledGraph';

export interface SigmaNode {
  x: number;
  y: number;
  label: string;
  size: number;
  color: string;
  /** Edges at the node, both directions: picks go to the hubs. */
  degree: number;
}

export interface SigmaEdge {
  size: number;
  color: string;
}

/** A plain categorical palette, one colour per entity type in the order they first appear. */
const PALETTE = ['#4a6fa5', '#c06c3e', '#5b8c5a', '#8e5ea2', '#b8a038', '#3e9fb0', '#a0525e'];
const EDGE_COLOUR = '#c8c8c8';

export function buildSigmaGraph(compiled: CompiledGraph): Graph<SigmaNode, SigmaEdge> {
  const graph = new Graph<SigmaNode, SigmaEdge>({
    type: 'directed',
    multi: true,
    allowSelfLoops: true,
  });
  const { source, target, key } = compiled.edges;
  const degree = new Array<number>(compiled.nodes.length).fill(0);
  for (let e = 0; e < key.length; e++) {
    degree[source[e] ?? 0] = (degree[source[e] ?? 0] ?? 0) + 1;
    degree[target[e] ?? 0] = (degree[target[e] ?? 0] ?? 0) + 1;
  }
  const colours = new Map<string, string>();
  compiled.nodes.forEach((node, i) => {
    const { type, label, x, y } = node.attributes;
    let color = colours.get(type);
    if (color === undefined) {
      color = PALETTE[colours.size % PALETTE.length] as string;
      colours.set(type, color);
    }
    const d = degree[i] ?? 0;
    graph.addNode(node.key, { x, y, label, color, degree: d, size: 3 + 1.5 * Math.log2(1 + d) });
  });
  for (let e = 0; e < key.length; e++) {
    const from = compiled.nodes[source[e] ?? -1]?.key;
    const to = compiled.nodes[target[e] ?? -1]?.key;
    const id = key[e];
    if (from === undefined || to === undefined || id === undefined) {
      throw new Error(`edge ${e} (${id ?? 'no key'}) names a node the graph does not have`);
    }
    graph.addEdgeWithKey(id, from, to, { size: 1, color: EDGE_COLOUR });
  }
  return graph;
}

/** The `limit` best-connected nodes, most edges first (ties by key), for the runner to click. */
export function hubs(graph: Graph<SigmaNode, SigmaEdge>, limit: number): string[] {
  return graph
    .mapNodes((node, attributes) => ({ node, degree: attributes.degree }))
    .sort((a, b) => b.degree - a.degree || (a.node < b.node ? -1 : 1))
    .slice(0, limit)
    .map((entry) => entry.node);
}

/**
 * What sigma drew: the nodes and edges it has display data for that are not hidden. `display`
 * answers sigma's `getNodeDisplayData` / `getEdgeDisplayData`.
 */
export function countDrawn(
  graph: Graph<SigmaNode, SigmaEdge>,
  display: {
    node: (key: string) => { visibility: string } | undefined;
    edge: (key: string) => { visibility: string } | undefined;
  },
): { nodes: number; edges: number } {
  let nodes = 0;
  let edges = 0;
  graph.forEachNode((key) => {
    if (display.node(key)?.visibility === 'visible') nodes++;
  });
  graph.forEachEdge((key) => {
    if (display.edge(key)?.visibility === 'visible') edges++;
  });
  return { nodes, edges };
}
