import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE, type ViewState } from './viewState';
import type { FilterKind } from './filters';
import * as r from './producers';

const view = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW_STATE, ...patch });

describe('view reducers', () => {
  it('hide lets go of every other hold on the entity', () => {
    const before = view({
      selected: 'x',
      focus: 'x',
      pathFrom: 'x',
      pathTo: 'y',
      pinned: ['x', 'y'],
      expanded: [
        { id: 'x', pages: 2 },
        { id: 'y', pages: 1 },
      ],
    });
    expect(r.applyHide(before, 'x')).toEqual(
      view({ hidden: ['x'], pathTo: 'y', pinned: ['y'], expanded: [{ id: 'y', pages: 1 }] }),
    );
  });

  it('focus, pin, expand and setPath show a hidden entity again', () => {
    const hidden = view({ hidden: ['x', 'y'] });
    expect(r.applyFocus(hidden, 'x').hidden).toEqual(['y']);
    expect(r.applyPin(hidden, 'x').hidden).toEqual(['y']);
    expect(r.applyExpand(hidden, 'x').hidden).toEqual(['y']);
    expect(r.applySetPath(hidden, 'x', 'y').hidden).toEqual([]);
    expect(r.applySelect(hidden, 'x').hidden).toEqual(['x', 'y']);
  });

  it('expand adds one page once; showMore adds pages, expanding first', () => {
    const once = r.applyExpand(DEFAULT_VIEW_STATE, 'x');
    expect(once.expanded).toEqual([{ id: 'x', pages: 1 }]);
    expect(r.applyExpand(once, 'x')).toBe(once);
    expect(r.applyShowMore(once, 'x').expanded).toEqual([{ id: 'x', pages: 2 }]);
    expect(r.applyShowMore(DEFAULT_VIEW_STATE, 'y').expanded).toEqual([{ id: 'y', pages: 1 }]);
    expect(r.applyCollapse(once, 'x').expanded).toEqual([]);
  });

  it('pin and unpin', () => {
    expect(r.applyPin(DEFAULT_VIEW_STATE, 'a').pinned).toEqual(['a']);
    expect(r.applyPin(view({ pinned: ['a'] }), 'a').pinned).toEqual(['a']);
    expect(r.applyUnpin(view({ pinned: ['a', 'b'] }), 'a').pinned).toEqual(['b']);
  });

  it('showAll clears focus, expansions, hides, pins and path, keeping filters', () => {
    const busy = view({
      focus: 'a',
      hops: 2,
      expanded: [{ id: 'b', pages: 1 }],
      hidden: ['c'],
      pinned: ['d'],
      pathFrom: 'e',
      pathTo: 'f',
      selected: 'a',
      minSources: 2,
    });
    expect(r.applyShowAll(busy)).toEqual(view({ selected: 'a', minSources: 2 }));
  });

  describe('applyToggleSource', () => {
    const all = ['s1', 's2', 's3'];

    it('unchecking one from "all" checks every other source', () => {
      expect(r.applyToggleSource(DEFAULT_VIEW_STATE, 's2', all).sources).toEqual(['s1', 's3']);
    });

    it('checking the last one back means "all" again', () => {
      expect(r.applyToggleSource(view({ sources: ['s1', 's3'] }), 's2', all).sources).toBeNull();
    });

    it('can uncheck down to nothing', () => {
      expect(r.applyToggleSource(view({ sources: ['s1'] }), 's1', all).sources).toEqual([]);
    });

    it('without a list of sources, keeps an explicit list', () => {
      expect(r.applyToggleSource(DEFAULT_VIEW_STATE, 's1', []).sources).toEqual(['s1']);
    });
  });

  it('toggles entity types and predicates', () => {
    const once = r.applyToggleEntityType(DEFAULT_VIEW_STATE, 'place');
    expect(once.hiddenEntityTypes).toEqual(['place']);
    expect(r.applyToggleEntityType(once, 'place').hiddenEntityTypes).toEqual([]);
    expect(r.applyTogglePredicate(DEFAULT_VIEW_STATE, 'owns').hiddenPredicates).toEqual(['owns']);
  });

  it.each<[FilterKind, Partial<ViewState>]>([
    ['date', { dateFrom: '2021-01-01', dateTo: '2021-02-01', includeUndated: false }],
    ['sources', { sources: [] }],
    ['types', { hiddenEntityTypes: ['place'] }],
    ['predicates', { hiddenPredicates: ['owns'] }],
    ['minSources', { minSources: 3 }],
    ['focus', { focus: 'a', hops: 3 }],
  ])('clearFilter(%s) restores its defaults', (kind, patch) => {
    expect(r.applyClearFilter(view(patch), kind)).toEqual(DEFAULT_VIEW_STATE);
  });

  it('opens and closes the reader', () => {
    const open = r.applyOpenReader(DEFAULT_VIEW_STATE, 's1', 10, 20);
    expect(open).toMatchObject({ readerSource: 's1', readerStart: 10, readerEnd: 20 });
    expect(r.applyOpenReader(open, 's2')).toMatchObject({ readerStart: null, readerEnd: null });
    expect(r.applyCloseReader(open)).toEqual(DEFAULT_VIEW_STATE);
  });

  it('re-lays out the given entities, one more round for the same ones, and fits them', () => {
    const panned = view({ viewport: { zoom: 2, panX: 1, panY: 1 } });
    const once = r.applyRelayout(panned, ['b', 'a', 'b']);
    expect(once).toMatchObject({ layout: { nodes: ['b', 'a'], rounds: 1 }, viewport: null });
    expect(r.applyRelayout(once, ['a', 'b']).layout).toEqual({ nodes: ['a', 'b'], rounds: 2 });
    expect(r.applyRelayout(once, ['a', 'c']).layout).toEqual({ nodes: ['a', 'c'], rounds: 1 });
  });

  it('copies what it is given rather than keeping a caller’s object', () => {
    const viewport = { zoom: 1, panX: 0, panY: 0 };
    expect(r.applySetViewport(DEFAULT_VIEW_STATE, viewport).viewport).not.toBe(viewport);
    const ids = ['a'];
    expect(r.applySetSources(DEFAULT_VIEW_STATE, ids).sources).not.toBe(ids);
  });

  it('compares views by value', () => {
    expect(r.areViewStatesEqual(view({ hidden: ['a'] }), view({ hidden: ['a'] }))).toBe(true);
    expect(r.areViewStatesEqual(view({ hidden: ['a'] }), view({ hidden: ['b'] }))).toBe(false);
    expect(r.areViewStatesEqual(view({ sources: [] }), view({ sources: null }))).toBe(false);
    expect(
      r.areViewStatesEqual(
        view({ viewport: { zoom: 1, panX: 0, panY: 0 } }),
        view({ viewport: { zoom: 1, panX: 0, panY: 1 } }),
      ),
    ).toBe(false);
  });
});
