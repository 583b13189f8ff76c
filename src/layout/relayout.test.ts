import { describe, expect, it } from 'vitest';
import { footprintOf } from './labelGeometry';
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

  it('makes room for the labels of the best-connected nodes, clear of every other node', () => {
    const star = Array.from({ length: 12 }, (_, i) => ({ id: `leaf${i}`, x: i, y: i % 3 }));
    const hub = { id: 'hub', x: 0, y: 0, label: 'The hub, with a label of some length' };
    const links = star.map((leaf) => ({ source: 'hub', target: leaf.id }));
    const positions = layoutPositions([hub, ...star], links);
    const centre = positions.get('hub')!;
    const room = footprintOf(hub.label);
    for (const leaf of star) {
      const p = positions.get(leaf.id)!;
      const underLabel =
        Math.abs(p.x - centre.x) < room.halfWidth + 15 &&
        p.y - centre.y > -15 &&
        p.y - centre.y < room.below + 15;
      expect(underLabel, leaf.id).toBe(false);
    }
  });

  it('returns nothing for an empty subgraph', () => {
    expect(layoutPositions([], []).size).toBe(0);
  });
});
