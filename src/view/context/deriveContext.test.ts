import { describe, expect, it } from 'vitest';
import { loadModel } from '../../model';
import { buildTestGraph } from '../../model/testGraph';
import { deriveView } from '../deriveView';
import { buildStarModel, leafId, makeState } from '../testFixtures';

// A hub with 30 leaves and a chain x–y–z: 34 entities and 34 relations.
const star = buildStarModel(30);
const CAPPED = { maxNodes: 10, maxEdges: 12 };

const pairsOf = (links: Uint32Array, ids: readonly string[]) => {
  const pairs: string[] = [];
  for (let k = 0; k < links.length; k += 2) {
    pairs.push([ids[links[k] ?? 0], ids[links[k + 1] ?? 0]].sort().join('–'));
  }
  return pairs.sort();
};

describe('deriveView: the context layer', () => {
  it('draws every entity and relation of the overview when the level of detail cuts it', () => {
    const view = deriveView(star, makeState(), CAPPED);
    expect(view.nodes).toHaveLength(10);
    const context = view.context!;
    expect([...context.ids].sort()).toEqual([...star.nodes.ids].sort());
    expect(context.links.length / 2).toBe(star.edges.count);
    expect(pairsOf(context.links, context.ids)).toContain(`hub–${leafId(29)}`);
    expect(pairsOf(context.links, context.ids)).toContain('y–z');
    // Each point at its entity's position, with its type.
    const hub = context.ids.indexOf('hub');
    const n = star.nodes.index.get('hub') ?? -1;
    expect([context.x[hub], context.y[hub]]).toEqual([star.nodes.x[n], star.nodes.y[n]]);
    expect(context.typeNames[context.types[hub] ?? 0]).toBe('organization');
    // Every interactive node is among the points.
    for (const node of view.nodes) expect(context.ids).toContain(node.id);
  });

  it('is not needed when the interactive drawing holds the whole view', () => {
    expect(deriveView(star, makeState()).context).toBeNull();
  });

  it('follows the filters: a hidden entity and its relations are not drawn', () => {
    const view = deriveView(star, makeState({ hidden: ['hub'] }), { maxNodes: 3 });
    const context = view.context!;
    // The overview shows the entities with a kept relation: the leaves without one go too.
    expect([...context.ids].sort()).toEqual([leafId(0), leafId(1), 'x', 'y', 'z']);
    expect(pairsOf(context.links, context.ids)).toEqual(
      [`${leafId(0)}–x`, `${leafId(1)}–x`, 'x–y', 'y–z'].sort(),
    );
  });

  it('gives way to a focus, which draws its neighbourhood only', () => {
    expect(deriveView(star, makeState({ focus: 'x' }), CAPPED).context).toBeNull();
  });

  it('stays under a selection (which veils it), with the selection drawn interactively', () => {
    const view = deriveView(star, makeState({ selected: leafId(20) }), CAPPED);
    expect(view.context?.ids).toHaveLength(star.nodes.count);
    expect(view.nodes.map((node) => node.id)).toContain(leafId(20));
  });

  it('is the same object while the filters keep the same entities (the canvas is not redrawn)', () => {
    const first = deriveView(star, makeState(), CAPPED).context;
    const picked = deriveView(star, makeState({ selected: leafId(3) }), CAPPED).context;
    expect(picked).toBe(first);
    const filtered = deriveView(star, makeState({ hidden: [leafId(3)] }), CAPPED).context;
    expect(filtered).not.toBe(first);
    expect(filtered?.ids).not.toContain(leafId(3));
  });

  it('carries the compiled communities and names the large ones', () => {
    const entities = Array.from({ length: 24 }, (_, i) => ({ id: `e${i}`, label: `E ${i}` }));
    const graph = buildTestGraph({
      entities,
      relations: entities.slice(1).map((e, i) => ({
        id: `r${i}`,
        subject: i < 11 ? 'e0' : 'e12',
        predicate: 'owns',
        object: e.id,
      })),
    });
    graph.nodes.forEach((node, i) => {
      node.attributes.community = i < 12 ? 0 : 1;
    });
    const view = deriveView(loadModel(graph), makeState(), { maxNodes: 5 });
    const context = view.context!;
    expect([...context.communities]).toEqual(entities.map((_, i) => (i < 12 ? 0 : 1)));
    expect(context.regions.map((r) => [r.community, r.label, r.size])).toEqual([
      [0, 'E 0', 12],
      [1, 'E 12', 12],
    ]);
  });
});
