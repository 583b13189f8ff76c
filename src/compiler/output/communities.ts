// Communities at compile time: Louvain (graphology's implementation) on the undirected graph of
// the relations, parallel relations adding up as weight. Seeded, and numbered canonically, so the
// same corpus always compiles to the same bytes.
import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';

const LOUVAIN_SEED = 0x5eed;

/** A small seeded generator (mulberry32): Louvain visits nodes in a random order. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The community of every node, numbered 0, 1, … from the largest community down (ties: the one
 * whose smallest key sorts first). A node without relations is a community of its own.
 * The result does not depend on the order of `nodes` or `links`.
 */
export function detectCommunities(
  nodes: readonly string[],
  links: readonly (readonly [string, string])[],
): Map<string, number> {
  const keys = [...nodes].sort();
  const indexOf = new Map(keys.map((key, i) => [key, i]));
  // Parallel relations (either direction) add up as one weighted pair, numbered a·n + b (a < b).
  const n = keys.length;
  const weights = new Map<number, number>();
  for (const [from, to] of links) {
    const a = indexOf.get(from);
    const b = indexOf.get(to);
    if (a === undefined || b === undefined || a === b) continue;
    const pair = a < b ? a * n + b : b * n + a;
    weights.set(pair, (weights.get(pair) ?? 0) + 1);
  }
  const graph = new UndirectedGraph<Record<string, never>, { weight: number }>();
  for (const key of keys) graph.addNode(key);
  // Added in a fixed order: Louvain visits each node's neighbours in the order they were added.
  for (const pair of Float64Array.from(weights.keys()).sort()) {
    graph.addEdge(keys[Math.floor(pair / n)]!, keys[pair % n]!, { weight: weights.get(pair)! });
  }
  const raw = graph.size > 0 ? louvain(graph, { rng: seededRandom(LOUVAIN_SEED) }) : {};

  // Canonical numbering: by size, then by the first key (keys are visited in sorted order).
  const members = new Map<number, string[]>();
  let isolated = -1;
  for (const key of keys) {
    const community = raw[key] ?? isolated--;
    let list = members.get(community);
    if (!list) members.set(community, (list = []));
    list.push(key);
  }
  const ordered = [...members.values()].sort(
    (a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : 1),
  );
  const result = new Map<string, number>();
  ordered.forEach((list, index) => {
    for (const key of list) result.set(key, index);
  });
  return result;
}
