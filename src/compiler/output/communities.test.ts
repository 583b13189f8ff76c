import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectCommunities } from './communities';

// Two dense groups (triangles) joined by one relation, and an entity without relations.
const NODES = ['a1', 'a2', 'a3', 'a4', 'b1', 'b2', 'b3', 'lonely'];
const LINKS = [
  ['a1', 'a2'],
  ['a2', 'a3'],
  ['a1', 'a3'],
  ['a3', 'a4'],
  ['a4', 'a1'],
  ['b1', 'b2'],
  ['b2', 'b3'],
  ['b1', 'b3'],
  ['a2', 'b1'],
] as const;

describe('detectCommunities', () => {
  it('finds the dense groups, numbered from the largest; an isolated entity is its own', () => {
    const communities = detectCommunities(NODES, LINKS);
    expect(Object.fromEntries(communities)).toEqual({
      a1: 0,
      a2: 0,
      a3: 0,
      a4: 0,
      b1: 1,
      b2: 1,
      b3: 1,
      lonely: 2,
    });
  });

  it('counts parallel relations as weight and ignores self-loops and unknown ends', () => {
    const communities = detectCommunities(
      ['x', 'y', 'z'],
      [
        ['x', 'y'],
        ['y', 'x'],
        ['x', 'x'],
        ['z', 'missing'],
      ],
    );
    expect(communities.get('x')).toBe(communities.get('y'));
    expect(communities.get('z')).not.toBe(communities.get('x'));
  });

  it('does not depend on the order of entities or relations (same corpus, same bytes)', () => {
    const expected = Object.fromEntries(detectCommunities(NODES, LINKS));
    fc.assert(
      fc.property(
        fc.shuffledSubarray(NODES, { minLength: NODES.length }),
        fc.shuffledSubarray([...LINKS], { minLength: LINKS.length }),
        fc.array(fc.boolean(), { minLength: LINKS.length, maxLength: LINKS.length }),
        (nodes, links, flips) => {
          const turned = links.map(([a, b], i) =>
            flips[i] ? ([b, a] as const) : ([a, b] as const),
          );
          expect(Object.fromEntries(detectCommunities(nodes, turned))).toEqual(expected);
        },
      ),
    );
  });

  it('gives an empty corpus no communities and a corpus without relations one per entity', () => {
    expect(detectCommunities([], []).size).toBe(0);
    expect(Object.fromEntries(detectCommunities(['b', 'a'], []))).toEqual({ a: 0, b: 1 });
  });
});
