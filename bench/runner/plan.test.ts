import { describe, expect, it } from 'vitest';
import { appPlan, fromDates } from './plan';
import type { GraphCounts } from './prepare';

const graph: GraphCounts = {
  nodes: 4,
  edges: 5,
  entities: 3,
  claims: 1,
  relations: 4,
  derivedEdges: 1,
  sources: 2,
  bytes: 1000,
  byDegree: [
    { id: 'hub', label: 'Hub Holdings', degree: 4 },
    { id: 'b', label: 'Ben Brask', degree: 3 },
    { id: 'c', label: 'Cara Cole', degree: 0 },
  ],
  relationDays: ['2020-01-01', '2021-01-01', '2022-01-01', '2023-01-01', '2024-01-01'],
  topSources: [{ id: 's1', title: 'Inside the data deal', relations: 3 }],
};

describe('fromDates', () => {
  it('spreads distinct days over the dated relations, median first', () => {
    expect(fromDates(graph.relationDays, 3)).toEqual(['2022-01-01', '2023-01-01', '2020-01-01']);
    expect(fromDates(['2020-01-01', '2020-01-01'], 4)).toEqual(['2020-01-01']);
    expect(fromDates([], 2)).toEqual([]);
  });
});

describe('appPlan', () => {
  it('picks linked entities by degree, the top source and a focused permalink', () => {
    const plan = appPlan('http://x/S/app/', graph, { naiveCapMs: 60_000, samples: 2 });
    expect(plan.entities.map((e) => e.id)).toEqual(['b', 'hub']);
    expect(plan.sourceTitles).toEqual(['Inside the data deal']);
    expect(plan.fromDates).toEqual(['2022-01-01', '2023-01-01']);
    expect(plan.permalink).toBe('?v=1&focus=b&hops=2&from=2022-01-01');
    expect(plan.expected).toEqual({
      nodes: 4,
      edges: 5,
      entities: 3,
      claims: 1,
      relations: 4,
      derivedEdges: 1,
      sources: 2,
      bytes: 1000,
    });
  });
});
