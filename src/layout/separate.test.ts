import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { footprintOf, type Footprint } from './labelGeometry';
import { separate } from './separate';

const overlapping = (positions: Float64Array, footprints: readonly Footprint[], gap: number) => {
  const pairs: [number, number][] = [];
  for (let a = 0; a < footprints.length; a++) {
    for (let b = a + 1; b < footprints.length; b++) {
      const [fa, fb] = [footprints[a]!, footprints[b]!];
      const [ax, ay, bx, by] = [
        positions[2 * a]!,
        positions[2 * a + 1]!,
        positions[2 * b]!,
        positions[2 * b + 1]!,
      ];
      const x =
        Math.min(ax + fa.halfWidth, bx + fb.halfWidth) -
        Math.max(ax - fa.halfWidth, bx - fb.halfWidth);
      const y = Math.min(ay + fa.below, by + fb.below) - Math.max(ay - fa.above, by - fb.above);
      if (x + gap > 1e-6 && y + gap > 1e-6) pairs.push([a, b]);
    }
  }
  return pairs;
};

describe('separate', () => {
  it('leaves no two footprints overlapping when it stops before its last round', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: -200, max: 200 }),
            fc.integer({ min: -200, max: 200 }),
            fc.string({ maxLength: 30 }),
          ),
          { minLength: 2, maxLength: 30 },
        ),
        (nodes) => {
          const positions = new Float64Array(nodes.flatMap(([x, y]) => [x, y]));
          const footprints = nodes.map(([, , label]) => footprintOf(label));
          const rounds = separate(positions, footprints, [], 20, {
            gap: 10,
            rounds: 400,
            edgeRounds: 0,
          });
          if (rounds < 400) expect(overlapping(positions, footprints, 10)).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('moves a node off an edge it is not part of, to its own side, and is deterministic', () => {
    const run = () => {
      const positions = new Float64Array([0, 0, 100, 3, 200, 0]);
      const discs = [footprintOf(''), footprintOf(''), footprintOf('')];
      separate(positions, discs, [[0, 2]], 21, { gap: 10, rounds: 10, edgeRounds: 5 });
      return [...positions];
    };
    const positions = run();
    expect(positions[3]).toBeCloseTo(21);
    expect([positions[0], positions[1], positions[4], positions[5]]).toEqual([0, 0, 200, 0]);
    expect(run()).toEqual(positions);
  });

  it('pushes two nodes at the same place apart along the axis they overlap least', () => {
    const positions = new Float64Array([0, 0, 0, 0]);
    const wide = footprintOf('A label much wider than it is tall');
    separate(positions, [wide, wide], [], 20, { gap: 10, rounds: 5, edgeRounds: 0 });
    // Stacked: the box is wider than tall, so the push is vertical, by a full height and the gap.
    expect(positions[0]).toBe(0);
    expect(positions[2]).toBe(0);
    expect((positions[3] ?? 0) - (positions[1] ?? 0)).toBeCloseTo(wide.above + wide.below + 10);
  });
});
