// The schema's edge columns, on the model's fixtures (the schema layer cannot import them).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compiledGraphSchema } from '../schema/compiledGraph';
import { compactGraph, edgeEntryAt, expandGraph } from '../schema/edgeColumns';
import { compiledGraphArb } from './testArbitraries';
import { buildNewsGraph } from './testNewsGraph';

describe('edge columns', () => {
  it('give back every edge exactly, through JSON, for any graph', () => {
    fc.assert(
      fc.property(compiledGraphArb, (compiled) => {
        const expanded = expandGraph(compiled);
        const again = compactGraph(JSON.parse(JSON.stringify(expanded)) as typeof expanded);
        // Through JSON, as the file goes (which also turns the fixture's -0 into 0).
        expect(again).toEqual(JSON.parse(JSON.stringify(compiled)));
        expect(compiledGraphSchema.safeParse(again).success).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it('hold the evidence, the claims a relation bears on and where it is dated', () => {
    const compiled = buildNewsGraph();
    const expanded = expandGraph(compiled);
    const contradicting = expanded.edges.filter((edge) => edge.attributes.contradicts.length > 0);
    expect(contradicting.length).toBeGreaterThan(0);
    const e = compiled.edges.key.indexOf(contradicting[0]?.key ?? '');
    expect(edgeEntryAt(compiled, e)).toEqual(contradicting[0]);
    expect(compiled.edges.contradicts.map(([at]) => at)).toContain(e);
    const quoted = expanded.edges.find((edge) => edge.attributes.evidence.length > 1);
    expect(quoted?.attributes.sources).toEqual(
      [...new Set(quoted?.attributes.evidence.map((ev) => ev.source))].sort(),
    );
  });

  it('refuse an edge whose label or sources the columns would silently change', () => {
    const expanded = expandGraph(buildNewsGraph());
    const [first, ...rest] = expanded.edges;
    if (!first) throw new Error('the news graph has no edges');
    const relabelled = { ...first, attributes: { ...first.attributes, label: 'made up' } };
    expect(() => compactGraph({ ...expanded, edges: [relabelled, ...rest] })).toThrow(
      `The edge "${first.key}" is labelled "made up", not as its predicate`,
    );
    const resourced = { ...first, attributes: { ...first.attributes, sources: ['elsewhere'] } };
    expect(() => compactGraph({ ...expanded, edges: [resourced, ...rest] })).toThrow(
      `The edge "${first.key}" lists sources other than its evidence's`,
    );
    const dangling = { ...first, target: 'nowhere' };
    expect(() => compactGraph({ ...expanded, edges: [dangling, ...rest] })).toThrow(
      'An edge refers to the entity "nowhere", which is not listed',
    );
  });

  it('make the file smaller than edges as objects', () => {
    const compiled = buildNewsGraph();
    const columns = JSON.stringify(compiled.edges).length;
    const objects = JSON.stringify(expandGraph(compiled).edges).length;
    expect(columns).toBeLessThan(objects * 0.6);
  });
});
