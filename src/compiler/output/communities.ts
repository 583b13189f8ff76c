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
  const graph = new UndirectedGraph<Record<string, never>, { weight: number }>();
  for (const key of keys) graph.addNode(key);
  const sortedLinks = links
    .filter(([a, b]) => a !== b && graph.hasNode(a) && graph.hasNode(b))
    .map(([a, b]) => (a < b ? ([a, b] as const) : ([b, a] as const)))
    .sort((p, q) => (p[0] < q[0] ? -1 : p[0] > q[0] ? 1 : p[1] < q[1] ? -1 : p[1] > q[1] ? 1 : 0));
  for (const [a, b] of sortedLinks) {
    graph.updateEdge(a, b, (attributes) => ({ weight: (attributes.weight ?? 0) + 1 }));
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
