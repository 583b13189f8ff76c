// The view slice: the ViewState and the actions that change it, each tagged with how the URL
// sync should record it (see LastChange). Every change passes through sanitizeViewState, so the
// store only ever holds canonical views, the same ones the URL codec writes and reads.
import type { StateCreator } from 'zustand/vanilla';
import { sanitizeViewState } from '../viewState/canonical';
import { DEFAULT_VIEW_STATE, type ViewState } from '../viewState/viewState';
import type { AppState, HistoryMode, ViewSlice } from './types';
import * as r from '../viewState/producers';

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set, get) => {
  /** Stores a new view unless it is the same view; a no-op writes no history. */
  const commit = (mode: HistoryMode, produce: (view: ViewState) => ViewState) => {
    const { view, lastChange } = get();
    const next = sanitizeViewState(produce(view));
    if (r.areViewStatesEqual(next, view)) return;
    set({ view: next, lastChange: { mode, seq: lastChange.seq + 1 } });
  };
  const push = (produce: (view: ViewState) => ViewState) => commit('push', produce);

  return {
    view: DEFAULT_VIEW_STATE,
    lastChange: { mode: 'none', seq: 0 },
    select: (id) => push((v) => r.applySelect(v, id)),
    focus: (id) => push((v) => r.applyFocus(v, id)),
    setHops: (hops) => push((v) => r.applySetHops(v, hops)),
    expand: (id) => push((v) => r.applyExpand(v, id)),
    showMore: (id) => push((v) => r.applyShowMore(v, id)),
    collapse: (id) => push((v) => r.applyCollapse(v, id)),
    hide: (id) => push((v) => r.applyHide(v, id)),
    unhide: (id) => push((v) => r.applyUnhide(v, id)),
    pin: (id) => push((v) => r.applyPin(v, id)),
    unpin: (id) => push((v) => r.applyUnpin(v, id)),
    showAll: () => push(r.applyShowAll),
    setPath: (from, to) => push((v) => r.applySetPath(v, from, to)),
    setDateRange: (from, to) => commit('replace', (v) => r.applySetDateRange(v, from, to)),
    toggleUndated: () => push(r.applyToggleUndated),
    toggleSource: (id, all) => push((v) => r.applyToggleSource(v, id, all)),
    setSources: (ids) => push((v) => r.applySetSources(v, ids)),
    setMinSources: (n) => push((v) => r.applySetMinSources(v, n)),
    toggleEntityType: (type) => push((v) => r.applyToggleEntityType(v, type)),
    togglePredicate: (predicate) => push((v) => r.applyTogglePredicate(v, predicate)),
    clearFilter: (kind) => push((v) => r.applyClearFilter(v, kind)),
    openReader: (source, start, end) => push((v) => r.applyOpenReader(v, source, start, end)),
    closeReader: () => push(r.applyCloseReader),
    setViewport: (viewport) => commit('replace', (v) => r.applySetViewport(v, viewport)),
    hydrate: (view) => commit('none', () => view),
    resetView: () => push(() => DEFAULT_VIEW_STATE),
  };
};
