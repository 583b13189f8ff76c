import { describe, expect, it } from 'vitest';
import { loadModel } from '../../model';
import { buildTestGraph } from '../../model/testGraph';
import { deriveView } from '../deriveView';
import { makeState, newsModel as model } from '../testFixtures';
import type { DerivedView } from '../types';
import { measureEdgeWidth } from './edgeWidth';

const nodeClasses = (view: DerivedView, id: string): readonly string[] | undefined =>
  view.nodes.find((n) => n.id === id)?.classes;
const edgeClasses = (view: DerivedView, id: string): readonly string[] | undefined =>
  view.edges.find((e) => e.id === id)?.classes;

describe('appearance', () => {
  it('highlights the selected node and its neighbours and fades the rest', () => {
    const view = deriveView(model, makeState({ selected: 'tiktok' }));
    expect(nodeClasses(view, 'tiktok')).toEqual(['selected']);
    for (const id of ['trump-eo', 'bytedance', 'buzzfeed']) {
      expect(nodeClasses(view, id)).toEqual(['neighbour-of-selected']);
    }
    expect(nodeClasses(view, 'china')).toEqual(['faded']);
    expect(edgeClasses(view, 'bytedance-owns-tiktok')).toEqual(['neighbour-of-selected']);
    expect(edgeClasses(view, 'engineers-based-in-china')).toEqual(['faded']);
  });

  it('highlights a selected relation and its endpoints', () => {
    const view = deriveView(model, makeState({ selected: 'bytedance-owns-tiktok' }));
    expect(edgeClasses(view, 'bytedance-owns-tiktok')).toEqual(['selected']);
    expect(edgeClasses(view, 'tiktok-part-of-bytedance')).toEqual(['faded']);
    expect(nodeClasses(view, 'tiktok')).toEqual(['neighbour-of-selected']);
    expect(nodeClasses(view, 'trump-eo')).toEqual(['faded']);
  });

  it('fades nothing when nothing, or nothing visible, is selected', () => {
    for (const selected of [null, 'oracle-that-is-not-there']) {
      const view = deriveView(model, makeState({ selected }));
      expect(view.nodes.some((n) => n.classes.includes('faded'))).toBe(false);
    }
    const hidden = deriveView(model, makeState({ selected: 'china', hidden: ['china'] }));
    expect(hidden.edges.some((e) => e.classes.includes('faded'))).toBe(false);
  });

  it('marks claims, disputed claims, and contradicting or supporting relations', () => {
    const view = deriveView(model, makeState());
    expect(nodeClasses(view, 'claim-data-in-us')).toEqual(['claim', 'disputed']);
    expect(nodeClasses(view, 'claim-engineers-access')).toEqual(['claim']);
    expect(edgeClasses(view, 'engineers-accessed-data')).toEqual(['contradicts', 'supports']);
    expect(edgeClasses(view, 'claim-engineers-access--contradicts--claim-data-in-us')).toEqual([
      'contradicts',
      'derived',
    ]);
    expect(edgeClasses(view, 'claim-data-in-us--stated')).toEqual(['derived']);
  });

  it('marks focus, pinned and expanded entities', () => {
    const view = deriveView(
      model,
      makeState({ focus: 'tiktok', pinned: ['china'], expanded: [{ id: 'bytedance', pages: 1 }] }),
    );
    expect(nodeClasses(view, 'tiktok')).toEqual(['focus']);
    expect(nodeClasses(view, 'china')).toEqual(['pinned']);
    expect(nodeClasses(view, 'bytedance')).toEqual(['expanded']);
  });

  it('widens edges with independent origins among checked sources', () => {
    expect([0, 1, 2, 3, 7].map(measureEdgeWidth)).toEqual([1.5, 1.5, 3, 4.5, 4.5]);
    const width = (sources: string[] | null): number | undefined =>
      deriveView(model, makeState({ sources })).edges.find((e) => e.id === 'bytedance-owns-tiktok')
        ?.width;
    expect(width(null)).toBe(4.5);
    expect(width(['s1', 's2'])).toBe(3);
    expect(width(['s1'])).toBe(1.5);
  });

  it('marks relations that rest only on statements, and draws relayed ones as one origin', () => {
    const graph = loadModel(
      buildTestGraph({
        sources: ['a', 'b', 'c'],
        origins: ['report'],
        entities: [{ id: 'x' }, { id: 'y' }],
        relations: [
          { id: 'fact', subject: 'x', predicate: 'owns', object: 'y', sources: ['a'] },
          {
            id: 'said',
            subject: 'x',
            predicate: 'targets',
            object: 'y',
            status: 'attributed',
            accordingTo: ['x'],
            sources: ['a'],
          },
          {
            id: 'view',
            subject: 'y',
            predicate: 'targets',
            object: 'x',
            status: 'opinion',
            sources: ['b'],
          },
          {
            id: 'relayed',
            subject: 'y',
            predicate: 'owns',
            object: 'x',
            relayedOrigin: 'report',
            sources: ['a', 'b', 'c'],
          },
        ],
      }),
    );
    const view = deriveView(graph, makeState());
    const edge = (id: string) => view.edges.find((e) => e.id === id);
    expect(edge('fact')?.classes).toEqual([]);
    expect(edge('said')?.classes).toEqual(['statement']);
    expect(edge('view')?.classes).toEqual(['statement']);
    expect(edge('relayed')?.classes).toEqual([]);
    // Three articles relaying one report draw as thin as one.
    expect(edge('relayed')?.width).toBe(1.5);
  });
});
