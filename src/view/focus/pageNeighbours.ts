// A node's neighbours over the kept edges, best connected first, a page at a time: a hub with
// 2,000 neighbours must not flood the view when focused or expanded.
import type { GraphModel } from '../../model';
import type { FilteredGraph } from '../filters/filterElements';

export interface NeighbourPage {
  /** The first `limit` distinct neighbours by kept degree desc, then label. */
  shown: number[];
  /** All distinct neighbours over kept edges. */
  total: number;
}

export interface NeighbourPager {
  page(node: number, limit: number): NeighbourPage;
  /** Distinct neighbours over kept edges that are not visible. */
  countMissing(node: number, visible: Uint8Array): number;
}

export function createNeighbourPager(model: GraphModel, filtered: FilteredGraph): NeighbourPager {
  const { start, list } = model.nodes.incidence;
  const { source, target } = model.edges;
  const { edgeRejects, degree } = filtered;
  const { labelRank } = model.nodes;
  // Dedupes parallel edges without a Set per call: a neighbour is seen when seen[n] === stamp.
  const seen = new Uint32Array(model.nodes.count);
  let stamp = 0;

  const listNeighbours = (node: number): number[] => {
    stamp++;
    const found: number[] = [];
    for (let k = start[node] ?? 0, end = start[node + 1] ?? 0; k < end; k++) {
      const e = list[k] ?? 0;
      if (edgeRejects[e] !== 0) continue;
      const other = source[e] === node ? (target[e] ?? 0) : (source[e] ?? 0);
      if (other !== node && seen[other] !== stamp) {
        seen[other] = stamp;
        found.push(other);
      }
    }
    return found;
  };

  return {
    page(node, limit) {
      const all = listNeighbours(node);
      if (all.length <= limit) return { shown: all, total: all.length };
      all.sort(
        (a, b) => (degree[b] ?? 0) - (degree[a] ?? 0) || (labelRank[a] ?? 0) - (labelRank[b] ?? 0),
      );
      return { shown: all.slice(0, Math.max(0, limit)), total: all.length };
    },
    countMissing(node, visible) {
      let missing = 0;
      for (const n of listNeighbours(node)) if (!visible[n]) missing++;
      return missing;
    },
  };
}
