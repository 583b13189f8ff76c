// "How is A connected to B": every shortest path, ignoring edge direction, as node sequences with
// all the kept edges for each hop (parallel edges are one hop with several pieces of evidence).
import type { GraphModel, GraphPath, PathHop, PathsResult, ShortestPathOptions } from './types';

export const DEFAULT_MAX_PATHS = 10;

const NO_PATH: PathsResult = Object.freeze({
  found: false,
  length: -1,
  paths: [],
  truncated: false,
});

/** Breadth-first distances from `from`, stopping once `to`'s level is complete. */
function measureDistances(
  model: GraphModel,
  from: number,
  to: number,
  keep: ShortestPathOptions['edgeFilter'],
): Int32Array {
  const { start, list } = model.nodes.incidence;
  const { source, target } = model.edges;
  const dist = new Int32Array(model.nodes.count).fill(-1);
  const queue = new Uint32Array(model.nodes.count);
  let head = 0;
  let tail = 0;
  dist[from] = 0;
  queue[tail++] = from;
  while (head < tail) {
    const u = queue[head++] ?? 0;
    const du = dist[u] ?? 0;
    const dt = dist[to] ?? -1;
    if (dt !== -1 && du >= dt) break;
    for (let k = start[u] ?? 0, end = start[u + 1] ?? 0; k < end; k++) {
      const e = list[k] ?? 0;
      if (keep && !keep(e)) continue;
      const v = source[e] === u ? (target[e] ?? 0) : (source[e] ?? 0);
      if (dist[v] === -1) {
        dist[v] = du + 1;
        queue[tail++] = v;
      }
    }
  }
  return dist;
}

/** Kept edges joining a and b in either direction, as ids sorted. */
function collectHopEdges(
  model: GraphModel,
  a: number,
  b: number,
  keep: ShortestPathOptions['edgeFilter'],
): string[] {
  const { start, list } = model.nodes.incidence;
  const { source, target, ids } = model.edges;
  const found: string[] = [];
  for (let k = start[a] ?? 0, end = start[a + 1] ?? 0; k < end; k++) {
    const e = list[k] ?? 0;
    if (keep && !keep(e)) continue;
    const other = source[e] === a ? target[e] : source[e];
    if (other === b) found.push(ids[e] ?? '');
  }
  return found.sort();
}

export function shortestPaths(
  model: GraphModel,
  fromId: string,
  toId: string,
  options: ShortestPathOptions = {},
): PathsResult {
  const from = model.nodes.index.get(fromId);
  const to = model.nodes.index.get(toId);
  if (from === undefined || to === undefined) return NO_PATH;
  if (from === to) {
    return { found: true, length: 0, paths: [{ nodes: [fromId], hops: [] }], truncated: false };
  }
  const keep = options.edgeFilter;
  const max = Math.max(1, options.max ?? DEFAULT_MAX_PATHS);
  const dist = measureDistances(model, from, to, keep);
  const length = dist[to] ?? -1;
  if (length === -1) return NO_PATH;

  const { start, list } = model.nodes.incidence;
  const { source, target } = model.edges;
  const { labelRank, ids } = model.nodes;
  // Predecessors on the shortest-path DAG, by label so the paths come out in a stable order.
  const predecessors = new Map<number, number[]>();
  const listPredecessors = (v: number): number[] => {
    let preds = predecessors.get(v);
    if (!preds) {
      const found = new Set<number>();
      const want = (dist[v] ?? 0) - 1;
      for (let k = start[v] ?? 0, end = start[v + 1] ?? 0; k < end; k++) {
        const e = list[k] ?? 0;
        if (keep && !keep(e)) continue;
        const w = source[e] === v ? (target[e] ?? 0) : (source[e] ?? 0);
        if (dist[w] === want) found.add(w);
      }
      preds = [...found].sort((a, b) => (labelRank[a] ?? 0) - (labelRank[b] ?? 0));
      predecessors.set(v, preds);
    }
    return preds;
  };

  // Every node on the DAG at distance d >= 1 has a predecessor, so each branch ends at `from`;
  // one more sequence than `max` tells us the list was cut.
  const sequences: number[][] = [];
  const walk = (v: number, suffix: number[]): void => {
    if (sequences.length > max) return;
    if (v === from) {
      sequences.push([from, ...suffix]);
      return;
    }
    for (const w of listPredecessors(v)) walk(w, [v, ...suffix]);
  };
  walk(to, []);

  const hopCache = new Map<string, string[]>();
  const paths: GraphPath[] = sequences.slice(0, max).map((sequence) => {
    const hops: PathHop[] = [];
    for (let i = 0; i + 1 < sequence.length; i++) {
      const a = sequence[i] ?? 0;
      const b = sequence[i + 1] ?? 0;
      const key = `${a}:${b}`;
      let edges = hopCache.get(key);
      if (!edges) {
        edges = collectHopEdges(model, a, b, keep);
        hopCache.set(key, edges);
      }
      hops.push({ from: ids[a] ?? '', to: ids[b] ?? '', edges: [...edges] });
    }
    return { nodes: sequence.map((n) => ids[n] ?? ''), hops };
  });
  return { found: true, length, paths, truncated: sequences.length > max };
}
