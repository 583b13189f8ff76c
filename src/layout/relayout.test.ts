import { describe, expect, it } from 'vitest';
import { layoutPositions } from './relayout';

const nodes = ['a', 'b', 'c', 'd'].map((id, index) => ({ id, x: index * 10, y: (index % 2) * 10 }));
const edges = [
  { source: 'a', target: 'b' },
  { source: 'b', target: 'c' },
  { source: 'c', target: 'd' },
  { source: 'a', target: 'a' },
  { source: 'a', target: 'missing' },
];

describe('layoutPositions', () => {
  it('is deterministic for the same subgraph', () => {
    expect(layoutPositions(nodes, edges)).toEqual(layoutPositions(nodes, edges));
  });

  it('places every node and ignores self-loops and dangling edges', () => {
    const positions = layoutPositions(nodes, edges);
    expect([...positions.keys()].sort()).toEqual(['a', 'b', 'c', 'd']);
    for (const point of positions.values()) {
      expect(Number.isFinite(point.x) && Number.isFinite(point.y)).toBe(true);
    }
  });

  it('returns nothing for an empty subgraph', () => {
    expect(layoutPositions([], []).size).toBe(0);
  });
});
