// Deterministic node positions, computed once at build time so the browser only draws: seeded
// initial positions, then a fixed number of ForceAtlas2 iterations scaled down for big graphs.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';

export interface Point {
  x: number;
  y: number;
}

/** ForceAtlas2 units are arbitrary: positions are scaled so a typical edge is this long (px at zoom 1). */
const TARGET_EDGE_LENGTH = 90;
/** Radius each node keeps clear in the separation pass, and up to which size that pass runs. */
const NODE_CLEARANCE = 30;
const SEPARATE_UP_TO = 5000;
const SEPARATION_ITERATIONS = 60;

/** Above this many nodes, Barnes-Hut approximates repulsion (O(n log n) instead of O(n²)). */
const BARNES_HUT_FROM = 2000;
/** Rough milliseconds the iterations may take on one core; sets the count, never read as time. */
const TARGET_MS = 5000;
const MAX_ITERATIONS = 300;
const MIN_ITERATIONS = 3;

/**
 * A fixed iteration count from the graph's size alone (so output stays deterministic), from a cost
 * model measured on this layout: exact repulsion is O(n²), Barnes-Hut about O(n log n) per step.
 */
export function iterationsFor(order: number): number {
  const n = Math.max(2, order);
  const msPerIteration = n > BARNES_HUT_FROM ? 0.0026 * n * Math.log2(n) : 8e-6 * n * n;
  return Math.max(MIN_ITERATIONS, Math.min(MAX_ITERATIONS, Math.floor(TARGET_MS / msPerIteration)));
}

/** Positions for `nodes` (any order; the result does not depend on it) joined by `links`. */
export function layoutGraph(
  nodes: readonly string[],
  links: readonly (readonly [string, string])[],
): Map<string, Point> {
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  const spread = 10 * Math.sqrt(Math.max(1, nodes.length));
  for (const key of [...nodes].sort()) {
    const random = seededRandom(hashString(key));
    // Seeded by the key, so a node keeps its start position when others are added.
    graph.addNode(key, { x: (random() - 0.5) * spread, y: (random() - 0.5) * spread });
  }
  for (const [a, b] of links) {
    if (a === b || !graph.hasNode(a) || !graph.hasNode(b)) continue;
    const existing = graph.edge(a, b);
    if (existing === undefined) graph.addEdge(a, b, { weight: 1 });
    else graph.updateEdgeAttribute(existing, 'weight', (w: number | undefined) => (w ?? 0) + 1);
  }
  const positions = new Map<string, Point>();
  if (graph.order > 1 && graph.size > 0) {
    const settings = {
      ...forceAtlas2.inferSettings(graph),
      barnesHutOptimize: graph.order > BARNES_HUT_FROM,
    };
    forceAtlas2.assign(graph, {
      iterations: iterationsFor(graph.order),
      settings,
      getEdgeWeight: 'weight',
    });
    scaleToEdgeLength(graph, TARGET_EDGE_LENGTH);
    if (graph.order <= SEPARATE_UP_TO) {
      // A short pass that treats nodes as discs, so labels and shapes do not sit on each other.
      // It keeps Barnes-Hut above BARNES_HUT_FROM: exact repulsion made 5000 nodes take ~15 s.
      graph.forEachNode((key) => graph.setNodeAttribute(key, 'size', NODE_CLEARANCE));
      forceAtlas2.assign(graph, {
        iterations: SEPARATION_ITERATIONS,
        settings: { ...settings, adjustSizes: true },
        getEdgeWeight: 'weight',
      });
    }
  }
  graph.forEachNode((key, attributes) => {
    const { x, y } = attributes as Point;
    positions.set(key, { x: round(x), y: round(y) });
  });
  return positions;
}

function round(value: number): number {
  // Guards against a degenerate layout step; -0 would print as 0 anyway but compare unequal in tests.
  if (!Number.isFinite(value)) return 0;
  const r = Math.round(value * 100) / 100;
  return r === 0 ? 0 : r;
}

/** FNV-1a: a small, stable hash of a string. */
export function hashString(value: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i += 1) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: deterministic pseudo-random numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Scales positions about the origin so the median edge is `length` long. */
function scaleToEdgeLength(graph: Graph, length: number): void {
  const lengths: number[] = [];
  graph.forEachEdge((_edge, _attributes, _source, _target, a, b) => {
    const d = Math.hypot((a as Point).x - (b as Point).x, (a as Point).y - (b as Point).y);
    if (d > 0) lengths.push(d);
  });
  if (lengths.length === 0) return;
  lengths.sort((a, b) => a - b);
  const median = lengths[lengths.length >> 1] ?? 1;
  const factor = length / median;
  graph.updateEachNodeAttributes((_key, attributes) => ({
    ...attributes,
    x: (attributes as Point).x * factor,
    y: (attributes as Point).y * factor,
  }));
}
