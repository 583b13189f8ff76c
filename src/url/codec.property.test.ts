// Properties of the codec: valid views survive the round trip, and whatever comes in, what goes
// out is canonical.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ViewState } from '../viewState/viewState';
import { decodeViewState, encodeViewState } from './codec';
import { sanitizeViewState } from '../viewState/canonical';
import { anyIdArb, queryLikeArb, slugArb, validViewStateArb } from './testArbitraries';
import type { DecodeContext } from './types';

const RUNS = { numRuns: 500 };

/** Every id a view mentions, to build a context that knows exactly those. */
function collectIds(s: ViewState) {
  const entities = [
    s.selected,
    s.focus,
    s.pathFrom,
    s.pathTo,
    ...s.hidden,
    ...s.pinned,
    ...s.expanded.map((e) => e.id),
    ...(s.layout?.nodes ?? []),
  ].filter((id): id is string => id !== null);
  return { entities, sources: [...(s.sources ?? []), ...(s.readerSource ? [s.readerSource] : [])] };
}

describe('codec properties', () => {
  it('the valid-state arbitrary only makes canonical states', () => {
    fc.assert(
      fc.property(validViewStateArb(anyIdArb), (s) => {
        expect(sanitizeViewState(s)).toEqual(s);
      }),
      RUNS,
    );
  });

  it('decode(encode(s)) is s for every valid state with slug ids', () => {
    fc.assert(
      fc.property(validViewStateArb(slugArb), (s) => {
        const result = decodeViewState(encodeViewState(s));
        expect(result.state).toEqual(s);
        expect(result.dropped).toEqual([]);
        expect(result.notices).toEqual([]);
      }),
      RUNS,
    );
  });

  it('decode(encode(s)) is s for ids that need percent-encoding', () => {
    fc.assert(
      fc.property(validViewStateArb(anyIdArb), (s) => {
        expect(decodeViewState(encodeViewState(s)).state).toEqual(s);
      }),
      RUNS,
    );
  });

  it('the round trip holds against a graph that knows every id, and keeps the flags', () => {
    fc.assert(
      fc.property(
        validViewStateArb(slugArb),
        fc.boolean(),
        fc.constantFrom('x0', 'x1'),
        (s, embed, extra) => {
          const { entities, sources } = collectIds(s);
          const known = new Set(entities);
          const ctx: DecodeContext = {
            knownIds: (id) => (known.has(id) ? id : null),
            // One more source than the view checks, so a checked list never means "all".
            knownSources: [...sources, `${extra}-not-checked`],
            knownTypes: s.hiddenEntityTypes,
            knownPredicates: s.hiddenPredicates,
          };
          const result = decodeViewState(encodeViewState(s, { embed }), ctx);
          expect(result.state).toEqual(s);
          expect(result.flags.embed).toBe(embed);
          expect(result.dropped).toEqual([]);
        },
      ),
      RUNS,
    );
  });

  it('never throws and always yields a canonical URL, for any string', () => {
    fc.assert(
      fc.property(queryLikeArb, (u) => {
        const first = decodeViewState(u);
        const canonical = encodeViewState(first.state);
        const again = decodeViewState(canonical);
        expect(encodeViewState(again.state)).toBe(canonical);
        expect(again.state).toEqual(first.state);
        expect(again.dropped).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it('encode is canonical: it depends on the view, not on how the state was spelled', () => {
    fc.assert(
      fc.property(validViewStateArb(slugArb), (s) => {
        const shuffled: ViewState = {
          ...s,
          hidden: [...s.hidden].reverse(),
          pinned: [...s.pinned, ...s.pinned],
          expanded: [...s.expanded].reverse(),
          hops: s.focus === null ? 3 : s.hops,
        };
        expect(encodeViewState(shuffled)).toBe(encodeViewState(s));
      }),
      RUNS,
    );
  });

  it('sanitize is idempotent and total on junk shaped like a view', () => {
    const junk = fc.anything({ withNullPrototype: true, withBigInt: true, withMap: true });
    const junkState = fc.record({
      selected: junk,
      focus: junk,
      hops: fc.oneof(junk, fc.double()),
      expanded: fc.oneof(
        junk,
        fc.array(fc.record({ id: fc.oneof(slugArb, junk), pages: fc.oneof(fc.double(), junk) })),
      ),
      hidden: fc.oneof(junk, fc.array(fc.oneof(slugArb, junk))),
      pinned: fc.oneof(junk, fc.array(fc.oneof(slugArb, junk))),
      pathFrom: fc.oneof(slugArb, junk),
      pathTo: fc.oneof(slugArb, junk),
      dateFrom: fc.oneof(fc.constantFrom('2021-01-01', '2021-02-30'), junk),
      dateTo: fc.oneof(fc.constantFrom('2020-01-01'), junk),
      includeUndated: junk,
      sources: fc.oneof(junk, fc.array(fc.oneof(slugArb, junk))),
      minSources: fc.oneof(fc.double(), junk),
      hiddenEntityTypes: junk,
      hiddenPredicates: junk,
      readerSource: fc.oneof(slugArb, junk),
      readerStart: fc.oneof(fc.integer(), junk),
      readerEnd: fc.oneof(fc.integer(), junk),
      viewport: fc.oneof(
        junk,
        fc.record({ zoom: fc.double(), panX: fc.double(), panY: fc.double() }),
      ),
    });
    fc.assert(
      fc.property(junkState, (raw) => {
        const once = sanitizeViewState(raw as unknown as ViewState);
        expect(sanitizeViewState(once)).toEqual(once);
        expect(decodeViewState(encodeViewState(once)).state).toEqual(once);
      }),
      RUNS,
    );
  });
});
