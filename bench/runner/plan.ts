// What the app runs are asked to do on a given graph: which dates to filter by, which source to
// toggle, which entities to pick and focus, which permalink to open. Pure, from the graph's counts.
import type { AppPlan } from './measureApp';
import type { GraphCounts } from './prepare';
import type { CorpusCounts } from './types';

export function corpusCounts(graph: GraphCounts): CorpusCounts {
  const { nodes, edges, entities, claims, relations, derivedEdges, sources, bytes } = graph;
  return { nodes, edges, entities, claims, relations, derivedEdges, sources, bytes };
}

/** Distinct days spread over the dated relations, so each From change alters the view. */
export function fromDates(days: readonly string[], count: number): string[] {
  const picks = [0.5, 0.8, 0.2, 0.65, 0.35, 0.9, 0.1, 0.7, 0.3, 0.6, 0.4, 0.95];
  const out: string[] = [];
  for (const q of picks) {
    const day = days[Math.floor(q * (days.length - 1))];
    if (day && !out.includes(day)) out.push(day);
    if (out.length === count) break;
  }
  return out;
}

export function appPlan(
  url: string,
  graph: GraphCounts,
  options: { naiveCapMs: number; samples: number },
): AppPlan {
  // Entities by degree rank: a hub, then progressively smaller neighbourhoods.
  const ranks = [1, 0, 4, 9, 19, 49, 99];
  const entities = ranks
    .map((r) => graph.byDegree[Math.min(r, graph.byDegree.length - 1)])
    .filter((e): e is GraphCounts['byDegree'][number] => e !== undefined && e.degree > 0)
    .filter((e, i, all) => all.findIndex((x) => x.id === e.id) === i);
  // The permalink focuses the 10th hub (or the last linked entity of a small graph).
  const linked = graph.byDegree.filter((e) => e.degree > 0);
  const focus = linked[Math.min(9, linked.length - 1)];
  const from = fromDates(graph.relationDays, 1)[0];
  const query = new URLSearchParams({
    v: '1',
    ...(focus ? { focus: focus.id, hops: '2' } : {}),
    ...(from ? { from } : {}),
  });
  return {
    url,
    capMs: options.naiveCapMs,
    expected: corpusCounts(graph),
    fromDates: fromDates(graph.relationDays, options.samples),
    sourceTitles: graph.topSources.slice(0, 1).map((s) => s.title),
    entities,
    permalink: `?${query.toString()}`,
  };
}
