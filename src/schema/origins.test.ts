import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupIndependentOrigins, relayRoots, type SourceRoots } from './origins';

/** A relay table as a function, as the compiler and the model pass it. */
const relaysFrom =
  (table: Record<string, readonly string[]>) =>
  (id: string): readonly string[] =>
    table[id] ?? [];

describe('relayRoots', () => {
  it('is the id itself when it relays nothing', () => {
    expect(relayRoots('blog', relaysFrom({}))).toEqual(['blog']);
  });

  it('follows chains to the ids that relay nothing, each once', () => {
    const relays = relaysFrom({
      blog: ['article', 'wire'],
      article: ['buzzfeed'],
      wire: ['buzzfeed', 'reuters'],
    });
    expect(relayRoots('blog', relays)).toEqual(['buzzfeed', 'reuters']);
    expect(relayRoots('article', relays)).toEqual(['buzzfeed']);
  });

  it('ends a cycle where it closes instead of looping', () => {
    expect(relayRoots('a', relaysFrom({ a: ['b'], b: ['a'] }))).toEqual(['a']);
    expect(relayRoots('a', relaysFrom({ a: ['b', 'c'], b: ['a'] }))).toEqual(['c']);
  });
});

describe('groupIndependentOrigins', () => {
  it('counts three articles relaying one report as one origin carried by three sources', () => {
    const groups = groupIndependentOrigins([
      { source: 'a1', roots: ['buzzfeed'] },
      { source: 'a2', roots: ['buzzfeed'] },
      { source: 'a3', roots: ['buzzfeed'] },
    ]);
    expect(groups).toEqual([{ roots: ['buzzfeed'], sources: ['a1', 'a2', 'a3'] }]);
  });

  it('keeps sources with their own roots apart, ordered by root', () => {
    const groups = groupIndependentOrigins([
      { source: 'z', roots: ['z'] },
      { source: 'a', roots: ['a'] },
    ]);
    expect(groups).toEqual([
      { roots: ['a'], sources: ['a'] },
      { roots: ['z'], sources: ['z'] },
    ]);
  });

  it('joins groups through a source that relays both (transitively)', () => {
    const groups = groupIndependentOrigins([
      { source: 'x', roots: ['ap'] },
      { source: 'y', roots: ['reuters'] },
      { source: 'both', roots: ['ap', 'reuters'] },
      { source: 'own', roots: ['own'] },
    ]);
    expect(groups).toEqual([
      { roots: ['ap', 'reuters'], sources: ['both', 'x', 'y'] },
      { roots: ['own'], sources: ['own'] },
    ]);
  });

  it('gives nothing for no corroborating source', () => {
    expect(groupIndependentOrigins([])).toEqual([]);
  });
});

// Random corpora: sources s0..s5 and external origins o0..o2, each relaying ids after it in a
// fixed order (so there is no cycle), and a relation quoted by some of the sources.
const IDS = ['s0', 's1', 's2', 's3', 's4', 's5', 'o0', 'o1', 'o2'];
const SOURCES = IDS.filter((id) => id.startsWith('s'));

const relayTableArb: fc.Arbitrary<Record<string, string[]>> = fc
  .tuple(
    ...IDS.map((_, i) =>
      fc.subarray(IDS.slice(i + 1), { maxLength: Math.min(2, IDS.length - i - 1) }),
    ),
  )
  .map((lists) => Object.fromEntries(IDS.map((id, i) => [id, lists[i] ?? []])));

const quotingArb = fc.uniqueArray(fc.constantFrom(...SOURCES), { minLength: 0, maxLength: 6 });

function originsOf(table: Record<string, readonly string[]>, quoting: readonly string[]) {
  const units: SourceRoots[] = quoting.map((source) => ({
    source,
    roots: relayRoots(source, relaysFrom(table)),
  }));
  return groupIndependentOrigins(units);
}

describe('independent origins, for any relay chains', () => {
  it('never counts more origins than sources', () => {
    fc.assert(
      fc.property(relayTableArb, quotingArb, (table, quoting) => {
        expect(originsOf(table, quoting).length).toBeLessThanOrEqual(quoting.length);
      }),
    );
  });

  it('counts one origin for each source when nothing relays anything', () => {
    fc.assert(
      fc.property(quotingArb, (quoting) => {
        const groups = originsOf({}, quoting);
        expect(groups).toEqual(
          [...quoting].sort().map((source) => ({ roots: [source], sources: [source] })),
        );
      }),
    );
  });

  it('never adds an origin when a source or an origin declares one more relay', () => {
    fc.assert(
      fc.property(
        relayTableArb,
        quotingArb,
        fc.nat({ max: IDS.length - 2 }),
        fc.nat(),
        (table, quoting, from, pick) => {
          const id = IDS[from] ?? 's0';
          const later = IDS.slice(from + 1);
          const added = later[pick % later.length] ?? 'o2';
          const more = { ...table, [id]: [...new Set([...(table[id] ?? []), added])] };
          expect(originsOf(more, quoting).length).toBeLessThanOrEqual(
            originsOf(table, quoting).length,
          );
        },
      ),
    );
  });

  it('puts every quoting source in exactly one group, whose roots include its own', () => {
    fc.assert(
      fc.property(relayTableArb, quotingArb, (table, quoting) => {
        const groups = originsOf(table, quoting);
        expect(groups.flatMap((g) => g.sources).sort()).toEqual([...quoting].sort());
        for (const source of quoting) {
          const group = groups.find((g) => g.sources.includes(source));
          for (const root of relayRoots(source, relaysFrom(table))) {
            expect(group?.roots).toContain(root);
          }
        }
      }),
    );
  });
});
