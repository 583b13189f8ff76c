// ForceAtlas2 on its own matrices, built straight from the node keys and links (no graphology graph
// in between, which at 50,000 nodes cost more than a second to build), stepped one iteration at a
// time so that a long layout can say how far it has got. The matrices are laid out exactly as
// graphology-layout-forceatlas2 lays them out from a graph, and its own iteration runs on them, so
// the positions are those its `assign` gives (layoutGraph.test.ts compares them).
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import DEFAULT_SETTINGS from 'graphology-layout-forceatlas2/defaults.js';
import iterate from 'graphology-layout-forceatlas2/iterate.js';

/** Values per node and per edge in the package's matrices (its helpers.js). */
const PPN = 10;
const PPE = 3;
const X = 0;
const Y = 1;
const MASS = 6;
const SIZE = 8;

export interface LayoutMatrices {
  /** Per node: x, y, dx, dy, old dx, old dy, mass, convergence, size, fixed. */
  nodes: Float32Array;
  /** Per edge: source row, target row, weight. */
  edges: Float32Array;
  order: number;
  size: number;
}

/**
 * Matrices for nodes at `positions` (node i at [2i, 2i + 1]) joined by `links` of node indices.
 * Links between the same two nodes, either way round, become one edge weighted by their count, in
 * the order each pair first appears and oriented as it first appears; self-links are left out.
 */
export function buildMatrices(
  positions: Float64Array,
  links: readonly (readonly [number, number])[],
): LayoutMatrices {
  const order = positions.length / 2;
  const edgeOf = new Map<number, number>();
  const ends: number[] = [];
  const weights: number[] = [];
  for (const [a, b] of links) {
    if (a === b) continue;
    const pair = a < b ? a * order + b : b * order + a;
    const edge = edgeOf.get(pair);
    if (edge === undefined) {
      edgeOf.set(pair, weights.length);
      ends.push(a, b);
      weights.push(1);
    } else {
      weights[edge] = (weights[edge] ?? 0) + 1;
    }
  }
  const nodes = new Float32Array(order * PPN);
  for (let i = 0; i < order; i++) {
    const row = i * PPN;
    nodes[row + X] = positions[2 * i] ?? 0;
    nodes[row + Y] = positions[2 * i + 1] ?? 0;
    nodes[row + MASS] = 1;
    nodes[row + 7] = 1; // convergence
    nodes[row + SIZE] = 1;
  }
  const edges = new Float32Array(weights.length * PPE);
  weights.forEach((weight, e) => {
    const source = (ends[2 * e] ?? 0) * PPN;
    const target = (ends[2 * e + 1] ?? 0) * PPN;
    nodes[source + MASS] = (nodes[source + MASS] ?? 0) + weight;
    nodes[target + MASS] = (nodes[target + MASS] ?? 0) + weight;
    edges[e * PPE] = source;
    edges[e * PPE + 1] = target;
    edges[e * PPE + 2] = weight;
  });
  return { nodes, edges, order, size: weights.length };
}

export interface ForceAtlas2Run {
  iterations: number;
  settings: ForceAtlas2Settings;
  /** Called after each iteration with the count done so far. */
  onIteration?: (done: number, total: number) => void;
}

/**
 * Runs the iterations on the matrices in place. Like the package, each run starts with every
 * node's speed at rest (dx, dy and their previous values 0, convergence 1).
 */
export function runForceAtlas2(matrices: LayoutMatrices, run: ForceAtlas2Run): void {
  const settings: Required<ForceAtlas2Settings> = { ...DEFAULT_SETTINGS, ...run.settings };
  const { nodes } = matrices;
  for (let row = 0; row < nodes.length; row += PPN) {
    nodes.fill(0, row + 2, row + 6);
    nodes[row + 7] = 1;
  }
  for (let i = 0; i < run.iterations; i++) {
    iterate(settings, nodes, matrices.edges);
    run.onIteration?.(i + 1, run.iterations);
  }
}

export function xOf(matrices: LayoutMatrices, node: number): number {
  return matrices.nodes[node * PPN + X] ?? 0;
}

export function yOf(matrices: LayoutMatrices, node: number): number {
  return matrices.nodes[node * PPN + Y] ?? 0;
}

export function setPosition(matrices: LayoutMatrices, node: number, x: number, y: number): void {
  matrices.nodes[node * PPN + X] = x;
  matrices.nodes[node * PPN + Y] = y;
}

export function setSize(matrices: LayoutMatrices, node: number, size: number): void {
  matrices.nodes[node * PPN + SIZE] = size;
}

/** Source and target node indices of edge `e`. */
export function endsOf(matrices: LayoutMatrices, e: number): [number, number] {
  return [(matrices.edges[e * PPE] ?? 0) / PPN, (matrices.edges[e * PPE + 1] ?? 0) / PPN];
}
