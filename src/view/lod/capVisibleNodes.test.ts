import { describe, expect, it } from 'vitest';
import { loadModel } from '../../model';
import { buildTestGraph } from '../../model/testGraph';
import type { CompiledGraph } from '../../schema/compiledGraph';
import { capVisibleEdges, capVisibleNodes, EDGES_PER_PAIR } from './capVisibleNodes';

// A star (hub with 5 leaves) plus a pair: degrees hub 5, leaves 1, pair 1 each.
function starGraph(): CompiledGraph {
  const leaves = ['l1', 'l2', 'l3', 'l4', 'l5'];
  return buildTestGraph({
    entities: ['hub', ...leaves, 'pa', 'pb'].map((id) => ({ id, label: id })),
    relations: [
      ...leaves.map((leaf) => ({
        id: `hub-${leaf}`,
        subject: 'hub',
        predicate: 'owns',
        object: leaf,
      })),
      { id: 'pa-pb', subject: 'pa', predicate: 'owns', object: 'pb' },
    ],
  });
}

describe('capVisibleNodes', () => {
  const model = loadModel(starGraph());
  const index = (id: string) => model.nodes.index.get(id) ?? -1;
  const visibleIds = (visible: Uint8Array) => model.nodes.ids.filter((_, n) => visible[n]);

  it('leaves a view within the cap untouched', () => {
    const visible = new Uint8Array(model.nodes.count).fill(1);
    expect(capVisibleNodes(model, visible, [], 8)).toBeNull();
    expect(visibleIds(visible)).toHaveLength(8);
  });

  it('keeps the best-connected entities, ties broken by label', () => {
    const visible = new Uint8Array(model.nodes.count).fill(1);
    expect(capVisibleNodes(model, visible, [], 3)).toMatchObject({ shown: 3, matching: 8 });
    expect(visibleIds(visible)).toEqual(['hub', 'l1', 'l2']);
  });

  it('always keeps the selection and path entities, and never shows a filtered-out one', () => {
    const visible = new Uint8Array(model.nodes.count).fill(1);
    visible[index('l1')] = 0;
    expect(capVisibleNodes(model, visible, [index('pb'), index('l1')], 2)).toMatchObject({
      shown: 2,
      matching: 7,
    });
    expect(visibleIds(visible).sort()).toEqual(['hub', 'pb']);
  });

  it("draws no more edges than the cap, the selection's first", () => {
    const visible = new Uint8Array(model.edges.count).fill(1);
    expect(capVisibleEdges(model, visible, [index('pa')], 2)).toEqual({ shown: 2, matching: 6 });
    const kept = model.edges.ids.filter((_, e) => visible[e]);
    expect(kept).toContain('pa-pb');
    expect(kept).toHaveLength(2);
  });

  it('always keeps a selected relation', () => {
    const visible = new Uint8Array(model.edges.count).fill(1);
    const selected = model.edges.ids.indexOf('pa-pb');
    capVisibleEdges(model, visible, [], 1, selected);
    expect(model.edges.ids.filter((_, e) => visible[e])).toEqual(['pa-pb']);
  });

  it('leaves edges within the cap untouched', () => {
    const visible = new Uint8Array(model.edges.count).fill(1);
    expect(capVisibleEdges(model, visible, [], 10)).toEqual({ shown: 6, matching: 6 });
  });
});

describe('capVisibleEdges with parallel edges', () => {
  // Four relations between a and b, and a chain b-c-d.
  const model = loadModel(
    buildTestGraph({
      entities: ['a', 'b', 'c', 'd'].map((id) => ({ id, label: id })),
      relations: [
        ...[1, 2, 3, 4].map((k) => ({
          id: `ab${k}`,
          subject: 'a',
          predicate: 'owns',
          object: 'b',
        })),
        { id: 'bc', subject: 'b', predicate: 'owns', object: 'c' },
        { id: 'cd', subject: 'c', predicate: 'owns', object: 'd' },
      ],
    }),
  );
  const cap = (max: number, keepNodes: string[] = []) => {
    const visible = new Uint8Array(model.edges.count).fill(1);
    const keep = keepNodes.map((id) => model.nodes.index.get(id) ?? -1);
    const result = capVisibleEdges(model, visible, keep, max);
    return { result, kept: model.edges.ids.filter((_, e) => visible[e]) };
  };

  it(`connects every pair before drawing more than ${EDGES_PER_PAIR} parallel edges`, () => {
    const { result, kept } = cap(4);
    expect(result).toEqual({ shown: 4, matching: 6 });
    expect(kept.filter((id) => id.startsWith('ab'))).toHaveLength(EDGES_PER_PAIR);
    expect(kept).toEqual(expect.arrayContaining(['bc', 'cd']));
  });

  it('gives budget left over to the remaining parallel edges', () => {
    const { kept } = cap(5);
    expect(kept.filter((id) => id.startsWith('ab'))).toHaveLength(EDGES_PER_PAIR + 1);
  });

  it("prefers the kept entity's pairs", () => {
    const { kept } = cap(1, ['d']);
    expect(kept).toEqual(['cd']);
  });
});
