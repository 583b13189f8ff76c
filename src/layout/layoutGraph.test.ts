import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { describe, expect, it } from 'vitest';
import { footprintOf } from './labelGeometry';
import {
  hashString,
  iterationsFor,
  layoutGraph,
  seededRandom,
  type LayoutNode,
  type Point,
} from './layoutGraph';

/**
 * The layout as graphology-layout-forceatlas2 runs it on a graphology graph, the way layoutGraph
 * did before it built the matrices itself: the reference its ForceAtlas2 positions (before room is
 * made for labels) must equal exactly.
 */
function layoutWithGraphology(
  nodes: readonly string[],
  links: readonly (readonly [string, string])[],
  discs: boolean,
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
    if (discs && graph.order > 2000 && graph.order <= 5000) {
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

const unlabelled = (keys: readonly string[]): LayoutNode[] =>
  keys.map((key) => ({ key, label: '' }));

describe('layoutGraph', () => {
  const keys = Array.from({ length: 60 }, (_, i) => `n${i}`);
  const nodes = keys.map((key) => ({ key, label: `Entity number ${key}` }));
  const links = keys.map((n, i) => [n, `n${(i * 7 + 3) % 60}`] as const);

  it('is deterministic and independent of input order', () => {
    const a = layoutGraph(nodes, links);
    const b = layoutGraph([...nodes].reverse(), links);
    expect([...a.entries()].sort()).toEqual([...b.entries()].sort());
  });

  it('gives finite positions rounded to 2 decimals, isolated nodes included', () => {
    const positions = layoutGraph([...nodes, { key: 'alone', label: 'Alone' }], links);
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

  // Sizes on each side of Barnes-Hut and of making room (2,000 nodes), and of the discs (5,000).
  for (const [order, seed] of [
    [1, 1],
    [2, 2],
    [80, 3],
    [400, 4],
    [2_300, 5],
    [5_100, 6],
  ] as const) {
    // Two layouts of up to 5,100 nodes: slow on a busy machine.
    it(
      `places ${order} nodes exactly where ForceAtlas2 on a graphology graph does`,
      { timeout: 90_000 },
      () => {
        const keys = Array.from({ length: order }, (_, i) => `e${(i * 7919) % 10007}`);
        const sample = sampleLinks(keys, order, seed);
        // Up to 2,000 nodes room is made after ForceAtlas2 (tested below); from 2,000 to 5,000 a
        // ForceAtlas2 pass keeps discs apart; above, ForceAtlas2 is all there is.
        const actual =
          order <= 2000
            ? layoutGraph(unlabelled(keys), sample, { makeRoom: false })
            : layoutGraph(unlabelled(keys), sample);
        expect(actual).toEqual(layoutWithGraphology(keys, sample, order > 2000));
      },
    );
  }

  it('reports each step as it goes, and ends at the total when making room ends early', () => {
    const seen: [number, number][] = [];
    layoutGraph(nodes, links, { onIteration: (done, total) => seen.push([done, total]) });
    const total = iterationsFor(60) + 120;
    const last = seen.at(-1);
    expect(last).toEqual([total, total]);
    // Every step once, in order, then the jump to the total when the rounds end early.
    const counted = seen.slice(0, -1).map(([done]) => done);
    expect(counted).toEqual(Array.from({ length: counted.length }, (_, i) => i + 1));
    expect(counted.length).toBeGreaterThan(iterationsFor(60));
  });

  it('keeps every node clear of the others and the best-connected clear of labels', () => {
    // A star of 40 and a ring of 20: the hub and the most connected get room for their label.
    const star = Array.from({ length: 40 }, (_, i) => [`hub`, `leaf${i}`] as const);
    const ring = Array.from({ length: 20 }, (_, i) => [`ring${i}`, `ring${(i + 1) % 20}`] as const);
    const all = [...new Set([...star, ...ring].flat())].map((key) => ({
      key,
      label: `A rather long label for ${key}`,
    }));
    const positions = layoutGraph(all, [...star, ...ring]);
    const points = [...positions.values()];
    for (let a = 0; a < points.length; a++) {
      for (let b = a + 1; b < points.length; b++) {
        const [p, q] = [points[a]!, points[b]!];
        // Discs of 30 with 10 between them: at least that far apart on one axis.
        expect(Math.max(Math.abs(p.x - q.x), Math.abs(p.y - q.y))).toBeGreaterThanOrEqual(39.9);
      }
    }
    // The hub's label hangs below it: no node's disc is in that box.
    const hub = positions.get('hub')!;
    const { halfWidth, below } = footprintOf('A rather long label for hub');
    for (const [key, p] of positions) {
      if (key === 'hub') continue;
      const inX = Math.abs(p.x - hub.x) < halfWidth + 15;
      const inY = p.y - hub.y > -15 && p.y - hub.y < below + 15;
      expect(inX && inY, key).toBe(false);
    }
  });
});
