// Community labels: each community big enough to read as a region is named after its
// best-connected entity, at the centroid of its drawn members. Pure.

import type { CommunityRegion } from './types';

export interface RegionInput {
  ids: readonly string[];
  labels: readonly string[];
  x: ArrayLike<number>;
  y: ArrayLike<number>;
  /** Per point, its community; -1 for none. */
  communities: ArrayLike<number>;
  /** Per point, its relations (the tiebreak after it: the label, then the id). */
  degree: ArrayLike<number>;
}

/** Fewest members a community needs for a label. */
export const MIN_REGION_SIZE = 10;
/** Most labelled regions: more names than this no longer read as a map. */
export const MAX_REGIONS = 24;

function better(input: RegionInput, a: number, b: number): boolean {
  const da = input.degree[a] ?? 0;
  const db = input.degree[b] ?? 0;
  if (da !== db) return da > db;
  const la = input.labels[a] ?? '';
  const lb = input.labels[b] ?? '';
  if (la !== lb) return la < lb;
  return (input.ids[a] ?? '') < (input.ids[b] ?? '');
}

/**
 * The labelled regions among the points: communities of at least `minSize` points, the largest
 * `maxRegions` of them, largest first (ties: lower community number first).
 */
export function labelCommunities(
  input: RegionInput,
  minSize = MIN_REGION_SIZE,
  maxRegions = MAX_REGIONS,
): CommunityRegion[] {
  // Communities are small integers (numbered from 0 by the compiler, fewer than the entities): one
  // slot each. A number past any a compiler gives (a hand-edited file) is left unlabelled.
  const limit = Math.max(65_536, 4 * input.ids.length);
  const communityOf = (p: number) => {
    const community = input.communities[p] ?? -1;
    return community < limit ? community : -1;
  };
  let top = -1;
  for (let p = 0; p < input.ids.length; p++) top = Math.max(top, communityOf(p));
  const size = new Uint32Array(top + 1);
  const sumX = new Float64Array(top + 1);
  const sumY = new Float64Array(top + 1);
  const best = new Int32Array(top + 1).fill(-1);
  for (let p = 0; p < input.ids.length; p++) {
    const community = communityOf(p);
    if (community < 0) continue;
    size[community] = (size[community] ?? 0) + 1;
    sumX[community] = (sumX[community] ?? 0) + (input.x[p] ?? 0);
    sumY[community] = (sumY[community] ?? 0) + (input.y[p] ?? 0);
    const current = best[community] ?? -1;
    if (current < 0 || better(input, p, current)) best[community] = p;
  }
  const stats: [number, { size: number; sumX: number; sumY: number; best: number }][] = [];
  for (let community = 0; community <= top; community++) {
    const count = size[community] ?? 0;
    if (count === 0) continue;
    stats.push([
      community,
      {
        size: count,
        sumX: sumX[community] ?? 0,
        sumY: sumY[community] ?? 0,
        best: best[community] ?? 0,
      },
    ]);
  }
  return stats
    .filter(([, entry]) => entry.size >= minSize)
    .sort(([ca, a], [cb, b]) => b.size - a.size || ca - cb)
    .slice(0, maxRegions)
    .map(([community, entry]) => ({
      community,
      id: input.ids[entry.best] ?? '',
      label: input.labels[entry.best] ?? '',
      size: entry.size,
      x: entry.sumX / entry.size,
      y: entry.sumY / entry.size,
    }));
}
