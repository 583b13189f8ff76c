// The view slice: the ViewState and the actions that change it. Each action is a producer from
// viewState/ plus the origin of the change; the result is made canonical (the store is where a
// person's actions come in) and recorded with that origin, which the URL sync reads.
import type { StateCreator } from 'zustand/vanilla';
import { sanitizeViewState } from '../viewState/canonical';
import type { ChangeOptions, ChangeOrigin } from '../viewState/changes';
import * as r from '../viewState/producers';
import { DEFAULT_VIEW_STATE, type ViewState } from '../viewState/viewState';
import type { AppState, ViewSlice } from './types';

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set, get) => {
  /** Stores a new view unless it is the same view; a no-op records no change. */
  const commit = (
    options: ChangeOptions | undefined,
    fallback: ChangeOrigin,
    produce: (view: ViewState) => ViewState,
  ) => {
    const { view, lastChange } = get();
    const next = sanitizeViewState(produce(view));
    if (r.areViewStatesEqual(next, view)) return;
    const origin = options?.origin ?? fallback;
    set({ view: next, lastChange: { origin, seq: lastChange.seq + 1 } });
  };
  const move = (options: ChangeOptions | undefined, produce: (view: ViewState) => ViewState) =>
    commit(options, 'control', produce);
  return {
    view: DEFAULT_VIEW_STATE,
    lastChange: { origin: 'link', seq: 0 },
    select: (id, o) => move(o, (v) => r.applySelect(v, id)),
    focus: (id, o) => move(o, (v) => r.applyFocus(v, id)),
    setHops: (hops, o) => move(o, (v) => r.applySetHops(v, hops)),
    expand: (id, o) => move(o, (v) => r.applyExpand(v, id)),
    showMore: (id, o) => move(o, (v) => r.applyShowMore(v, id)),
    collapse: (id, o) => move(o, (v) => r.applyCollapse(v, id)),
    hide: (id, o) => move(o, (v) => r.applyHide(v, id)),
    unhide: (id, o) => move(o, (v) => r.applyUnhide(v, id)),
    pin: (id, o) => move(o, (v) => r.applyPin(v, id)),
    unpin: (id, o) => move(o, (v) => r.applyUnpin(v, id)),
    showAll: (o) => move(o, r.applyShowAll),
    setPath: (from, to, o) => move(o, (v) => r.applySetPath(v, from, to)),
    setDateRange: (from, to, o) => commit(o, 'continuous', (v) => r.applySetDateRange(v, from, to)),
    toggleUndated: (o) => move(o, r.applyToggleUndated),
    toggleEstimated: (o) => move(o, r.applyToggleEstimated),
    togglePathThroughClaims: (o) => move(o, r.applyTogglePathThroughClaims),
    toggleSource: (id, all, o) => move(o, (v) => r.applyToggleSource(v, id, all)),
    setSources: (ids, o) => move(o, (v) => r.applySetSources(v, ids)),
    setMinSources: (n, o) => move(o, (v) => r.applySetMinSources(v, n)),
    toggleEntityType: (type, o) => move(o, (v) => r.applyToggleEntityType(v, type)),
    togglePredicate: (predicate, o) => move(o, (v) => r.applyTogglePredicate(v, predicate)),
    clearFilter: (kind, o) => move(o, (v) => r.applyClearFilter(v, kind)),
    openReader: (source, start, end, o) => move(o, (v) => r.applyOpenReader(v, source, start, end)),
    closeReader: (o) => move(o, r.applyCloseReader),
    relayout: (ids, o) => move(o, (v) => r.applyRelayout(v, ids)),
    setViewport: (viewport, o) => commit(o, 'continuous', (v) => r.applySetViewport(v, viewport)),
    hydrate: (view, o) => commit(o, 'history', () => view),
    story: null,
    showStory: (story, view, o) => {
      const state = get();
      const next = view ? sanitizeViewState(view) : state.view;
      const sameView = r.areViewStatesEqual(next, state.view);
      const sameStory =
        story === state.story ||
        (story !== null &&
          state.story !== null &&
          story.id === state.story.id &&
          story.step === state.story.step);
      if (sameView && sameStory) return;
      set({
        story,
        view: sameView ? state.view : next,
        lastChange: { origin: o?.origin ?? 'control', seq: state.lastChange.seq + 1 },
      });
    },
    resetView: (o) => move(o, () => DEFAULT_VIEW_STATE),
  };
};
