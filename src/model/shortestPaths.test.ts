import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraphologyGraph } from './graphology';
import { loadModel } from './loadModel';
import { shortestPaths } from './shortestPaths';
import { compiledGraphArb } from './testArbitraries';
import { buildTestGraph } from './testGraph';
import { buildNewsGraph } from './testNewsGraph';
import type { GraphModel } from './types';

const news = loadModel(buildNewsGraph());

/** a–b–d and a–c–d: two shortest paths from a to d; e hangs off d. */
const diamond = loadModel(
  buildTestGraph({
    entities: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, label: id.toUpperCase() })),
    relations: [
      { id: 'ab', subject: 'a', predicate: 'owns', object: 'b' },
      { id: 'bd', subject: 'd', predicate: 'owns', object: 'b' },
      { id: 'ac', subject: 'a', predicate: 'owns', object: 'c' },
      { id: 'cd', subject: 'c', predicate: 'owns', object: 'd' },
      { id: 'cd2', subject: 'd', predicate: 'targets', object: 'c' },
      { id: 'de', subject: 'd', predicate: 'owns', object: 'e' },
    ],
  }),
);

describe('shortestPaths', () => {
  it('follows edges in either direction and lists parallel edges per hop', () => {
    const result = shortestPaths(news, 'donald-trump', 'bytedance');
    expect(result).toMatchObject({ found: true, length: 3, truncated: false });
    expect(result.paths).toEqual([
      {
        nodes: ['donald-trump', 'trump-eo', 'tiktok', 'bytedance'],
        hops: [
          { from: 'donald-trump', to: 'trump-eo', edges: ['trump-signed-eo'] },
          { from: 'trump-eo', to: 'tiktok', edges: ['eo-targets-tiktok'] },
          {
            from: 'tiktok',
            to: 'bytedance',
            edges: ['bytedance-owns-tiktok', 'tiktok-part-of-bytedance'],
          },
        ],
      },
    ]);
  });

  it('returns every shortest path, one per node sequence, in label order', () => {
    const result = shortestPaths(diamond, 'a', 'd');
    expect(result.length).toBe(2);
    expect(result.paths.map((p) => p.nodes)).toEqual([
      ['a', 'b', 'd'],
      ['a', 'c', 'd'],
    ]);
    expect(result.paths[1]?.hops[1]?.edges).toEqual(['cd', 'cd2']);
  });

  it('caps the number of paths and says so', () => {
    const result = shortestPaths(diamond, 'a', 'e', { max: 1 });
    expect(result).toMatchObject({ found: true, length: 3, truncated: true });
    expect(result.paths).toHaveLength(1);
  });

  it('respects an edge filter', () => {
    const ab = diamond.edges.index.get('ab');
    const result = shortestPaths(diamond, 'a', 'd', { edgeFilter: (e) => e !== ab });
    expect(result.paths.map((p) => p.nodes)).toEqual([['a', 'c', 'd']]);
    const cd = diamond.edges.index.get('cd');
    const onlyParallel = shortestPaths(diamond, 'a', 'd', {
      edgeFilter: (e) => e !== ab && e !== cd,
    });
    expect(onlyParallel.paths[0]?.hops[1]?.edges).toEqual(['cd2']);
  });

  it('reports no path between disconnected or unknown nodes', () => {
    expect(shortestPaths(news, 'oracle', 'tiktok')).toEqual({
      found: false,
      length: -1,
      paths: [],
      truncated: false,
    });
    expect(shortestPaths(news, 'nope', 'tiktok').found).toBe(false);
    const none = shortestPaths(diamond, 'a', 'd', { edgeFilter: () => false });
    expect(none.found).toBe(false);
  });

  it('finds the trivial path from a node to itself', () => {
    expect(shortestPaths(news, 'tiktok', 'tiktok')).toEqual({
      found: true,
      length: 0,
      paths: [{ nodes: ['tiktok'], hops: [] }],
      truncated: false,
    });
  });
});

/** Undirected hop distance by plain BFS over graphology, as an independent oracle. */
function measureHops(model: GraphModel, from: string, to: string): number {
  const oracle = buildGraphologyGraph(model);
  const dist = new Map([[from, 0]]);
  const queue = [from];
  while (queue.length > 0) {
    const u = queue.shift()!;
    for (const v of oracle.neighbors(u)) {
      if (!dist.has(v)) {
        dist.set(v, dist.get(u)! + 1);
        queue.push(v);
      }
    }
  }
  return dist.get(to) ?? -1;
}

describe('shortestPaths properties', () => {
  it('returns valid, distinct paths of the true shortest length', () => {
    fc.assert(
      fc.property(compiledGraphArb, fc.nat(), fc.nat(), (compiled, i, j) => {
        const model = loadModel(compiled);
        const from = model.nodes.ids[i % model.nodes.count]!;
        const to = model.nodes.ids[j % model.nodes.count]!;
        const result = shortestPaths(model, from, to, { max: 5 });
        const oracle = buildGraphologyGraph(model);
        expect(result.length).toBe(measureHops(model, from, to));
        expect(result.found).toBe(result.length >= 0);
        const seen = new Set(result.paths.map((p) => p.nodes.join('>')));
        expect(seen.size).toBe(result.paths.length);
        for (const path of result.paths) {
          expect(path.nodes).toHaveLength(result.length + 1);
          expect(path.nodes[0]).toBe(from);
          expect(path.nodes.at(-1)).toBe(to);
          for (const hop of path.hops) {
            expect(hop.edges.length).toBeGreaterThan(0);
            for (const edge of hop.edges) {
              expect([hop.from, hop.to]).toContain(oracle.source(edge));
              expect([hop.from, hop.to]).toContain(oracle.target(edge));
            }
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
