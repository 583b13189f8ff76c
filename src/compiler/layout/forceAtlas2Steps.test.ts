import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { describe, expect, it } from 'vitest';
import { seededRandom } from './layoutGraph';
import { runForceAtlas2 } from './forceAtlas2Steps';

/** A seeded graph with weighted edges, some nodes with sizes, positions spread at random. */
function sampleGraph(order: number, seed: number): Graph {
  const random = seededRandom(seed);
  const graph = new Graph({ type: 'undirected' });
  for (let i = 0; i < order; i++) {
    graph.addNode(`n${i}`, {
      x: (random() - 0.5) * 100,
      y: (random() - 0.5) * 100,
      ...(i % 3 === 0 ? { size: 5 + 10 * random() } : {}),
    });
  }
  for (let i = 0; i < order * 2; i++) {
    const a = `n${Math.floor(random() * order)}`;
    const b = `n${Math.floor(random() * order)}`;
    if (a !== b && !graph.hasEdge(a, b))
      graph.addEdge(a, b, { weight: 1 + Math.floor(random() * 3) });
  }
  return graph;
}

const positions = (graph: Graph) =>
  graph.mapNodes((node, attributes) => [node, attributes.x, attributes.y]);

describe('runForceAtlas2', () => {
  for (const barnesHutOptimize of [false, true]) {
    for (const adjustSizes of [false, true]) {
      it(`places every node exactly as the package's assign does (Barnes-Hut ${barnesHutOptimize}, sizes ${adjustSizes})`, () => {
        const theirs = sampleGraph(150, 7);
        const ours = theirs.copy();
        const settings = {
          ...forceAtlas2.inferSettings(theirs),
          barnesHutOptimize,
          adjustSizes,
        };
        forceAtlas2.assign(theirs, { iterations: 25, settings, getEdgeWeight: 'weight' });
        runForceAtlas2(ours, { iterations: 25, settings });
        expect(positions(ours)).toEqual(positions(theirs));
      });
    }
  }

  it('reports each iteration as it goes', () => {
    const seen: [number, number][] = [];
    runForceAtlas2(sampleGraph(20, 1), {
      iterations: 4,
      settings: {},
      onIteration: (done, total) => seen.push([done, total]),
    });
    expect(seen).toEqual([
      [1, 4],
      [2, 4],
      [3, 4],
      [4, 4],
    ]);
  });

  it('refuses settings the package would refuse', () => {
    expect(() =>
      runForceAtlas2(sampleGraph(5, 1), {
        iterations: 1,
        settings: { adjustSizes: 'yes' as unknown as boolean },
      }),
    ).toThrow(/ForceAtlas2: the `adjustSizes` setting should be a boolean/);
  });
});
