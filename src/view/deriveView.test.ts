import { describe, expect, it } from 'vitest';
import type { GraphModel } from '../model';
import { deriveView } from './deriveView';
import { buildDateHistogram } from './histogram/buildDateHistogram';
import { listIds, makeState, newsModel as model } from './testFixtures';
import { deriveTimeline } from './timeline/deriveTimeline';
import { loadModel } from '../model/loadModel';
import { buildNewsGraph } from '../model/testNewsGraph';
import { compactGraph, expandGraph } from '../schema/edgeColumns';

const ALL_BUT_ORACLE = model.nodes.ids.filter((id) => id !== 'oracle').sort();

describe('deriveView: no focus, no pins', () => {
  it('shows every entity with a kept relation, and every kept relation', () => {
    const view = deriveView(model, makeState());
    expect(listIds(view.nodes)).toEqual(ALL_BUT_ORACLE);
    expect(view.counts).toEqual({
      visibleNodes: 12,
      totalNodes: 13,
      visibleEdges: model.edges.count,
      totalEdges: model.edges.count,
    });
    expect(view.emptyReason).toBeNull();
    expect(view.more).toEqual([]);
    expect(view.path).toBeNull();
  });

  it('describes nodes and edges for the renderer', () => {
    const view = deriveView(model, makeState());
    expect(view.nodes.find((n) => n.id === 'tiktok')).toEqual({
      id: 'tiktok',
      label: 'TikTok',
      type: 'organization',
      x: 20,
      y: -20,
      classes: [],
    });
    expect(view.edges.find((e) => e.id === 'eo-targets-tiktok')).toEqual({
      id: 'eo-targets-tiktok',
      source: 'trump-eo',
      target: 'tiktok',
      label: 'targets',
      predicate: 'targets',
      origins: 2,
      width: 3,
      classes: [],
    });
  });

  it('hides entities left without relations', () => {
    const view = deriveView(model, makeState({ hiddenEntityTypes: ['group'] }));
    expect(listIds(view.nodes)).not.toContain('china');
    expect(listIds(view.nodes)).not.toContain('engineers');
  });

  it('keeps a relation-less entity when it is selected or a path endpoint', () => {
    expect(listIds(deriveView(model, makeState({ selected: 'oracle' })).nodes)).toContain('oracle');
    const path = deriveView(model, makeState({ pathFrom: 'oracle', pathTo: 'tiktok' }));
    expect(listIds(path.nodes)).toContain('oracle');
    expect(path.path).toEqual({ found: false, length: -1, paths: [], truncated: false });
  });

  it('never shows what a filter removes, anchors included', () => {
    const view = deriveView(model, makeState({ selected: 'china', hiddenEntityTypes: ['place'] }));
    expect(listIds(view.nodes)).not.toContain('china');
  });

  it('composes date, sources and types', () => {
    const view = deriveView(
      model,
      makeState({
        dateFrom: '2020-01-01',
        dateTo: '2021-12-31',
        includeUndated: false,
        sources: ['s1', 's3'],
        hiddenEntityTypes: ['person'],
      }),
    );
    expect(listIds(view.edges)).toEqual(['data-stored-in-singapore', 'eo-targets-tiktok']);
    expect(listIds(view.nodes)).toEqual(['singapore', 'tiktok', 'trump-eo', 'us-user-data']);
  });

  it('resolves former ids in the state', () => {
    const view = deriveView(model, makeState({ focus: 'tik-tok' }));
    expect(view.nodes.find((n) => n.id === 'tiktok')?.classes).toContain('focus');
  });

  it('is deterministic', () => {
    const patch = { focus: 'tiktok', hops: 2, selected: 'bytedance' };
    expect(deriveView(model, makeState(patch))).toEqual(deriveView(model, makeState(patch)));
  });

  it('returns the same view for the same state object', () => {
    const state = makeState({ focus: 'tiktok' });
    expect(deriveView(model, state)).toBe(deriveView(model, state));
    expect(deriveView(model, state, { pageSize: 1 })).not.toBe(deriveView(model, state));
  });

  it('reuses unchanged elements across calls and replaces changed ones', () => {
    const before = deriveView(model, makeState());
    const after = deriveView(model, makeState({ hiddenEntityTypes: ['place'] }));
    const pick = (view: typeof before, id: string) => view.nodes.find((n) => n.id === id);
    expect(pick(after, 'tiktok')).toBe(pick(before, 'tiktok'));
    expect(after.edges[0]).toBe(before.edges[0]);
    const selected = deriveView(model, makeState({ selected: 'tiktok' }));
    expect(pick(selected, 'tiktok')).not.toBe(pick(before, 'tiktok'));
    expect(pick(selected, 'tiktok')?.classes).toEqual(['selected']);
    expect(Object.isFrozen(pick(selected, 'tiktok'))).toBe(true);
  });
});

