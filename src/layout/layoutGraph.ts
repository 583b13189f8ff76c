// Deterministic node positions, computed once at build time so the browser only draws: seeded
// initial positions, a fixed number of ForceAtlas2 iterations scaled down for big graphs, then
// (up to a size) room made for labels and the edges kept off unrelated nodes (makeRoom.ts).
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { makeRoomForLabels, SEPARATION_ROUNDS } from './makeRoom';
import {
  buildMatrices,
  endsOf,
  runForceAtlas2,
  setPosition,
  setSize,
  xOf,
  yOf,
  type LayoutMatrices,
} from './forceAtlas2Steps';

export interface Point {
  x: number;
  y: number;
}

/** ForceAtlas2 units are arbitrary: positions are scaled so a typical edge is this long (px at zoom 1). */
const TARGET_EDGE_LENGTH = 90;
/**
 * Up to which size room is made for labels (makeRoom.ts): each round costs more as the graph
 * grows, and more rounds are needed; at 5,000 nodes the rounds took 15 s.
 */
const MAKE_ROOM_UP_TO = 2000;
/**
 * Above MAKE_ROOM_UP_TO and up to this size, a short ForceAtlas2 pass treating nodes as discs of
 * NODE_CLEARANCE keeps shapes apart instead. It keeps Barnes-Hut above BARNES_HUT_FROM: exact
 * repulsion made 5000 nodes take ~15 s.
 */
const DISCS_UP_TO = 5000;
const NODE_CLEARANCE = 30;
const DISC_ITERATIONS = 60;
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

export interface LayoutNode {
  key: string;
  /** The label drawn below the node, which the layout keeps room for. */
  label: string;
}

export interface LayoutOptions {
  /** Hears of each step: ForceAtlas2's iterations, then the rounds making room. */
  onIteration?: (done: number, total: number) => void;
  /** Whether to make room for labels (up to SEPARATE_UP_TO nodes; default true). */
  makeRoom?: boolean;
}

/** Positions for `nodes` (any order; the result does not depend on it) joined by `links`. */
export function layoutGraph(
  nodes: readonly LayoutNode[],
  links: readonly (readonly [string, string])[],
  options: LayoutOptions = {},
): Map<string, Point> {
  const { onIteration } = options;
  const labelOf = new Map(nodes.map((node) => [node.key, node.label]));
  const keys = [...labelOf.keys()].sort();
  const indexOf = new Map(keys.map((key, i) => [key, i]));
  const spread = 10 * Math.sqrt(Math.max(1, keys.length));
  const start = new Float64Array(keys.length * 2);
  keys.forEach((key, i) => {
    // Seeded by the key, so a node keeps its start position when others are added.
    const random = seededRandom(hashString(key));
    start[2 * i] = (random() - 0.5) * spread;
    start[2 * i + 1] = (random() - 0.5) * spread;
  });
  const known: [number, number][] = [];
  for (const [a, b] of links) {
    const from = indexOf.get(a);
    const to = indexOf.get(b);
    if (from !== undefined && to !== undefined) known.push([from, to]);
  }
  const matrices = buildMatrices(start, known);
  const positions = new Map<string, Point>();
  if (matrices.order <= 1 || matrices.size === 0) {
    keys.forEach((key, i) =>
      positions.set(key, { x: round(start[2 * i] ?? 0), y: round(start[2 * i + 1] ?? 0) }),
    );
    return positions;
  }
  const settings = {
    ...forceAtlas2.inferSettings(matrices.order),
    barnesHutOptimize: matrices.order > BARNES_HUT_FROM,
  };
  const iterations = iterationsFor(matrices.order);
  const makeRoom = options.makeRoom ?? true;
  const separating = makeRoom && matrices.order <= MAKE_ROOM_UP_TO;
  const discs = makeRoom && !separating && matrices.order <= DISCS_UP_TO;
  const total = iterations + (separating ? SEPARATION_ROUNDS : 0) + (discs ? DISC_ITERATIONS : 0);
  runForceAtlas2(matrices, {
    iterations,
    settings,
    onIteration: (done) => onIteration?.(done, total),
  });
  const factor = scaleToEdgeLength(matrices, TARGET_EDGE_LENGTH);
  const placed = new Float64Array(keys.length * 2);
  for (let i = 0; i < keys.length; i++) {
    placed[2 * i] = xOf(matrices, i) * factor;
    placed[2 * i + 1] = yOf(matrices, i) * factor;
  }
  if (separating) {
    const labels = keys.map((key) => labelOf.get(key) ?? '');
    const rounds = makeRoomForLabels(placed, labels, known, (done) =>
      onIteration?.(iterations + done, total),
    );
    // The rounds may end early: the count still ends at the total.
    if (rounds < SEPARATION_ROUNDS) onIteration?.(total, total);
  }
  if (discs) {
    for (let i = 0; i < matrices.order; i++) {
      setPosition(matrices, i, placed[2 * i] ?? 0, placed[2 * i + 1] ?? 0);
      setSize(matrices, i, NODE_CLEARANCE);
    }
    runForceAtlas2(matrices, {
      iterations: DISC_ITERATIONS,
      settings: { ...settings, adjustSizes: true },
      onIteration: (done) => onIteration?.(iterations + done, total),
    });
    for (let i = 0; i < matrices.order; i++) {
      placed[2 * i] = xOf(matrices, i);
      placed[2 * i + 1] = yOf(matrices, i);
    }
  }
  keys.forEach((key, i) => {
    positions.set(key, { x: round(placed[2 * i] ?? 0), y: round(placed[2 * i + 1] ?? 0) });
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

/** The factor that makes the median edge `length` long, scaling about the origin (1 if none). */
function scaleToEdgeLength(matrices: LayoutMatrices, length: number): number {
  const lengths: number[] = [];
  for (let e = 0; e < matrices.size; e++) {
    const [a, b] = endsOf(matrices, e);
    const d = Math.hypot(xOf(matrices, a) - xOf(matrices, b), yOf(matrices, a) - yOf(matrices, b));
    if (d > 0) lengths.push(d);
  }
  if (lengths.length === 0) return 1;
  lengths.sort((a, b) => a - b);
  const median = lengths[lengths.length >> 1] ?? 1;
  return length / median;
}
