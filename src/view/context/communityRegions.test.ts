import { describe, expect, it } from 'vitest';
import { labelCommunities, type RegionInput } from './communityRegions';

function input(
  points: {
    id: string;
    label?: string;
    x?: number;
    y?: number;
    community: number;
    degree?: number;
  }[],
): RegionInput {
  return {
    ids: points.map((p) => p.id),
    labels: points.map((p) => p.label ?? p.id),
    x: points.map((p) => p.x ?? 0),
    y: points.map((p) => p.y ?? 0),
    communities: points.map((p) => p.community),
    degree: points.map((p) => p.degree ?? 0),
  };
}

describe('labelCommunities', () => {
  it('names each community after its best-connected entity, at the centroid of its members', () => {
    const regions = labelCommunities(
      input([
        { id: 'a', label: 'Alpha', x: 0, y: 0, community: 0, degree: 2 },
        { id: 'b', label: 'Beta', x: 10, y: 0, community: 0, degree: 9 },
        { id: 'c', label: 'Gamma', x: 20, y: 30, community: 0, degree: 4 },
        { id: 'd', label: 'Delta', x: 100, y: 100, community: 1, degree: 1 },
        { id: 'e', label: 'Epsilon', x: 110, y: 100, community: 1, degree: 3 },
      ]),
      2,
    );
    expect(regions).toEqual([
      { community: 0, id: 'b', label: 'Beta', size: 3, x: 10, y: 10 },
      { community: 1, id: 'e', label: 'Epsilon', size: 2, x: 105, y: 100 },
    ]);
  });

  it('breaks a tie of relations by label, then by id', () => {
    const regions = labelCommunities(
      input([
        { id: 'z', label: 'Same', community: 3, degree: 5 },
        { id: 'y', label: 'Zed', community: 3, degree: 5 },
        { id: 'x', label: 'Same', community: 3, degree: 5 },
      ]),
      1,
    );
    expect(regions.map((r) => r.id)).toEqual(['x']);
  });

  it('labels only communities of the minimum size, the largest first, at most the maximum', () => {
    const points = [
      ...Array.from({ length: 4 }, (_, i) => ({ id: `s${i}`, community: 5 })),
      ...Array.from({ length: 6 }, (_, i) => ({ id: `m${i}`, community: 2 })),
      ...Array.from({ length: 6 }, (_, i) => ({ id: `n${i}`, community: 1 })),
      { id: 'alone', community: 7 },
      { id: 'none', community: -1 },
      { id: 'none2', community: -1 },
    ];
    expect(labelCommunities(input(points), 4).map((r) => [r.community, r.size])).toEqual([
      [1, 6],
      [2, 6],
      [5, 4],
    ]);
    expect(labelCommunities(input(points), 4, 2).map((r) => r.community)).toEqual([1, 2]);
    expect(labelCommunities(input(points), 7)).toEqual([]);
    // A community number no compiler gives (a hand-edited file) is not labelled, nor allocated for.
    expect(labelCommunities(input([{ id: 'odd', community: 2 ** 30 }]), 1)).toEqual([]);
  });
});
