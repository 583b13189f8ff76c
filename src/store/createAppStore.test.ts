import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { decodeViewState, encodeViewState } from '../url/codec';
import { sanitizeViewState } from '../viewState/canonical';
import { DEFAULT_VIEW_STATE, type ViewState } from '../viewState/viewState';
import { createAppStore } from './createAppStore';
import type { AppState, HistoryMode } from './types';

const view = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW_STATE, ...patch });

/** Each action, run on a view where it changes something, with the history mode it must record. */
const ACTIONS: [string, Partial<ViewState>, (s: AppState) => void, HistoryMode][] = [
  ['select', {}, (s) => s.select('a'), 'push'],
  ['focus', {}, (s) => s.focus('a'), 'push'],
  ['setHops', { focus: 'a' }, (s) => s.setHops(2), 'push'],
  ['expand', {}, (s) => s.expand('a'), 'push'],
  ['showMore', {}, (s) => s.showMore('a'), 'push'],
  ['collapse', { expanded: [{ id: 'a', pages: 1 }] }, (s) => s.collapse('a'), 'push'],
  ['hide', {}, (s) => s.hide('a'), 'push'],
  ['unhide', { hidden: ['a'] }, (s) => s.unhide('a'), 'push'],
  ['pin', {}, (s) => s.pin('a'), 'push'],
  ['unpin', { pinned: ['a'] }, (s) => s.unpin('a'), 'push'],
  ['showAll', { pinned: ['a'] }, (s) => s.showAll(), 'push'],
  ['setPath', {}, (s) => s.setPath('a', 'b'), 'push'],
  ['setDateRange', {}, (s) => s.setDateRange('2021-01-01', null), 'replace'],
  ['toggleUndated', {}, (s) => s.toggleUndated(), 'push'],
  ['toggleSource', {}, (s) => s.toggleSource('s1', ['s1', 's2']), 'push'],
  ['setSources', {}, (s) => s.setSources([]), 'push'],
  ['setMinSources', {}, (s) => s.setMinSources(2), 'push'],
  ['toggleEntityType', {}, (s) => s.toggleEntityType('place'), 'push'],
  ['togglePredicate', {}, (s) => s.togglePredicate('owns'), 'push'],
  ['clearFilter', { minSources: 2 }, (s) => s.clearFilter('minSources'), 'push'],
  ['openReader', {}, (s) => s.openReader('s1', 1, 2), 'push'],
  ['closeReader', { readerSource: 's1' }, (s) => s.closeReader(), 'push'],
  ['setViewport', {}, (s) => s.setViewport({ zoom: 2, panX: 0, panY: 0 }), 'replace'],
  ['hydrate', {}, (s) => s.hydrate(view({ focus: 'z' })), 'none'],
  ['resetView', { focus: 'a' }, (s) => s.resetView(), 'push'],
];

