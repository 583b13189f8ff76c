import { describe, expect, it } from 'vitest';
import { loadModel } from '../../model';
import { buildTestGraph } from '../../model/testGraph';
import type { CompiledGraph } from '../../schema/compiledGraph';
import { capVisibleEdges, capVisibleNodes } from './capVisibleNodes';

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

  it('keeps the most important edges and every edge of the selection', () => {
    const visible = new Uint8Array(model.edges.count).fill(1);
    const pa = index('pa');
    expect(capVisibleEdges(model, visible, pa, 2)).toEqual({ shown: 3, matching: 6 });
    const kept = model.edges.ids.filter((_, e) => visible[e]);
    expect(kept).toContain('pa-pb');
    expect(kept).toHaveLength(3);
  });

  it('leaves edges within the cap untouched', () => {
    const visible = new Uint8Array(model.edges.count).fill(1);
    expect(capVisibleEdges(model, visible, -1, 10)).toEqual({ shown: 6, matching: 6 });
  });
});
