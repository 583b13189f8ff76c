// Invariants every compiled graph must satisfy; used by tests on fixtures and on data/.
import { compiledGraphSchema, parseCompiledTexts } from '../schema/compiledGraph';
import { normalizeQuote } from './anchor/normalizeText';
import { splitCorpus, type CompiledCorpus } from './output/buildGraph';

/** Problems found, as readable strings; empty when the graph and its texts are sound. */
export function findGraphProblems(graph: CompiledCorpus): string[] {
  const problems: string[] = [];
  const files = splitCorpus(graph);
  const parsed = compiledGraphSchema.safeParse(files.graph);
  if (!parsed.success)
    problems.push(...parsed.error.issues.map((i) => `schema: ${i.path.join('.')}: ${i.message}`));
  const texts = parseCompiledTexts(files.texts, files.graph);
  if (!texts.success)
    problems.push(...texts.error.issues.map((i) => `texts: ${i.path.join('.')}: ${i.message}`));
  const textOf = new Map(graph.attributes.sources.map((s) => [s.id, s.text]));
  const nodes = new Set(graph.nodes.map((n) => n.key));
  const evidence = [
    ...graph.edges.flatMap((e) => e.attributes.evidence.map((ev) => ({ owner: e.key, ev }))),
    ...graph.nodes.flatMap((n) =>
      (n.attributes.claim?.evidence ?? []).map((ev) => ({ owner: n.key, ev })),
    ),
  ];
  for (const { owner, ev } of evidence) {
    const text = textOf.get(ev.source);
    if (text === undefined) {
      problems.push(`${owner}: evidence from unknown source ${ev.source}`);
    } else if (normalizeQuote(text.slice(ev.start, ev.end)) !== normalizeQuote(ev.exact)) {
      problems.push(`${owner}: ${ev.source}[${ev.start}, ${ev.end}) is not "${ev.exact}"`);
    }
  }
  for (const edge of graph.edges) {
    if (!nodes.has(edge.source) || !nodes.has(edge.target))
      problems.push(`${edge.key}: dangling endpoint`);
  }
  for (const source of graph.attributes.sources) {
    let previous = -1;
    for (const [start, end, entity] of source.mentions) {
      if (start < previous)
        problems.push(`${source.id}: mentions unsorted or overlapping at ${start}`);
      if (end > source.text.length || !nodes.has(entity))
        problems.push(`${source.id}: bad mention at ${start}`);
      previous = end;
    }
  }
  const keys = (list: { key: string }[]): string[] => list.map((x) => x.key);
  const sorted = (list: string[]): boolean =>
    list.every((k, i) => i === 0 || (list[i - 1] ?? '') < k);
  if (!sorted(keys(graph.nodes))) problems.push('nodes are not sorted by key');
  if (!sorted(keys(graph.edges))) problems.push('edges are not sorted by key');
  return problems;
}
