import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_VIEW_STATE, type ViewState } from '../viewState/viewState';
import { createAppStore } from './createAppStore';

const view = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW_STATE, ...patch });

describe('createAppStore', () => {
  it('starts from the default view and a loading status', () => {
    const state = createAppStore().getState();
    expect(state.view).toEqual(DEFAULT_VIEW_STATE);
    expect(state.lastChange).toEqual({ origin: 'link', seq: 0 });
    expect(state.notices).toEqual([]);
  });

  it('takes an initial state, sanitized', () => {
    const store = createAppStore({ view: view({ hidden: ['b', 'a'], hops: 3 }) });
    expect(store.getState()).toMatchObject({ view: view({ hidden: ['a', 'b'] }) });
  });

  it('makes independent stores', () => {
    const a = createAppStore();
    const b = createAppStore();
    a.getState().focus('x');
    expect(b.getState().view.focus).toBeNull();
  });

  it('records where a change came from, counting changes', () => {
    const store = createAppStore();
    store.getState().select('a');
    expect(store.getState().lastChange).toEqual({ origin: 'control', seq: 1 });
    store.getState().select('b', { origin: 'canvas' });
    expect(store.getState().lastChange).toEqual({ origin: 'canvas', seq: 2 });
    store.getState().setViewport({ zoom: 2, panX: 0, panY: 0 });
    expect(store.getState().lastChange).toEqual({ origin: 'continuous', seq: 3 });
    store.getState().hydrate(view({ focus: 'z' }));
    expect(store.getState().lastChange).toEqual({ origin: 'history', seq: 4 });
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
});
