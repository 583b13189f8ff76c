import { describe, expect, it } from 'vitest';
import { compiledGraphSchema } from '../schema/compiledGraph';
import { compactGraph, expandGraph } from '../schema/edgeColumns';
import { buildGraphologyGraph } from './graphology';
import { loadModel } from './loadModel';
import { readRow } from './sparseRows';
import { buildNewsGraph } from './testNewsGraph';
import { EDGE_MARK_CONTRADICTS, EDGE_MARK_SUPPORTS } from './types';

const compiled = buildNewsGraph();
const model = loadModel(compiled);
const edge = (id: string): number => model.edges.index.get(id)!;
const node = (id: string): number => model.nodes.index.get(id)!;
const sourcesOf = (rows: 'ownSources' | 'effectiveSources', id: string): string[] =>
  readRow(model.edges[rows], edge(id))
    .map((s) => model.sources.ids[s]!)
    .sort();

describe('loadModel', () => {
  it('accepts the fixture as a valid compiled graph', () => {
    expect(() => compiledGraphSchema.parse(compiled)).not.toThrow();
  });

  it('makes every node and edge into a directed multigraph where a library needs one', () => {
    const graph = buildGraphologyGraph(model);
    expect(graph.type).toBe('directed');
    expect(graph.multi).toBe(true);
    expect(graph.order).toBe(compiled.nodes.length);
    expect(graph.size).toBe(compiled.edges.key.length);
    expect(graph.export().edges.map((e) => e.key)).toEqual(compiled.edges.key);
    // Each edge's topology and attributes come from the columns, as built.
    const expanded = expandGraph(compiled).edges;
    expect(graph.export().edges).toEqual(
      expanded.map(({ key, source, target, attributes }) => ({ key, source, target, attributes })),
    );
    expanded.forEach((edge, e) => expect(model.edges.attributesOf(e)).toEqual(edge.attributes));
    expect(graph.export().nodes).toEqual(compiled.nodes);
  });

  it('holds no graphology graph of its own, and keeps the title at hand', () => {
    const fresh = loadModel(compiled);
    expect(fresh.title).toBe(compiled.attributes.title);
    expect('graph' in fresh).toBe(false);
  });

  it('refuses, at load, what graphology would refuse when it is imported later', () => {
    const expanded = expandGraph(compiled);
    const [edge] = expanded.edges;
    const [node] = compiled.nodes;
    if (!edge || !node) throw new Error('the fixture has no edges');
    const withEdges = (...edges: (typeof edge)[]) =>
      compactGraph({ ...expanded, edges: [...expanded.edges, ...edges] });
    // A position past the last entity: columns cannot name a missing entity, only miscount.
    const dangling = withEdges({ ...edge, key: 'dangling' });
    dangling.edges.target[dangling.edges.target.length - 1] = compiled.nodes.length;
    expect(() => loadModel(dangling)).toThrow(
      `The relation "dangling" refers to entity number ${compiled.nodes.length}, but the graph has ${compiled.nodes.length}`,
    );
    const unlisted = withEdges({ ...edge, key: 'unlisted' });
    unlisted.edges.predicate[unlisted.edges.predicate.length - 1] = 999;
    expect(() => loadModel(unlisted)).toThrow(
      'The relation "unlisted" has a predicate the graph does not list',
    );
    const unordered = compactGraph(expanded);
    unordered.edges.contradicts.push([0, ['claim']]);
    expect(() => loadModel(unordered)).toThrow(
      "The edges' contradicts list is out of order at edge 0",
    );
    const unquoted = withEdges({ ...edge, key: 'unquoted' });
    unquoted.edges.evidence.source[unquoted.edges.evidence.source.length - 1] = 999;
    expect(() => loadModel(unquoted)).toThrow(
      'The relation "unquoted" quotes a source the graph does not list',
    );
    // Relation ids are indexed when first looked up, not at load.
    const twice = loadModel(withEdges({ ...edge }));
    expect(() => twice.edges.index).toThrow(`The relation id "${edge.key}" appears twice`);
    expect(() => loadModel({ ...compiled, nodes: [...compiled.nodes, node] })).toThrow(
      `"${node.key}" appears twice`,
    );
    const loop = { ...edge, key: 'loop', target: edge.source };
    expect(() =>
      loadModel({ ...withEdges(loop), options: { ...compiled.options, allowSelfLoops: false } }),
    ).toThrow('is a loop');
    expect(() =>
      loadModel({ ...withEdges(loop), options: { ...compiled.options, allowSelfLoops: true } }),
    ).not.toThrow();
  });

  it('indexes nodes and edges in file order', () => {
    expect(model.nodes.ids).toEqual(compiled.nodes.map((n) => n.key));
    expect(model.edges.ids[0]).toBe('trump-signed-eo');
    expect(model.nodes.ids[model.edges.source[0]!]).toBe('donald-trump');
    expect(model.nodes.ids[model.edges.target[0]!]).toBe('trump-eo');
  });

  it('ranks nodes by label', () => {
    const order = [...model.nodes.ids].sort(
      (a, b) => model.nodes.labelRank[node(a)]! - model.nodes.labelRank[node(b)]!,
    );
    expect(order.slice(0, 3)).toEqual(['buzzfeed', 'bytedance', 'china']);
  });

  it('lists incident edges once each, parallel edges included', () => {
    const incident = readRow(model.nodes.incidence, node('bytedance')).map(
      (e) => model.edges.ids[e],
    );
    expect(incident.sort()).toEqual([
      'bytedance-owns-tiktok',
      'engineers-employed-by-bytedance',
      'tiktok-part-of-bytedance',
    ]);
    expect(model.nodes.degree[node('bytedance')]).toBe(3);
    expect(model.nodes.degree[node('oracle')]).toBe(0);
  });

  it('stores dates as inclusive day numbers with open ends infinite', () => {
    const e = edge('data-stored-in-singapore');
    expect(model.edges.dated[e]).toBe(1);
    expect(model.edges.dateEnd[e]).toBe(Infinity);
    const undated = edge('bytedance-owns-tiktok');
    expect(model.edges.dated[undated]).toBe(0);
    expect(model.edges.dateStart[undated]).toBeNaN();
  });

  it('gives derived claim edges the sources of the claims they join', () => {
    expect(sourcesOf('ownSources', 'claim-data-in-us--stated')).toEqual([]);
    expect(sourcesOf('effectiveSources', 'claim-data-in-us--stated')).toEqual(['s1']);
    expect(
      sourcesOf('effectiveSources', 'claim-engineers-access--contradicts--claim-data-in-us'),
    ).toEqual(['s1', 's2']);
    expect(sourcesOf('effectiveSources', 'bytedance-owns-tiktok')).toEqual(['s1', 's2', 's3']);
    expect(model.edges.corroboration[edge('bytedance-owns-tiktok')]).toBe(3);
  });

  it('marks contradicting and supporting edges', () => {
    const marks = model.edges.marks;
    expect(marks[edge('engineers-accessed-data')]).toBe(EDGE_MARK_CONTRADICTS | EDGE_MARK_SUPPORTS);
    expect(marks[edge('claim-engineers-access--contradicts--claim-data-in-us')]).toBe(
      EDGE_MARK_CONTRADICTS,
    );
    expect(marks[edge('bytedance-owns-tiktok')]).toBe(0);
    expect(model.nodes.disputed[node('claim-data-in-us')]).toBe(1);
    expect(model.nodes.disputed[node('claim-engineers-access')]).toBe(0);
  });

  it('collects former ids from the graph and from entities', () => {
    expect(model.formerIds.get('tik-tok')).toBe('tiktok');
    expect(model.formerIds.get('tiktok-inc')).toBe('tiktok');
  });

  it('labels predicates, including the derived ones', () => {
    expect(model.predicates.labels[model.predicates.index.get('about')!]).toBe('is about');
    expect(model.predicates.labels[model.predicates.index.get('part_of')!]).toBe('is part of');
  });
});
