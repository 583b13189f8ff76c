import { describe, expect, it } from 'vitest';
import { loadModel } from '../model/loadModel';
import { buildTestGraph } from '../model/testGraph';
import type { GraphModel } from '../model/types';
import { DEFAULT_VIEW_STATE, type ViewState } from '../viewState/viewState';
import { rebaseView } from './rebaseView';

const graphWith = (relations: { id: string; subject: string; object: string }[]): GraphModel =>
  loadModel(
    buildTestGraph({
      sources: ['s1'],
      entities: [{ id: 'a' }, { id: 'b' }, { id: 'c', formerIds: ['old-c'] }],
      relations: relations.map((r) => ({ ...r, predicate: 'owns', sources: ['s1'] })),
    }),
  );

const view: ViewState = {
  ...DEFAULT_VIEW_STATE,
  selected: 'a-owns-b',
  focus: 'a',
  hops: 2,
  pinned: ['b'],
  readerSource: 's1',
  readerStart: 3,
  readerEnd: 9,
  viewport: { zoom: 1.5, panX: -40, panY: 12 },
};

describe('rebaseView', () => {
  it('keeps a view whose ids are all in the new graph exactly as it was', () => {
    const model = graphWith([
      { id: 'a-owns-b', subject: 'a', object: 'b' },
      { id: 'b-owns-c', subject: 'b', object: 'c' },
    ]);
    expect(rebaseView(view, null, model)).toEqual({ view, story: null, notices: [] });
  });

  it('leaves out what vanished, keeps the rest, and says which items went', () => {
    const model = graphWith([{ id: 'b-owns-c', subject: 'b', object: 'c' }]);
    const rebased = rebaseView({ ...view, pinned: ['b', 'gone'] }, null, model);
    expect(rebased.view).toEqual({ ...view, selected: null });
    expect(rebased.notices).toEqual([
      {
        kind: 'warning',
        message: 'Some items of this view are no longer in the graph and were left out.',
        items: ['a-owns-b (sel)', 'gone (pin)'],
      },
    ]);
  });

  it('follows an entity to its new id', () => {
    const model = graphWith([]);
    const rebased = rebaseView({ ...DEFAULT_VIEW_STATE, focus: 'old-c' }, null, model);
    expect(rebased.view.focus).toBe('c');
  });

  it('keeps the story being followed only while the graph still has that step', () => {
    const base = graphWith([]);
    const withTour = {
      ...base,
      stories: [{ id: 'tour', steps: [{}, {}] }],
    } as unknown as GraphModel;
    expect(rebaseView(view, { id: 'tour', step: 2 }, withTour).story).toEqual({
      id: 'tour',
      step: 2,
    });
    expect(rebaseView(view, { id: 'tour', step: 3 }, withTour).story).toBeNull();
    expect(rebaseView(view, { id: 'tour', step: 1 }, base).story).toBeNull();
  });
});
