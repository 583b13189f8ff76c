// The provenance tables agree with the attributes the columns expand to, for any graph, and the
// shown-origin count behaves as a count of origins should.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadModel } from './loadModel';
import { countShownOrigins } from './provenance';
import { readRow } from './sparseRows';
import { ARBITRARY_SOURCES, compiledGraphArb } from './testArbitraries';

describe('provenance tables', () => {
  it("match every edge's expanded status, date mark, corroborating sources and origins", () => {
    fc.assert(
      fc.property(compiledGraphArb, (compiled) => {
        const model = loadModel(compiled);
        for (let e = 0; e < model.edges.count; e++) {
          const a = model.edges.attributesOf(e);
          expect(model.statuses[model.edges.status[e] ?? 0]?.id).toBe(a.status);
          expect(model.edges.dateEstimated[e] === 1).toBe(a.dateEstimated);
          const corroborating = readRow(model.edges.corroboratingSources, e).map(
            (s) => model.sources.ids[s],
          );
          expect([...corroborating].sort()).toEqual(a.corroboratingSources);
          expect(model.edges.independentOrigins[e]).toBe(a.origins.length);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('count shown origins within the shown sources, never more as more are hidden', () => {
    fc.assert(
      fc.property(
        compiledGraphArb,
        fc.subarray(ARBITRARY_SOURCES),
        fc.subarray(ARBITRARY_SOURCES),
        (compiled, hidden, more) => {
          const model = loadModel(compiled);
          const index = (ids: string[]) => new Set(ids.map((id) => model.sources.index.get(id)));
          const some = index(hidden);
          const most = index([...hidden, ...more]);
          for (let e = 0; e < model.edges.count; e++) {
            const all = countShownOrigins(model, e, () => true);
            const fewer = countShownOrigins(model, e, (s) => !some.has(s));
            const fewest = countShownOrigins(model, e, (s) => !most.has(s));
            expect(all).toBe(model.edges.independentOrigins[e]);
            expect(fewer).toBeLessThanOrEqual(all);
            expect(fewest).toBeLessThanOrEqual(fewer);
            const shownSources = readRow(model.edges.corroboratingSources, e).filter(
              (s) => !some.has(s),
            );
            expect(fewer).toBeLessThanOrEqual(shownSources.length);
            if (shownSources.length > 0) expect(fewer).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