describe('deriveView: paths', () => {
  it('adds the shortest paths to the view and marks them', () => {
    const view = deriveView(
      model,
      makeState({ focus: 'joe-biden', pathFrom: 'donald-trump', pathTo: 'bytedance' }),
    );
    expect(listIds(view.nodes)).toEqual([
      'bytedance',
      'donald-trump',
      'joe-biden',
      'tiktok',
      'trump-eo',
    ]);
    const onPath = view.edges.filter((e) => e.classes.includes('on-path'));
    expect(listIds(onPath)).toEqual([
      'bytedance-owns-tiktok',
      'eo-targets-tiktok',
      'tiktok-part-of-bytedance',
      'trump-signed-eo',
    ]);
    expect(view.nodes.find((n) => n.id === 'joe-biden')?.classes).not.toContain('on-path');
    expect(view.nodes.find((n) => n.id === 'tiktok')?.classes).toContain('on-path');
    expect(view.path).toMatchObject({ found: true, length: 3 });
  });

  it('searches the filtered graph only', () => {
    const view = deriveView(
      model,
      makeState({ pathFrom: 'donald-trump', pathTo: 'bytedance', hiddenPredicates: ['targets'] }),
    );
    expect(view.path?.found).toBe(false);
    const hidden = deriveView(
      model,
      makeState({ pathFrom: 'donald-trump', pathTo: 'bytedance', hidden: ['donald-trump'] }),
    );
    expect(hidden.path?.found).toBe(false);
  });
});

describe('deriving a view', () => {
  it('reads only the tables, never graphology, so the first drawing need not wait for it', () => {
    const tablesOnly = new Proxy(model, {
      get(target, key, receiver) {
        if (key === 'graph') throw new Error('the view read model.graph');
        return Reflect.get(target, key, receiver) as unknown;
      },
    }) as GraphModel;
    for (const state of [
      makeState(),
      makeState({ selected: 'tiktok', focus: 'bytedance', hops: 2, dateFrom: '2021-01-01' }),
      makeState({ pathFrom: 'tiktok', pathTo: 'oracle' }),
    ]) {
      const view = deriveView(tablesOnly, state);
      expect(view.nodes.length).toBeGreaterThan(0);
      buildDateHistogram(tablesOnly, state);
      deriveTimeline(tablesOnly, state, view);
    }
  });
});

describe("the relations' id index", () => {
  it('is not needed to draw the graph, its timeline, or a picked entity', () => {
    const expanded = expandGraph(buildNewsGraph());
    const [first] = expanded.edges;
    if (!first) throw new Error('the news graph has no relations');
    // A relation id twice makes the index throw: whatever builds it fails this test.
    const twice = loadModel(
      compactGraph({ ...expanded, edges: [...expanded.edges, { ...first }] }),
    );
    for (const state of [makeState(), makeState({ selected: 'oracle', focus: 'tiktok' })]) {
      const view = deriveView(twice, state);
      expect(deriveTimeline(twice, state, view).length).toBeGreaterThan(0);
      expect(view.edges.map((edge) => edge.id)).toEqual(
        Array.from(view.edgeIndices, (e) => twice.edges.ids[e]),
      );
    }
    expect(() => twice.edges.index).toThrow(`The relation id "${first.key}" appears twice`);
    // A selected relation does need it.
    expect(() => deriveView(twice, makeState({ selected: first.key }))).toThrow('appears twice');
  });
});