describe('createAppStore', () => {
  it('starts from the default view and a loading status', () => {
    const state = createAppStore().getState();
    expect(state.view).toEqual(DEFAULT_VIEW_STATE);
    expect(state.lastChange).toEqual({ mode: 'none', seq: 0 });
    expect(state.loading).toEqual({ phase: 'loading' });
    expect(state.notices).toEqual([]);
  });

  it('takes an initial state, sanitized', () => {
    const store = createAppStore({
      view: view({ hidden: ['b', 'a'], hops: 3 }),
      searchQuery: 'tik',
      loading: { phase: 'ready' },
    });
    expect(store.getState()).toMatchObject({
      view: view({ hidden: ['a', 'b'] }),
      searchQuery: 'tik',
      loading: { phase: 'ready' },
    });
  });

  it('makes independent stores', () => {
    const a = createAppStore();
    const b = createAppStore();
    a.getState().focus('x');
    expect(b.getState().view.focus).toBeNull();
  });

  it.each(ACTIONS)('%s records a %s change', (_, patch, act, mode) => {
    const store = createAppStore({ view: view(patch) });
    const before = store.getState().view;
    act(store.getState());
    expect(store.getState().view).not.toEqual(before);
    expect(store.getState().lastChange).toEqual({ mode, seq: 1 });
  });

  it('ignores an action that changes nothing: no new state, no seq, no notification', () => {
    const store = createAppStore({ view: view({ focus: 'a' }) });
    const listener = vi.fn();
    store.subscribe(listener);
    const s = store.getState();
    s.focus('a');
    s.unhide('nobody');
    s.setHops(1);
    s.setHops(1.2);
    s.clearFilter('types');
    s.hydrate(view({ focus: 'a' }));
    expect(listener).not.toHaveBeenCalled();
    expect(store.getState().lastChange.seq).toBe(0);
  });

  it('keeps the view canonical: clamped, sorted, hops only with a focus', () => {
    const store = createAppStore();
    const s = store.getState();
    s.setHops(3);
    expect(store.getState().view.hops).toBe(1);
    s.focus('a');
    s.setHops(9);
    expect(store.getState().view.hops).toBe(3);
    s.hide('c');
    s.hide('b');
    expect(store.getState().view.hidden).toEqual(['b', 'c']);
    s.setMinSources(500);
    expect(store.getState().view.minSources).toBe(99);
    s.setViewport({ zoom: 1.23456, panX: 1.6, panY: 0 });
    expect(store.getState().view.viewport).toEqual({ zoom: 1.235, panX: 2, panY: 0 });
    s.setDateRange('2022-01-01', '2021-01-01');
    expect(store.getState().view).toMatchObject({ dateFrom: '2021-01-01', dateTo: '2022-01-01' });
    s.clearFilter('focus');
    expect(store.getState().view).toMatchObject({ focus: null, hops: 1 });
  });

  it('hydrate sanitizes what it is given', () => {
    const store = createAppStore();
    store.getState().hydrate(view({ pinned: ['b', 'a', 'a'], selected: '' }));
    expect(store.getState().view).toEqual(view({ pinned: ['a', 'b'] }));
  });

  it('toggleSource walks from "all" to a list and back', () => {
    const store = createAppStore();
    const all = ['s1', 's2'];
    store.getState().toggleSource('s1', all);
    expect(store.getState().view.sources).toEqual(['s2']);
    store.getState().toggleSource('s1', all);
    expect(store.getState().view.sources).toBeNull();
  });

  it('every reachable view survives the URL round trip unchanged', () => {
    const id = fc.constantFrom('a', 'b', 'c', 'tiktok');
    const day = fc.constantFrom(null, '2021-01-01', '2021-06-30', '2020-02-29');
    const action: fc.Arbitrary<(s: AppState) => void> = fc.oneof(
      id.map((x) => (s: AppState) => s.select(x)),
      id.map((x) => (s: AppState) => s.focus(x)),
      fc.integer({ min: -2, max: 6 }).map((n) => (s: AppState) => s.setHops(n)),
      id.map((x) => (s: AppState) => s.expand(x)),
      id.map((x) => (s: AppState) => s.showMore(x)),
      id.map((x) => (s: AppState) => s.collapse(x)),
      id.map((x) => (s: AppState) => s.hide(x)),
      id.map((x) => (s: AppState) => s.unhide(x)),
      id.map((x) => (s: AppState) => s.pin(x)),
      id.map((x) => (s: AppState) => s.unpin(x)),
      fc.constant((s: AppState) => s.showAll()),
      fc.tuple(id, id).map(
        ([x, y]) =>
          (s: AppState) =>
            s.setPath(x, y),
      ),
      fc.tuple(day, day).map(
        ([x, y]) =>
          (s: AppState) =>
            s.setDateRange(x, y),
      ),
      fc.constant((s: AppState) => s.toggleUndated()),
      id.map((x) => (s: AppState) => s.toggleSource(x, ['a', 'b', 'c'])),
      fc.integer({ min: -1, max: 120 }).map((n) => (s: AppState) => s.setMinSources(n)),
      id.map((x) => (s: AppState) => s.toggleEntityType(x)),
      id.map((x) => (s: AppState) => s.togglePredicate(x)),
      fc
        .constantFrom('date', 'sources', 'types', 'predicates', 'minSources', 'focus' as const)
        .map((k) => (s: AppState) => s.clearFilter(k)),
      fc.tuple(id, fc.nat(), fc.nat()).map(
        ([x, a, b]) =>
          (s: AppState) =>
            s.openReader(x, a, b),
      ),
      fc.constant((s: AppState) => s.closeReader()),
      fc.tuple(fc.double({ min: -1, max: 200, noNaN: true }), fc.double({ noNaN: true })).map(
        ([zoom, pan]) =>
          (s: AppState) =>
            s.setViewport({ zoom, panX: pan, panY: -pan }),
      ),
      fc.constant((s: AppState) => s.resetView()),
    );
    fc.assert(
      fc.property(fc.array(action, { maxLength: 30 }), (actions) => {
        const store = createAppStore();
        for (const act of actions) {
          act(store.getState());
          const current = store.getState().view;
          expect(sanitizeViewState(current)).toEqual(current);
          expect(decodeViewState(encodeViewState(current)).state).toEqual(current);
        }
      }),
      { numRuns: 300 },
    );
  });
});
