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
  problems.push(...findProvenanceProblems(graph, nodes));
  const keys = (list: { key: string }[]): string[] => list.map((x) => x.key);
  const sorted = (list: string[]): boolean =>
    list.every((k, i) => i === 0 || (list[i - 1] ?? '') < k);
  if (!sorted(keys(graph.nodes))) problems.push('nodes are not sorted by key');
  if (!sorted(keys(graph.edges))) problems.push('edges are not sorted by key');
  return problems;
}

/** Attribution that names what the graph has, origins drawn from the corroborating sources. */
function findProvenanceProblems(graph: CompiledCorpus, nodes: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const sources = new Set(graph.attributes.sources.map((s) => s.id));
  const roots = new Set([...sources, ...graph.attributes.origins.map((o) => o.id)]);
  const items = [
    ...graph.edges.map((e) => ({ owner: e.key, item: e.attributes })),
    ...graph.nodes.flatMap((n) =>
      n.attributes.claim ? [{ owner: n.key, item: n.attributes.claim }] : [],
    ),
  ];
  for (const { owner, item } of items) {
    const entities = [...item.accordingTo, ...item.evidence.flatMap((q) => q.accordingTo ?? [])];
    for (const id of entities) {
      if (!nodes.has(id)) problems.push(`${owner}: according to unknown entity ${id}`);
    }
    const quoted = new Set(item.evidence.map((q) => q.source));
    if (item.corroboratingSources.some((s) => !quoted.has(s))) {
      problems.push(`${owner}: a corroborating source it does not quote`);
    }
    const carried = item.origins.flatMap((g) => g.sources).sort();
    if (carried.join('\n') !== [...item.corroboratingSources].sort().join('\n')) {
      problems.push(`${owner}: its origins are not carried by exactly its corroborating sources`);
    }
    if (item.origins.some((g) => g.roots.length === 0 || g.roots.some((r) => !roots.has(r)))) {
      problems.push(`${owner}: an origin with no root, or one the graph does not list`);
    }
    if (item.dateRelativeTo !== null && !sources.has(item.dateRelativeTo)) {
      problems.push(`${owner}: date read against unknown source ${item.dateRelativeTo}`);
    }
  }
  return problems;
}
