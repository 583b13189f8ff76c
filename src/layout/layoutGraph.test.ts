import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { describe, expect, it } from 'vitest';
import { hashString, iterationsFor, layoutGraph, seededRandom, type Point } from './layoutGraph';

/**
 * The layout as graphology-layout-forceatlas2 runs it on a graphology graph, the way layoutGraph
 * did before it built the matrices itself: the reference its positions must equal exactly.
 */
function layoutWithGraphology(
  nodes: readonly string[],
  links: readonly (readonly [string, string])[],
): Map<string, Point> {
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  const spread = 10 * Math.sqrt(Math.max(1, nodes.length));
  for (const key of [...nodes].sort()) {
    const random = seededRandom(hashString(key));
    graph.addNode(key, { x: (random() - 0.5) * spread, y: (random() - 0.5) * spread });
  }
  for (const [a, b] of links) {
    if (a === b || !graph.hasNode(a) || !graph.hasNode(b)) continue;
    const existing = graph.edge(a, b);
    if (existing === undefined) graph.addEdge(a, b, { weight: 1 });
    else graph.updateEdgeAttribute(existing, 'weight', (w: number | undefined) => (w ?? 0) + 1);
  }
  if (graph.order > 1 && graph.size > 0) {
    const settings = {
      ...forceAtlas2.inferSettings(graph),
      barnesHutOptimize: graph.order > 2000,
    };
    forceAtlas2.assign(graph, {
      iterations: iterationsFor(graph.order),
      settings,
      getEdgeWeight: 'weight',
    });
    const lengths: number[] = [];
    graph.forEachEdge((_e, _a, _s, _t, a, b) => {
      const d = Math.hypot(a.x - b.x, a.y - b.y);
      if (d > 0) lengths.push(d);
    });
    lengths.sort((a, b) => a - b);
    const factor = 90 / (lengths[lengths.length >> 1] ?? 1);
    graph.updateEachNodeAttributes((_key, a) => ({ ...a, x: a.x * factor, y: a.y * factor }));
    if (graph.order <= 5000) {
      graph.forEachNode((key) => graph.setNodeAttribute(key, 'size', 30));
      forceAtlas2.assign(graph, {
        iterations: 60,
        settings: { ...settings, adjustSizes: true },
        getEdgeWeight: 'weight',
      });
    }
  }
  const round = (v: number) => {
    const r = Math.round(v * 100) / 100;
    return r === 0 ? 0 : r;
  };
  const positions = new Map<string, Point>();
  graph.forEachNode((key, a) => positions.set(key, { x: round(a.x), y: round(a.y) }));
  return positions;
}

/** Seeded links with repeats both ways round, self-links and links to unknown nodes. */
function sampleLinks(nodes: readonly string[], count: number, seed: number): [string, string][] {
  const random = seededRandom(seed);
  const pick = () => nodes[Math.floor(random() * nodes.length)] ?? 'x';
  const links: [string, string][] = [];
  for (let i = 0; i < count; i++) {
    const a = pick();
    const b = random() < 0.05 ? a : pick();
    links.push([a, b]);
    if (random() < 0.2) links.push(random() < 0.5 ? [a, b] : [b, a]);
  }
  links.push([nodes[0] ?? 'x', 'not-a-node']);
  return links;
}

describe('layoutGraph', () => {
  const nodes = Array.from({ length: 60 }, (_, i) => `n${i}`);
  const links = nodes.map((n, i) => [n, `n${(i * 7 + 3) % 60}`] as const);

  it('is deterministic and independent of input order', () => {
    const a = layoutGraph(nodes, links);
    const b = layoutGraph([...nodes].reverse(), links);
    expect([...a.entries()].sort()).toEqual([...b.entries()].sort());
  });

  it('gives finite positions rounded to 2 decimals, isolated nodes included', () => {
    const positions = layoutGraph([...nodes, 'alone'], links);
    for (const { x, y } of positions.values()) {
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
      expect(Math.round(x * 100) / 100).toBe(x);
      expect(Math.round(y * 100) / 100).toBe(y);
    }
    expect(positions.size).toBe(61);
  });

  it('scales iterations down as graphs grow', () => {
    expect(iterationsFor(50)).toBe(300);
    expect(iterationsFor(2000)).toBeLessThan(300);
    expect(iterationsFor(50_000)).toBeGreaterThanOrEqual(1);
    expect(iterationsFor(50_000)).toBeLessThan(iterationsFor(10_000));
  });

  // Sizes on each side of Barnes-Hut (2,000 nodes) and of the separation pass (5,000).
  for (const [order, seed] of [
    [1, 1],
    [2, 2],
    [80, 3],
    [400, 4],
    [2_300, 5],
    [5_100, 6],
  ] as const) {
    it(`places ${order} nodes exactly where ForceAtlas2 on a graphology graph does`, () => {
      const keys = Array.from({ length: order }, (_, i) => `e${(i * 7919) % 10007}`);
      const sample = sampleLinks(keys, order, seed);
      expect(layoutGraph(keys, sample)).toEqual(layoutWithGraphology(keys, sample));
    });
  }

  it('reports each iteration of both passes as it goes', () => {
    const seen: [number, number][] = [];
    layoutGraph(nodes, links, (done, total) => seen.push([done, total]));
    const total = iterationsFor(60) + 60;
    expect(seen).toEqual(Array.from({ length: total }, (_, i) => [i + 1, total]));
  });
});
