import { describe, expect, it } from 'vitest';
import { INTERACTIVE_NODE_RADIUS, pickAt } from './hitTest';
import type { RenderContext } from './types';

function layer(points: { id: string; x: number; y: number }[]): RenderContext {
  return {
    ids: points.map((p) => p.id),
    x: points.map((p) => p.x),
    y: points.map((p) => p.y),
    types: points.map(() => 0),
    typeNames: ['person'],
    communities: points.map(() => -1),
    links: [],
    regions: [],
  };
}

const POINTS = layer([
  { id: 'a', x: 0, y: 0 },
  { id: 'b', x: 100, y: 0 },
  { id: 'c', x: 104, y: 0 },
  { id: 'under', x: 500, y: 500 },
]);

describe('pickAt', () => {
  it("selects the point at a click's position", () => {
    expect(pickAt(POINTS, { x: 0, y: 0 }, 5)).toBe('a');
    expect(pickAt(POINTS, { x: 100, y: 0 }, 5)).toBe('b');
    expect(pickAt(POINTS, { x: 104, y: 0 }, 5)).toBe('c');
  });

  it('takes the nearest point within the tolerance, and none beyond it', () => {
    expect(pickAt(POINTS, { x: 103, y: 1 }, 5)).toBe('c');
    expect(pickAt(POINTS, { x: 101, y: -1 }, 5)).toBe('b');
    expect(pickAt(POINTS, { x: 3, y: 4 }, 5)).toBe('a');
    expect(pickAt(POINTS, { x: 3, y: 4.1 }, 5)).toBeNull();
    expect(pickAt(POINTS, { x: 50, y: 50 }, 5)).toBeNull();
  });

  it('lets an interactive node keep a click on it: the point under it does not steal it', () => {
    const interactive = [{ id: 'hub', x: 505, y: 500 }];
    expect(pickAt(POINTS, { x: 500, y: 500 }, 5, interactive)).toBe('hub');
    // Within the node's radius but far from any point.
    expect(pickAt(POINTS, { x: 505, y: 500 + INTERACTIVE_NODE_RADIUS }, 5, interactive)).toBe(
      'hub',
    );
    // Past the node, the point is picked again.
    expect(pickAt(POINTS, { x: 100, y: 0 }, 5, interactive)).toBe('b');
  });

  it('picks the nearest of overlapping interactive nodes, and works without a layer', () => {
    const interactive = [
      { id: 'far', x: 10, y: 0 },
      { id: 'near', x: 4, y: 0 },
    ];
    expect(pickAt(null, { x: 0, y: 0 }, 5, interactive)).toBe('near');
    expect(pickAt(null, { x: 200, y: 0 }, 5, interactive)).toBeNull();
  });
});
