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
  const stats = new Map<number, { size: number; sumX: number; sumY: number; best: number }>();
  for (let p = 0; p < input.ids.length; p++) {
    const community = input.communities[p] ?? -1;
    if (community < 0) continue;
    const entry = stats.get(community);
    if (!entry) {
      stats.set(community, { size: 1, sumX: input.x[p] ?? 0, sumY: input.y[p] ?? 0, best: p });
      continue;
    }
    entry.size++;
    entry.sumX += input.x[p] ?? 0;
    entry.sumY += input.y[p] ?? 0;
    if (better(input, p, entry.best)) entry.best = p;
  }
  return [...stats.entries()]
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
