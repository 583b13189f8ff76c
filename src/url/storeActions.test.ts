// The store's actions as the URL layer sees them: the history mode each one's origin asks for,
// and every view the actions can reach read back unchanged from its address.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../store/createAppStore';
import type { AppState } from '../store/types';
import { sanitizeViewState } from '../viewState/canonical';
import { DEFAULT_VIEW_STATE, type ViewState } from '../viewState/viewState';
import { decodeViewState, encodeViewState } from './codec';
import { historyModeFor, type HistoryMode } from './historyModes';

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
  ['relayout', {}, (s) => s.relayout(['a', 'b']), 'push'],
  ['setViewport', {}, (s) => s.setViewport({ zoom: 2, panX: 0, panY: 0 }), 'replace'],
  ['hydrate', {}, (s) => s.hydrate(view({ focus: 'z' })), 'none'],
  ['resetView', { focus: 'a' }, (s) => s.resetView(), 'push'],
];

describe('store actions through the URL layer', () => {
  it.each(ACTIONS)('%s records a %s change', (_, patch, act, mode) => {
    const store = createAppStore({ view: view(patch) });
    const before = store.getState().view;
    act(store.getState());
    expect(store.getState().view).not.toEqual(before);
    expect(historyModeFor(store.getState().lastChange.origin)).toBe(mode);
    expect(store.getState().lastChange.seq).toBe(1);
  });

  it('a store opened from a link records nothing, and holds the decoded view as it is', () => {
    expect(historyModeFor(createAppStore().getState().lastChange.origin)).toBe('none');
    const decoded = decodeViewState('hide=b,a&focus=c').state;
    const store = createAppStore({ view: decoded });
    // Cleaned once, by the decoder: the store and the encoder take it as it is.
    expect(store.getState().view).toBe(decoded);
    expect(encodeViewState(store.getState().view)).toBe('v=1&focus=c&hide=a,b');
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
      fc.array(id, { maxLength: 3 }).map((ids) => (s: AppState) => s.relayout(ids)),
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
